# The staff pages' words. Staff pages are English for now; their words come from this catalogue,
# through the same mechanism as the young people's, so they can be translated later.
# Every message id starts with "staff-"; a test checks that every id a page asks for is here.

## Every staff page

staff-service-name = youthvoice staff
staff-footer = Staff pages. What young people wrote stays here: do not copy, share or photograph it.
staff-signed-in-as = Signed in as
staff-sign-out = Sign out

## Staff home

staff-home-title = Staff home
staff-home-hello = Hello, { $name }
staff-home-users = Staff accounts
staff-home-users-what = invite people, change roles, disable accounts
staff-home-waves = Waves
staff-home-waves-what = start this year’s survey, edit questions, open and close
staff-home-symbols = Symbols
staff-home-symbols-what = the pictures Easy Read shows, and adding your own
staff-home-data = Data
staff-home-data-what = download each wave’s responses
staff-home-reports = Reports
staff-home-reports-what = summary, full and Easy Read reports; publishing them and what was published
staff-home-groups = Groups that own actions
staff-home-groups-what = the strategic groups and others who own the working group’s actions, and who hears when one is overdue
staff-home-moderation = Answers to check
staff-home-moderation-what = choose quotes, hide what could identify someone, flag worries
staff-home-safeguarding = Safeguarding flags
staff-home-safeguarding-what = answers moderators are worried about
staff-home-audit = Audit log
staff-home-audit-what = sign-ins, invitations and other security events
staff-home-sessions = Your sessions
staff-home-sessions-lead = Lost a phone or signed in on a shared computer? Sign out of youthvoice everywhere.
staff-home-sign-out-everywhere = Sign out everywhere

## Groups that own actions

staff-groups-title = Groups that own actions
staff-groups-back = Staff home
staff-groups-lead = Each action in a programme’s register is owned by a group: one of the strategic groups, VOXY or the engagement team. When an action falls overdue, the group’s contact is emailed once for each due day that passes. A group without a contact is not emailed; its overdue actions are still listed in the Board update.
staff-groups-none = No groups yet.
staff-groups-owns = { $count ->
    [one] Owns 1 action.
   *[other] Owns { $count } actions.
}
staff-groups-contact = Contact: { $address }
staff-groups-no-contact = No contact: overdue actions are not emailed.
staff-groups-contact-label = Contact email
staff-groups-contact-hint = Leave empty for no contact.
staff-groups-save-contact = Save the contact
staff-groups-save-contact-for = for { $group }
staff-groups-remove = Remove { $group }
staff-groups-add = Add a group
staff-groups-name = Name
staff-groups-new-contact-hint = Who is emailed about the group’s overdue actions. Leave empty for nobody.
staff-groups-add-button = Add the group
staff-groups-done-added = The group is added. It can now own actions.
staff-groups-done-contact = The contact is saved.
staff-groups-done-removed = The group is removed.
staff-groups-done-owns = That group still owns actions: give them to another group first.

## The actions register

staff-actions-title = Actions register: { $programme }
staff-actions-caption = Actions register
staff-actions-back = All waves
staff-actions-lead = What the working group does about what young people said. Each action answers one wave, in words for the Board and in Easy Read, and is shown with where it stands in that wave’s reports and, once they are published, on the public findings page.
staff-actions-groups-link = Groups that own actions
staff-actions-targets-link = Targets
staff-actions-overdue = { $count ->
    [one] 1 action is overdue
   *[other] { $count } actions are overdue
}
staff-actions-overdue-then = : its group’s contact is emailed once for each due day that passes.
staff-actions-none = No actions yet. Add the first below.
staff-actions-overdue-tag = Overdue
staff-actions-answers = Answers { $wave }
staff-actions-owner-due = { $owner }, due { $date }.
staff-actions-board-heading = Board update
staff-actions-board-lead = One page for the Board’s standing item: the measures of the latest closed wave against their targets, these actions by status with the overdue ones named, and what changed since the last update went to the Board.
staff-actions-board-last = The last went to the Board on { $date }.
staff-actions-board-read = Read the Board update
staff-actions-board-pdf = Download it as PDF
staff-actions-board-no-list = To email it to the Board, set BOARD_EMAILS (see the README).
staff-actions-board-email = { $count ->
    [one] Email it to the Board (1 address)
   *[other] Email it to the Board ({ $count } addresses)
}
staff-actions-board-not-yet = It can be made once a wave of the programme has closed.
staff-actions-add = Add an action
staff-actions-add-groups-first = First add the groups that own actions.
staff-actions-no-waves = The programme has no waves yet: an action answers what young people said in one.
staff-actions-add-button = Add the action
staff-actions-done-added = The action is added as planned. Move it on from its page as work starts.
staff-actions-done-saved = The action is saved.
staff-actions-done-status = Where the action stands is saved, with your note.
staff-actions-done-board = The Board update was emailed to the Board, with its PDF attached.
staff-action-wave = The wave whose findings it answers
staff-action-you-said = You said: what young people said (for the Board)
staff-action-you-said-easy-read = You said, in Easy Read (for young people)
staff-action-we-do = What the team does about it (for the Board)
staff-action-we-do-easy-read = What the team does, in Easy Read (for young people)
staff-action-words-hint = One or two sentences, up to { $limit } characters.
staff-action-easy-read-hint = Short sentences of 15 words or fewer, everyday words, numbers as digits. Up to { $limit } characters.
staff-action-measures = The measures it answers
staff-action-measures-hint = Leave all unticked when it answers what young people wrote rather than a measure.
staff-action-owner = The group that owns it
staff-action-owner-hint = Its contact is emailed when the action is overdue.
staff-action-due = Due by
staff-action-due-hint = Year, month and day, for example 2024-03-31.
staff-action-title = Action: { $action }
staff-action-caption = Action
staff-action-back = Actions register
staff-action-stands = Stands
staff-action-owned-by = Owned by
staff-action-due-by = Due by
staff-action-answers = Answers
staff-action-move-on = Move it on
staff-action-where = Where it stands now
staff-action-note = Note
staff-action-note-hint = What has happened, or why it was dropped (a dropped action must say why). Shown in the Board’s reports. Up to { $limit } characters.
staff-action-save-status = Save where it stands
staff-action-history = How it got here
staff-action-change = Change the action
staff-action-save = Save the action
staff-status-planned = Planned
staff-status-doing = Under way
staff-status-done = Done
staff-status-dropped = Dropped
staff-status-count = { $status } ({ $count })

## A programme's targets

staff-targets-title = Targets for { $programme }
staff-targets-caption = Targets
staff-targets-back = All waves
staff-targets-lead = The working group sets a target for a measure: a share of young people answering positively, to reach by a year’s wave. Reports show each measure against the next target due, judged from the 95% interval rather than the share alone: met when the whole interval is at or above the target, not met when it is all below, and not yet clear when the target lies inside it.
staff-targets-none = No target set.
staff-targets-describe = { $percent }% by { $year }, agreed by { $agreed-by } on { $date }
staff-targets-withdraw = Withdraw the { $percent }% by { $year } target
staff-targets-set-heading = Set a target
staff-targets-measure = Measure
staff-targets-percent = Target share (%)
staff-targets-percent-hint = A whole number from 1 to 99, for example 70.
staff-targets-year = By the wave of
staff-targets-year-hint = The year of the wave the share should be reached by, for example 2024.
staff-targets-agreed-by = Agreed by
staff-targets-agreed-by-hint = The group or meeting, for example “CTB working group”.
staff-targets-agreed-on = Agreed on
staff-targets-agreed-on-hint = Year, month and day, for example 2023-07-12.
staff-targets-set-button = Set the target
staff-targets-comparators-link = Other local surveys’ figures beside these measures
staff-targets-actions-link = The working group’s actions
staff-targets-done-set = The target is set. Reports prepared from now on show each measure against it.
staff-targets-done-withdrawn = The target is withdrawn. Reports already published keep what they said.
staff-target-problem-no-measure = Choose the measure the target is for
staff-target-problem-percent = Enter the target as a whole number from 1 to 99, the share in per cent
staff-target-problem-year = Enter the year of the wave the target is for, for example 2024
staff-target-problem-agreed-by = Say who agreed the target, in up to { $limit } characters
staff-target-problem-agreed-on = Enter the day it was agreed as year-month-day, for example 2023-07-12
staff-target-problem-already-set = A target for this measure by that year is already set: withdraw it first

## Waves a moderator checks

staff-assign-title = Waves { $name } moderates
staff-assign-back = Back to staff accounts
staff-assign-lead = They see the free-text answers of these waves only, and nothing else about the responses.
staff-assign-waves = Waves
staff-assign-save = Save

## Safeguarding flags

staff-flags-title = Safeguarding flags
staff-flags-no-lead = No safeguarding lead is set up, so flags are not emailed to anyone.
staff-flags-no-lead-then = Set SAFEGUARDING_LEAD_EMAIL and restart youthvoice, and check this page every day until then.
staff-flags-lead = Answers that VOXY reps are worried about. The survey is anonymous: the words and the wave are everything there is to know about who wrote them. Follow your safeguarding procedure, then mark each one as handled. If a flag was raised by mistake, withdraw it: the answer goes back to the queue to be read afresh.
# Follows the number, which is shown in bold.
staff-flags-waiting = { $count ->
    [one] flag is waiting.
   *[other] flags are waiting.
}
staff-flags-flagged-label = Flagged { $when }
staff-flags-flagged = { $wave } – flagged { $when } UTC
staff-flags-handled = Handled by { $who } on { $when } UTC.
staff-flags-mark-handled = Mark as handled
staff-flags-withdraw = Withdraw: flagged by mistake

## Data

staff-data-title = Data
staff-data-lead = Download a wave’s responses as a CSV file for a spreadsheet: one row per response, one column per question, each answer written as its code (for example strongly_agree). Every download is written to the audit log.
staff-data-warning = The file holds free-text answers exactly as young people wrote them, before any checking by VOXY reps. Keep it on a council device and delete it when you are done.
staff-data-waves = Waves
staff-data-totals-only = Published totals only
staff-data-responses = { $count ->
    [one] 1 response
   *[other] { $count } responses
}
staff-data-csv = Responses (CSV)
staff-data-csv-for = for { $wave }

## Symbols

staff-symbols-title = Symbols
staff-symbols-lead = Easy Read shows a symbol beside every question and answer. Add your own, for example from a symbol set your council licenses. Each needs words that describe it and its licence.
staff-symbols-add = Add a symbol
staff-symbols-name = Name
staff-symbols-name-hint = Lower-case letters, digits and hyphens, such as bus-stop. Choose it by this name in the question editor.
staff-symbols-alt = What the picture shows
staff-symbols-licence = Licence
staff-symbols-licence-hint = Such as CC BY 4.0, or the name of your licence.
staff-symbols-file = Picture
staff-symbols-file-hint = A PNG or SVG file, 200 KB or smaller. Square pictures look best.
staff-symbols-add-button = Add the symbol
staff-symbols-all = All symbols ({ $count })

## Moderation lists

staff-lists-title = Moderation lists
staff-lists-back = Back to the queue
staff-lists-phrases = Safeguarding phrases
staff-lists-phrases-hint = One per line. An answer containing any of these, as whole words, goes to the top of the queue, marked.
staff-lists-schools = Local schools and colleges
staff-lists-schools-hint = One per line. Moderators are offered to hide them as [school].
staff-lists-places = Local places
staff-lists-places-hint = One per line: towns, villages, estates, youth centres. Moderators are offered to hide them as [place].
staff-lists-themes = Your own themes
staff-lists-themes-hint = One per line, offered beside the four plan items when a quote is tagged.
staff-lists-always = Always offered:
staff-lists-save = Save the lists

## Staff accounts

staff-users-title = Staff accounts
staff-users-problem = There is a problem
staff-users-invite = Invite someone
staff-users-status = Status
staff-users-waves = Waves to moderate
staff-users-for = for { $name }
staff-users-role-for = Role for { $name }
staff-users-change = Change
staff-users-change-for = role for { $name }
staff-users-enable = Enable
staff-users-disable = Disable

## A wave's translations

staff-translations-title = Translations of { $wave }
staff-translations-back = Back to the wave
staff-translations-refused = The sheet was not stored
staff-translations-refused-lead = Nothing changed. Fix these in the sheet and upload it again:
staff-translations-lead = Young people read this wave in a language only when all of it is translated: the start page and every question and answer, in standard words and in Easy Read. A wave that is only partly translated into a language cannot open.
staff-translations-done = Translated: young people can read this wave in this language.
staff-translations-partly = Partly translated: { $count } places still to translate.
staff-translations-not = Not translated.
staff-translations-sheet = Download the sheet
staff-translations-sheet-for = for { $language }
staff-translations-remove = Remove the { $language } translation
staff-translations-upload = Upload a filled sheet
staff-translations-upload-lead = Give the sheet to a translator: each row has the English beside an empty translation, and Easy Read rows carry the Easy Read rules. Save it from the spreadsheet as “CSV UTF-8”. A sheet is stored whole or not at all.
staff-translations-language = Language
staff-translations-file = The filled sheet (CSV)
staff-translations-store = Store the translation
staff-translations-done-imported = The translation is stored. Young people who choose the language now read this wave in it.
staff-translations-done-removed = The translation is removed. Young people who chose that language read this wave in English.
staff-translations-done-other = Done.

## The audit log

staff-audit-title = Audit log
staff-audit-lead = The latest { $count } security events, newest first. Times are UTC.
# Each kind of entry, by its stored name ("signed_in" is staff-audit-signed-in).
staff-audit-signed-in = Signed in
staff-audit-sign-in-failed = Failed sign-in
staff-audit-signed-out = Signed out
staff-audit-signed-out-everywhere = Signed out everywhere
staff-audit-first-admin-created = First admin account created
staff-audit-user-invited = Invited a user
staff-audit-invitation-accepted = Accepted an invitation
staff-audit-role-changed = Changed a role
staff-audit-account-disabled = Disabled an account
staff-audit-account-enabled = Enabled an account
staff-audit-password-reset-requested = Asked to reset a password
staff-audit-password-reset = Reset a password
staff-audit-responses-imported = Imported responses
staff-audit-totals-imported = Imported published totals
staff-audit-responses-exported = Exported responses
staff-audit-quote-identifier-override = Approved words the identifier check questioned, with a reason
staff-audit-quote-decided = Decided about an answer
staff-audit-safeguarding-flag-raised = Flagged a safeguarding concern
staff-audit-safeguarding-flag-handled = Dealt with a safeguarding flag
staff-audit-safeguarding-flag-withdrawn = Withdrew a safeguarding flag raised by mistake
staff-audit-moderation-lists-changed = Changed the moderation lists
staff-audit-moderation-waves-assigned = Chose the waves a moderator checks
staff-audit-report-published = Published a report
staff-audit-report-emailed = Emailed a report to the Board
staff-audit-retention-applied = Deleted data past its keeping time
staff-audit-wave-opened = Opened a wave to young people
staff-audit-wave-closed = Closed a wave
staff-audit-translation-imported = Imported a wave's translation
staff-audit-translation-removed = Removed a wave's translation
staff-audit-target-set = Set a target for a measure
staff-audit-target-withdrawn = Withdrew a target
staff-audit-comparator-added = Added another survey's figure beside a measure
staff-audit-comparator-removed = Removed another survey's figure
staff-audit-action-added = Added an action to the register
staff-audit-action-edited = Changed an action's words, owner or due day
staff-audit-action-status-changed = Changed where an action stands
staff-audit-overdue-action-reminded = Emailed a group about an overdue action
staff-audit-owner-group-added = Added a group that owns actions
staff-audit-owner-group-changed = Changed a group's contact
staff-audit-owner-group-removed = Removed a group that owns actions
staff-audit-board-update-emailed = Emailed a Board update

## Getting into an account: sign in, first admin, invitations, password resets

staff-sign-in-title = Sign in
staff-sign-in-lead = For VOXY reps, the Engagement and Consultation Team and Board members.
staff-email-label = Email address
staff-password-label = Password
staff-sign-in-button = Sign in
staff-sign-in-forgotten = Forgotten your password?
staff-sign-in-done-signed-out = You have signed out.
staff-sign-in-done-everywhere = You have signed out on every device.
staff-sign-in-done-password = Your password is saved. Sign in with it now.
staff-sign-in-problem-empty = Enter your email address and password
staff-sign-in-problem-wrong = The email address or password is not right
staff-sign-in-problem-locked = Too many wrong attempts. For your security, try again after { $time }
staff-first-admin-title = Create the first admin account
staff-first-admin-lead = This link works once. The admin account can then invite everyone else.
staff-your-name-label = Your name
staff-create-account-button = Create account
staff-password-choose-label = Choose a password
staff-password-choose-hint = At least 12 characters. A few unrelated words make a strong password you can remember.
staff-password-again-label = Type the password again
staff-password-save-button = Save password
staff-password-set-title = Set your password
staff-password-new-title = Choose a new password
staff-link-expired-title = This link has expired or has been used
staff-link-expired-lead = Links in youthvoice emails work once and only for a while.
staff-link-expired-reset-before = If you were resetting your password,
staff-link-expired-reset-link = ask for a new link
staff-link-expired-reset-after = . If you were invited, ask the person who invited you to send a new invitation.
staff-reset-sent-title = Check your email
staff-reset-sent-lead = If there is an account with that address, we have sent it a link to choose a new password. The link works for one hour.
staff-back-to-sign-in = Back to sign in
staff-reset-title = Reset your password
staff-reset-email-hint = We will email you a link to choose a new password.
staff-reset-button = Send me a link
staff-wait-title = Please wait before trying again
staff-wait-lead = { $minutes ->
    [one] There have been a lot of attempts in a short time, so we have paused this for 1 minute.
   *[other] There have been a lot of attempts in a short time, so we have paused this for { $minutes } minutes.
}
staff-wait-forgotten = If you have forgotten your password, ask an admin to help, or try again after the pause.

## Inviting someone

staff-invite-title = Invite someone
staff-invite-back = Back
staff-invite-name-label = Their name
staff-invite-email-label = Their email address
staff-invite-email-hint = We will email them a link to set their password. It works for 7 days.
staff-invite-role = Role
staff-invite-button = Send invitation

## Problems with what was typed into a staff form (the domain names them; these word them)

staff-problem-email = Enter an email address, like name@example.org
staff-problem-your-name = Enter your name
staff-problem-their-name = Enter their name
staff-problem-role = Choose a role
staff-problem-email-taken = Someone with this email address already has an account
staff-problem-password-empty = Enter a password
staff-problem-password-short = Your password must be at least 12 characters
staff-problem-password-long = Your password must be 256 characters or fewer
staff-problem-password-mismatch = The passwords do not match
staff-problem-contact = Enter the contact as an email address, like name@example.org, or leave it empty
staff-problem-group-name = Enter the group’s name, in up to { $max } characters
staff-problem-group-taken = There is a group of that name already
staff-problem-action-wave = Choose the wave whose findings the action answers
staff-problem-action-measures = Choose only the programme’s own measures
staff-problem-action-owner = Choose the group that owns the action
staff-problem-action-due = Enter the day it is due as year-month-day, for example 2024-03-31
staff-problem-action-status = Choose where the action stands
staff-problem-action-note-long = Keep the note to { $max } characters or fewer
staff-problem-action-why-dropped = Say why the action was dropped: the Board and young people will want to know
staff-problem-action-you-said = Enter what young people said
staff-problem-action-you-said-easy-read = Enter what young people said, in Easy Read
staff-problem-action-we-do = Enter what the team does about it
staff-problem-action-we-do-easy-read = Enter what the team does about it, in Easy Read
staff-problem-action-you-said-long = Keep what young people said to { $max } characters or fewer
staff-problem-action-you-said-easy-read-long = Keep what young people said, in Easy Read, to { $max } characters or fewer
staff-problem-action-we-do-long = Keep what the team does about it to { $max } characters or fewer
staff-problem-action-we-do-easy-read-long = Keep what the team does about it, in Easy Read, to { $max } characters or fewer
staff-problem-symbol-name = Enter a name of lower-case letters, digits and hyphens, such as bus-stop
staff-problem-symbol-alt = Describe the picture in a few words, for anyone who cannot see it
staff-problem-symbol-licence = Say which licence lets you use the picture, such as CC BY 4.0
staff-problem-symbol-built-in = A built-in symbol already has this name: choose another
staff-problem-symbol-taken = A symbol with this name was added before: choose another
staff-problem-picture-none = Choose a PNG or SVG file
staff-problem-picture-large = The file must be 200 KB or smaller
staff-problem-picture-png = The PNG could not be read: save it again and try once more
staff-problem-picture-size = The picture must be at most 2,000 by 2,000 pixels
staff-problem-picture-svg = The SVG could not be read as a picture: save it again and try once more
staff-problem-wave-slug = Enter a web address using lower-case letters, digits and hyphens, such as be-supported-2023
staff-problem-wave-slug-taken = Another wave already has this web address
staff-problem-wave-title = Enter a title, such as Be Supported 2023
staff-problem-wave-year = Enter the year as four digits, such as 2023
staff-problem-wave-opens = Enter the opening date as a real date, such as 2023-03-13
staff-problem-wave-closes = Enter the closing date as a real date, such as 2023-04-14
staff-problem-wave-closes-early = The closing date must be on or after the opening date
staff-problem-wave-start-from = Choose what the new wave starts from
staff-problem-import-wave = Choose the wave the file belongs to
staff-problem-import-kind = Choose what the file holds
staff-problem-import-file = Choose a CSV file that is not empty
staff-problem-picture-kind = The file must be a PNG or SVG picture
staff-problem-picture-unsafe = The SVG must be a plain picture: no script, links out or embedded pages
staff-editor-problem-key = Enter a key using lower-case letters, digits and underscores, such as feel_safe
staff-editor-problem-key-locked = The key must stay { $key }: this wave has been open or has responses, and answers are saved under it
staff-editor-problem-key-taken = Another question of this wave already has the key { $key }
staff-editor-problem-kind = Choose what kind of question it is
staff-editor-problem-kind-locked = The kind cannot change: this wave has been open or has responses, and answers are saved as this kind
staff-editor-problem-text = Enter the question
staff-editor-problem-easy-read-text = Enter the question in Easy Read
staff-editor-problem-long = Keep it to { $max } characters or fewer
staff-editor-problem-no-plan-items = { $programme } has no plan items: choose none
staff-editor-problem-plan-item = Choose plan item { $items }, or none
staff-editor-problem-sign-video = Enter a link that starts with https://, or leave it empty
staff-editor-problem-remove-locked = Answers cannot be deleted: this wave has been open or has responses, and answers may use them
staff-editor-problem-value = Enter a code using lower-case letters, digits and underscores, such as often
staff-editor-problem-value-locked = The code must stay { $value }: responses already store it
staff-editor-problem-value-twice = The code { $value } is used twice
staff-editor-problem-label = Enter the answer
staff-editor-problem-easy-read-label = Enter the answer in Easy Read
staff-editor-problem-too-few = Give the question at least 2 answers
staff-editor-problem-free-text-options = A free-text question has no answers to choose from
staff-editor-problem-positive = Tick at least one answer that counts as positive: the headline measure is the share giving one
staff-editor-problem-symbol = “{ $symbol }” is not in the symbol library

## Moderating answers: what happened, and what stopped a decision

staff-moderation-done-published = Saved: the quote is published.
staff-moderation-done-second-approval = Saved: a second person must approve it before it is published.
staff-moderation-done-analysis-only = Saved: it is kept for analysis only.
staff-moderation-done-rejected = Saved: it will not be used.
staff-moderation-done-flagged = Thank you. The safeguarding lead has been emailed the answer.
staff-moderation-done-flagged-unsent = The answer is flagged, but no email could be sent to the safeguarding lead. Tell a member of staff today.
staff-moderation-done-hidden = The words are hidden. Check the answer reads as you expect.
staff-moderation-done-shown = All the words are showing again.
staff-moderation-done-hidden-again = The words are hidden. The first approval was withdrawn because the words changed: two people must approve the new words.
staff-moderation-problem-not-in-answer = Nothing was saved: “{ $words }” is not in the answer. Type or paste the words exactly as they are written, or empty the box
staff-moderation-found-words = “{ $words }” ({ $kind })
staff-moderation-problem-identifiers-left = { $count ->
    [one] Nothing was saved: the words to publish still contain { $found }. Tick it to hide it. If it cannot show who anyone is, say why in the box below: a second person must agree before it is published
   *[other] Nothing was saved: the words to publish still contain { $found }. Tick them to hide them. If they cannot show who anyone is, say why in the box below: a second person must agree before it is published
}
staff-moderation-problem-decided-words = This answer has been decided already, so its words cannot change
staff-moderation-problem-nothing-to-hide = Tick a suggestion or type the words to hide
staff-moderation-problem-outside-answer = Those words are not inside the answer any more. Nothing was saved: check the answer below as it is now
staff-moderation-problem-empty-redaction = A hidden part must hide at least one character
staff-moderation-problem-decision = Choose what should happen to this answer
staff-moderation-problem-reason = Choose why it is not used
staff-moderation-problem-theme = Choose a theme
staff-moderation-problem-words-changed = Someone changed the hidden words while you were reading. Nothing was saved: check the answer below as it is now
staff-moderation-problem-no-consent = The young person did not agree to their words being shared, so it cannot be a quote. Nothing was changed
staff-moderation-problem-approved-by-you = You approved this already. A different person must give the second approval. Nothing was changed
staff-moderation-problem-decided = Someone has decided about this answer already. Nothing was changed
staff-moderation-problem-flagged-already = This answer is flagged already. The safeguarding lead has it
staff-suggestion-email = an email address
staff-suggestion-phone = a phone number
staff-suggestion-web-address = a web address
staff-suggestion-postcode = a postcode
staff-suggestion-name = maybe a name
staff-suggestion-school = a local school
staff-suggestion-place = a local place
staff-moderation-waiting-for-you = { $count ->
    [one] 1 answer is waiting for you. Answers that may need a safeguarding look come first.
   *[other] { $count } answers are waiting for you. Answers that may need a safeguarding look come first.
}
staff-moderation-waiting-for-others = { $count ->
    [one] 1 answer you approved is waiting for a second person to approve.
   *[other] { $count } answers you approved are waiting for a second person to approve.
}
staff-moderation-it-contains = It contains “{ $words }”.
staff-moderation-suggestion-becomes = “{ $words }” ({ $kind }) becomes { $mark }
staff-moderation-content-note-contains = Content note: this answer contains “{ $words }”, which is on the safeguarding list.

## The moderation queue and checking one answer

staff-moderation-if-something-you-read-upsets = If something you read upsets you
staff-moderation-stop-and-take-a-break = Stop and take a break. You do not have to finish the queue. Talk to the VOXY coordinator or another member of staff you trust: you can tell them how you feel without saying what you read.
staff-moderation-if-an-answer-makes-you = If an answer makes you worried about the young person who wrote it, use
staff-moderation-flag-a-safeguarding-concern = Flag a safeguarding concern
staff-moderation-on-that-answer-the-safeguarding = on that answer. The safeguarding lead will deal with it; you do not have to do anything else.
staff-moderation-if-you-need-to-talk = If you need to talk to someone now:
staff-moderation-no-waves-have-been-given = No waves have been given to you yet. An admin chooses which waves each VOXY rep checks.
staff-moderation-there-is-nothing-waiting-for = There is nothing waiting for you. Thank you!
staff-moderation-may-need-a-safeguarding-look = May need a safeguarding look
staff-moderation-content-note-this-answer-may = Content note: this answer may be upsetting. Its words are shown only when you choose to read them.
staff-moderation-check-this-answer = Check this answer
staff-moderation-pages-of-the-queue = Pages of the queue
staff-moderation-previous-page = Previous page
staff-moderation-next-page = Next page
staff-moderation-for-staff = For staff
staff-moderation-answers-moderators-are-worried-about = – answers moderators are worried about
staff-moderation-safeguarding-phrases-local-names-and = – safeguarding phrases, local names and themes
staff-moderation-the-question = The question
staff-moderation-the-answer = The answer
staff-moderation-the-answer-with-words-hidden = The answer, with words hidden
staff-moderation-it-may-be-upsetting-to = It may be upsetting to read. Take your time; you can stop and talk to someone first.
staff-moderation-read-the-answer = Read the answer
staff-moderation-the-young-person-agreed-to = The young person agreed to their words being shared.
staff-moderation-the-young-person-did-not = The young person did not agree to their words being shared. It can be used for analysis only, never as a quote.
staff-moderation-worried-about-the-young-person = Worried about the young person who wrote this?
staff-moderation-flag-it-the-safeguarding-lead = Flag it. The safeguarding lead is emailed the answer’s words and the wave straight away. There is nothing else to send: the survey is anonymous. A flagged answer is never published.
staff-moderation-show-all-the-words-again = Show all the words again
staff-moderation-if-you-approve-it-as = If you approve it as it is, exactly these words are published:
staff-moderation-hide-anything-that-could-show = Hide anything that could show who wrote it
staff-moderation-names-schools-places-phone-numbers = Names, schools, places, phone numbers, email and web addresses, postcodes, or anything only a few people would know. Hidden words are replaced by a mark such as [name].
staff-moderation-suggested-these-are-hidden-when = Suggested: these are hidden when you save, unless you untick them
staff-moderation-other-words-to-hide = Other words to hide
staff-moderation-type-or-paste-them-exactly = Type or paste them exactly as they are in the answer.
staff-moderation-show-them-as = Show them as
staff-moderation-hide-these-words-and-check = Hide these words and check again
staff-moderation-save-decision = Save decision
staff-moderation-use-it-as-a-quote = Use it as a quote, as shown above
staff-moderation-use-it-as-a-quote-hidden = Use it as a quote, with the ticked words hidden
staff-moderation-keep-it-for-analysis-only = Keep it for analysis only, not as a quote
staff-moderation-do-not-use-it = Do not use it
staff-moderation-your-decision = Your decision
staff-moderation-what-should-happen-to-this = What should happen to this answer?
staff-moderation-theme = Theme
staff-moderation-for-a-quote-or-for = For a quote or for analysis: what is it mostly about?
staff-moderation-if-you-do-not-use = If you do not use it, why not?
staff-moderation-if-you-leave-a-suggestion = If you leave a suggestion showing, say why it is safe
staff-moderation-for-example-patel-is-the = For example: “Patel is the name of the youth centre”. Words the check questions are only published when a second person agrees and gives a reason. Reasons are kept in the audit log.
staff-moderation-why-it-is-not-used = Why it is not used
staff-moderation-published-as = Published as
staff-moderation-back-to-the-answer = Back to the answer
staff-moderation-flag-this-answer-to-the = Flag this answer to the safeguarding lead?
staff-moderation-the-safeguarding-lead-will-be = The safeguarding lead will be emailed the answer’s words and the wave now. The answer leaves the queue and is never published. You do not have to do anything else.
staff-moderation-if-you-flagged-it-by = If you flagged it by mistake, tell the safeguarding lead: they can put it back in the queue.
staff-moderation-yes-flag-it = Yes, flag it
staff-moderation-no-go-back-to-the = No, go back to the answer
staff-quote-state-no-consent = Waiting to be read. The young person did not agree to be quoted, so it can be used for analysis only.
staff-quote-state-first-approval = Waiting for a first approval. Two different people must approve it before it is published.
staff-quote-state-waiting = Waiting for someone to check it.
staff-quote-state-second-approval = Approved by one person. Waiting for a second, different person to approve it.
staff-quote-state-published = Published as a quote.
staff-quote-state-analysis-only = Kept for analysis only. It will not be quoted.
staff-quote-state-rejected = Not used as a quote.
staff-quote-state-flagged = Sent to the safeguarding lead. It will not be published.
staff-reject-identifying = It could show who wrote it, even with words hidden
staff-reject-not-relevant = It does not answer the question
staff-reject-hurtful = It is rude or hurtful about someone
staff-reject-unclear = It is hard to understand
staff-reject-duplicate = Another answer already says the same

## Waves

staff-waves-copy-of = A copy of { $wave } ({ $programme }): same questions and keys, so they compare
staff-waves-template-plan-item = : plan item { $item }
staff-waves-template-plan-items = : plan items { $first } to { $last }
staff-waves-address-stays = The web address stays { $address }: links and posters already use it.
staff-waves-check-has = { $count ->
    [one] The Easy Read check has 1 thing to look at, shown under its question.
   *[other] The Easy Read check has { $count } things to look at, shown under each question.
}
staff-waves-question-plan-item = plan item { $item }
staff-waves-question-measure = measure
staff-waves-question-demographic = demographic
staff-waves-open-with-problems = Open { $wave } with Easy Read problems?
staff-waves-check-finds = { $count ->
    [one] The Easy Read check finds 1 problem.
   *[other] The Easy Read check finds { $count } problems.
}
staff-waves-better-fix-first = Young people who read Easy Read would meet them. It is better to fix them first.
staff-waves-grade = All the Easy Read text together reads at grade { $grade }; aim for { $most } or below.
staff-waves-accepted-problems = { $count ->
    [one] The audit log records who opened it, and that they accepted 1 problem.
   *[other] The audit log records who opened it, and that they accepted { $count } problems.
}
staff-waves-partly-translated = { $wave } is only partly translated into { $language }
staff-waves-stays-closed = The wave stays closed.
staff-waves-half-translated-before = Young people who choose this language would meet a survey half in it. On
staff-waves-translations = Translations
staff-waves-half-translated-after = , download the sheet, translate these places and upload it, or remove the translation.

## Waves: the list, a new wave, its details and its overview

staff-waves-each-year-s-survey-is = Each year’s survey is a wave of its programme. Copy last year’s so the results compare: a wave is compared only with earlier waves of its own programme.
staff-waves-start-a-new-wave = Start a new wave
staff-waves-targets-for-its-measures = Targets for its measures
staff-waves-other-local-surveys = Other local surveys
staff-waves-actions-register-and-board-update = Actions register and Board update
staff-waves-no-waves-yet = No waves yet.
staff-waves-draft-not-open-yet = Draft: not open yet
staff-waves-open = Open
staff-waves-closed = Closed
staff-waves-archived = Archived
staff-waves-back-to-waves = Back to waves
staff-waves-start-from = Start from
staff-waves-title = Title
staff-waves-the-end-of-the-survey = The end of the survey’s web address: lower-case letters, digits and hyphens, such as be-supported-2023.
staff-waves-web-address = Web address
staff-waves-create-the-wave = Create the wave
staff-waves-year = Year
staff-waves-optional-written-as-year-month = Optional. Written as year-month-day, such as 2023-03-13.
staff-waves-first-day-young-people-can = First day young people can answer
staff-waves-optional-written-as-year-month-2 = Optional. Written as year-month-day, such as 2023-04-14.
staff-waves-last-day-young-people-can = Last day young people can answer
staff-waves-change-the-details = Change the details
staff-waves-save-the-details = Save the details
staff-waves-agree-or-disagree-5-points = Agree or disagree (5 points)
staff-waves-how-often = How often
staff-waves-yes-no-or-not-sure = Yes, no or not sure
staff-waves-choose-one = Choose one
staff-waves-choose-all-that-apply = Choose all that apply
staff-waves-faces-5-points = Faces (5 points)
staff-waves-free-text = Free text
staff-waves-programme = Programme
staff-waves-dates = Dates
staff-waves-no-first-day = No first day
staff-waves-no-last-day = no last day
staff-waves-responses = Responses
staff-waves-change-the-title-year-or = Change the title, year or dates
staff-waves-open-it-to-young-people = Open it to young people
staff-waves-close-it = Close it
staff-waves-reopen-it = Reopen it
staff-waves-share-it-links-qr-codes = Share it: links, QR codes and posters
staff-waves-progress-answers-so-far = Progress: answers so far
staff-waves-questions = Questions
staff-waves-the-easy-read-check-finds = The Easy Read check finds nothing to fix.
staff-waves-easy-read-check-for-question = Easy Read check for question
staff-waves-edit = Edit
staff-waves-preview = Preview
staff-waves-preview-in-easy-read = Preview in Easy Read
staff-waves-question = , question
staff-waves-add-a-question = Add a question
staff-waves-fix-the-wording-first = Fix the wording first
staff-waves-open-it-anyway = Open it anyway
staff-waves-template = The { $programme } template
staff-waves-back-to-wave = Back to { $wave }
staff-waves-from-day = From { $day }
staff-waves-until-day = until { $day }
staff-waves-move-up = Move question { $number } up
staff-waves-move-down = Move question { $number } down

## The question editor

staff-editor-this-wave-has-been-open = This wave has been open or has responses. You can change the wording, symbols and which answers count as positive; the key, the kind and the answers’ codes stay as they are.
staff-editor-key = Key
staff-editor-links-this-question-across-waves = Links this question across waves: keep it the same as last year to compare. Lower-case letters, digits and underscores.
staff-editor-kind-of-question = Kind of question
staff-editor-choose-a-kind = Choose a kind
staff-editor-the-question-in-easy-read = The question in Easy Read
staff-editor-short-sentences-everyday-words-numbers = Short sentences, everyday words, numbers as digits.
staff-editor-hint-optional = Hint (optional)
staff-editor-hint-in-easy-read-optional = Hint in Easy Read (optional)
staff-editor-symbol = Symbol
staff-editor-none = None
staff-editor-video-in-british-sign-language = Video in British Sign Language (optional)
staff-editor-a-link-starting-https-to = A link starting https:// to a video of this question in BSL. Young people see a link to it under the question.
staff-editor-a-demographic-question-results-are = A demographic question: results are broken down by its answers
staff-editor-leave-the-answers-empty-for = Leave the answers empty for a free-text question. Blank rows are ignored.
staff-editor-chosen-only-on-its-own = ‘Chosen only on its own’ is for answers like ‘Nobody’ in a question where young people can choose several: the page shows it after ‘or’, and an answer or import that mixes it with others is refused.
staff-editor-code = Code
staff-editor-words = Words
staff-editor-words-in-easy-read = Words in Easy Read
staff-editor-counts-as-positive = Counts as positive
staff-editor-chosen-only-on-its-own-2 = Chosen only on its own
staff-editor-delete-this-answer = Delete this answer
staff-editor-save-the-question = Save the question
staff-editor-easy-read-check = Easy Read check
staff-editor-no-symbol = No symbol
staff-editor-plan-item-label = Plan item
staff-editor-plan-item-choice = Plan item { $item }: { $title }
staff-editor-answer-number = Answer { $number }
staff-editor-new-answer-number = Answer { $number } (new)
staff-editor-easy-read-finding = Easy Read check: { $finding }
staff-editor-title = Edit question { $number }

## Sharing a wave: links, QR codes, the poster and progress

staff-sharing-give-each-school-youth-club = Give each school, youth club or event its own link, so you can see how many answers come from each. A link never tells you who answered.
staff-sharing-qr-code-svg = QR code (SVG)
staff-sharing-qr-code-png = QR code (PNG)
staff-sharing-a4-poster = A4 poster
staff-sharing-add-a-link-for-a = Add a link for a school, club or event
staff-sharing-name-such-as-cherwell-school = Name, such as Cherwell School
staff-sharing-optional-the-tag-at-the = Optional: the tag at the end of the link. Made from the name if you leave it empty.
staff-sharing-tag = Tag
staff-sharing-add-the-link = Add the link
staff-sharing-back-to-sharing = Back to sharing
staff-sharing-print-this-page-on-a4 = Print this page on A4. The buttons and links around it are not printed.
staff-sharing-poster = Poster
staff-sharing-held-back = held back
staff-sharing-started = Started
staff-sharing-sent-their-answers = Sent their answers
staff-sharing-completion-rate = Completion rate
staff-sharing-by-channel = By channel
staff-sharing-by-day = By day
staff-sharing-no-answers-yet = No answers yet.
staff-sharing-answers-sent-each-day = Answers sent each day
staff-sharing-day = Day
staff-sharing-sent-2 = Sent
staff-sharing-title = Share { $wave }
staff-sharing-progress-title = Progress of { $wave }
staff-sharing-fewer-than = fewer than { $threshold }
staff-sharing-counts-explained = Counts from 0 to { $most } show as “fewer than { $threshold }”, and a count that would let someone work one of those out shows as “held back”, here as in every report. “Started” counts young people who began answering here; imported responses have no start, and those without a date are not in the days.
staff-sharing-row-started = Started: { $count }
staff-sharing-row-sent = Sent: { $count }
staff-sharing-row-completion = Completion: { $rate }
staff-sharing-done-added = The link is added.
staff-sharing-plain-link = The plain link
staff-sharing-problem-name = Enter a name of 100 characters or fewer
staff-sharing-problem-tag = Enter a tag of up to 40 lower-case letters, digits and hyphens, such as cherwell-school
staff-sharing-problem-tag-taken = This wave already has a link with that tag

## Importing a file of responses or published totals

staff-imports-import-a-file = Import a file
staff-imports-bring-in-an-earlier-wave = Bring in an earlier wave from a CSV file. Nothing is stored until you have seen the file’s first rows and the result of checking every row.
staff-imports-wave = Wave
staff-imports-choose-a-wave = Choose a wave
staff-imports-what-the-file-holds = What the file holds
staff-imports-csv-file = CSV file
staff-imports-saved-as-csv-utf-8 = Saved as CSV (UTF-8), up to 32 MB.
staff-imports-upload-and-check = Upload and check
staff-imports-back-to-data = Back to Data
staff-imports-check-the-file-before-importing = Check the file before importing
staff-imports-file = File
staff-imports-what-it-holds = What it holds
staff-imports-rows-after-the-first-line = Rows after the first line
staff-imports-this-file-cannot-be-imported = This file cannot be imported yet
staff-imports-nothing-has-been-stored-fix = Nothing has been stored. Fix these in the file, then upload it again.
staff-imports-problems-found-in-the-file = Problems found in the file
staff-imports-whole-file = Whole file
staff-imports-delete-this-upload = Delete this upload
staff-imports-the-first-rows-of-the = The first rows of the file
staff-imports-the-file-has-no-rows = The file has no rows after its first line.
staff-imports-cancel-and-delete-the-upload = Cancel and delete the upload
staff-imports-delete-the-published-totals-it = Delete the published totals it holds and store these responses instead
staff-imports-replace-the-published-totals-it = Replace the published totals it holds with these
staff-imports-the-wave-already-has-published = The wave already has published totals
staff-imports-kind-responses = Responses: one row per young person, one column per question (
staff-imports-kind-responses-then = then question keys)
staff-imports-kind-totals = Published totals:
staff-imports-kind-totals-for = , for a wave whose responses do not survive
staff-imports-problem-line = Line { $line }
staff-imports-problem-column = column
staff-imports-ready-responses = { $count ->
    [one] Every row passed the checks: 1 response is ready to import into { $wave }.
   *[other] Every row passed the checks: { $count } responses are ready to import into { $wave }.
}
staff-imports-ready-totals = { $count ->
    [one] Every row passed the checks: 1 total is ready to import into { $wave }.
   *[other] Every row passed the checks: { $count } totals are ready to import into { $wave }.
}
staff-imports-import-responses = { $count ->
    [one] Import 1 response
   *[other] Import { $count } responses
}
staff-imports-import-totals = { $count ->
    [one] Import 1 total
   *[other] Import { $count } totals
}
staff-imports-preview-rows = The first { $shown } of { $total } rows, as written in the file. Long answers are cut short here.
staff-imports-totals-blocked = { $wave } holds { $count } responses. Published totals are only for waves whose responses do not survive, so this file cannot be imported into it.
staff-imports-mode-append = Add these to the { $count } responses already there
staff-imports-mode-replace = Delete the { $count } responses already there and store these instead
staff-imports-mode-legend = The wave already has { $count } responses

## Reports: preparing, publishing and emailing

staff-reports-read = Read
staff-reports-prepare-a-report = Prepare a report
staff-reports-choose-a-wave-to-preview = Choose a wave to preview its reports, write what happens next, and publish.
staff-reports-published-reports = Published reports
staff-reports-no-report-has-been-published = No report has been published yet.
staff-reports-the-public-findings-page = The public findings page
staff-reports-publish-the-summary-report = Publish the summary report
staff-reports-publish-the-full-report = Publish the full report
staff-reports-publish-the-easy-read-report = Publish the Easy Read report
staff-reports-the-briefing-is-never-published = The briefing is never published
staff-reports-the-board-update-is-emailed = The Board update is emailed, never published
staff-reports-the-report-was-not-published = The report was not published
staff-reports-write-what-happens-next = Write what happens next
staff-reports-all-reports = All reports
staff-reports-each-report-is-built-from = Each report is built from the data as it is now. Publishing freezes a copy, so what the Board reads never changes; publish again to add a new version.
staff-reports-the-survey-is-still-open = The survey is still open: every preview is provisional, and nothing can be published until it closes.
staff-reports-early-findings-as-slides-for = Early findings as slides for the verbal briefing: who has answered, the measures at a glance, the trend and each measure, with every number that could single someone out withheld. It is never published.
staff-reports-download-the-slides-as-pdf = Download the slides as PDF
staff-reports-download-as-pdf = Download as PDF
staff-reports-once-published-it-is-listed = Once published it is listed on the public findings page.
staff-reports-once-published-it-can-be = Once published it can be read by signed-in staff and Board members.
staff-reports-tables-for-spreadsheets = Tables for spreadsheets
staff-reports-the-numbers-behind-the-reports = The numbers behind the reports as CSV files, held-back cells left empty.
staff-reports-what-the-team-writes = What the team writes
staff-reports-what-happens-next-summary-and = What happens next (summary and full reports)
staff-reports-for-the-board-what-will = For the Board: what will be done with these results, by whom and when. Leave a blank line between paragraphs.
staff-reports-what-will-happen-next-in = What will happen next, in Easy Read (You said report)
staff-reports-short-sentences-of-15-words = Short sentences of 15 words or fewer, everyday words, numbers as digits. Leave a blank line between points.
staff-reports-save-the-texts = Save the texts
staff-reports-actions-register = actions register
staff-reports-published-versions = Published versions
staff-reports-nothing-has-been-published-for = Nothing has been published for this wave yet.
staff-reports-to-email-reports-to-the = To email reports to the Board, set BOARD_EMAILS (see the README).
staff-reports-title-version = { $title }, version { $version }
staff-reports-of-title-version = of { $title }, version { $version }
staff-reports-email-version = Email version { $version } to the Board
staff-reports-briefing-hidden = the early findings briefing
staff-reports-easy-read-in = the Easy Read report in { $language }
staff-reports-easy-read-language = (Easy Read, { $language })
staff-reports-you-said-from = “You said, we did” comes from the working group’s
staff-reports-you-said-from-after = : each action answering this wave is shown with where it stands.
staff-reports-emailing-sends = { $count ->
    [one] Emailing sends a link and the PDF to the Board’s list (1 address).
   *[other] Emailing sends a link and the PDF to the Board’s list ({ $count } addresses).
}
staff-reports-publish-in = Publish it in { $language }

## Other local surveys’ figures

staff-comparators-done-added = The figure is added. Reports prepared from now on show it beside its measure.
staff-comparators-done-removed = The figure is removed. Reports already published keep what they said.
staff-comparators-figures-that-other-local-surveys = Figures that other local surveys published, such as the OxWell survey or the Oxfordshire Youth survey, can sit beside a measure in the reports. They are labelled as a different survey with its own question and are never tested against ours: different questions asked of different young people cannot show a change.
staff-comparators-no-other-survey-s-figure = No other survey’s figure.
staff-comparators-its-report = Its report
staff-comparators-add-another-survey-s-figure = Add another survey’s figure
staff-comparators-beside-the-measure = Beside the measure
staff-comparators-for-example-oxwell-survey = For example “OxWell survey”.
staff-comparators-survey = Survey
staff-comparators-its-own-question-word-for = Its own question, word for word.
staff-comparators-question = Question
staff-comparators-the-share-it-published-as = The share it published as answering positively, for example 64 or 64.5.
staff-comparators-how-many-answered-if-its = How many answered, if its report says. Leave empty if not.
staff-comparators-number-answering-optional = Number answering (optional)
staff-comparators-the-address-of-its-published = The address of its published report, starting https://. Leave empty if there is none.
staff-comparators-link-to-its-report-optional = Link to its report (optional)
staff-comparators-add-the-figure = Add the figure
staff-comparators-the-targets-for-these-measures = The targets for these measures
staff-comparators-title = Other surveys beside { $programme }
staff-comparators-remove = Remove the { $survey } { $year } figure

## Staff error pages

staff-forbidden-title = You cannot use this page
staff-forbidden-advice = Your account does not give access to this page. If you need it, ask an admin to change your role.
staff-not-your-wave-title = You do not moderate this wave
staff-not-your-wave-advice = An admin chooses which waves each VOXY rep moderates. Nothing was changed. Ask an admin if you need this wave.
staff-go-to-start = Go to the start

## A question previewed by staff

staff-preview-label = Preview.
staff-preview-explained = This is question { $number } as young people see it. Nothing you choose is saved.
staff-preview-in-easy-read = Preview in Easy Read
staff-preview-in-standard = Preview in standard words
staff-preview-back-to-wave = Back to the wave
staff-lint-title = Easy Read check of the saved text:

## What just happened, said at the top of a staff page

staff-lists-done-saved = The lists are saved.
staff-editor-done-saved = The question is saved. The Easy Read check of what you saved is shown under each Easy Read text.
staff-safeguarding-done-handled = Marked as handled.
staff-safeguarding-done-withdrawn = The flag is withdrawn. The answer is back in the queue, to be read afresh.
staff-users-done-invited = Invitation sent.
staff-users-done-role = Role changed.
staff-users-done-disabled = Account disabled. Its sessions have ended.
staff-users-done-enabled = Account enabled.
staff-users-done-waves = The waves to moderate are saved.
staff-data-done-imported = The file is imported. The numbers below include it.
staff-data-done-cancelled = The upload is deleted. Nothing was imported.
staff-reports-done-saved = The texts are saved. Reports prepared from now on include them.
staff-reports-done-published = Published. The new version is listed below.
staff-reports-done-emailed = The report was emailed to the Board, with its PDF attached.
staff-waves-done-created = The wave is created as a draft. Check its questions, then open it.
staff-waves-done-opened = The wave is open: young people can answer it.
staff-waves-done-closed = The wave is closed: young people see a “this survey has closed” page.
staff-waves-done-saved = The question is saved.
staff-waves-done-added = The question is added at the end.
staff-waves-done-moved = The question is moved.
staff-waves-done-details = The details are saved.
staff-symbols-done-added = The symbol is added.
staff-home-done-first-admin = Your admin account is ready and you are signed in. Next, invite your team from Staff accounts.
staff-board-update-status = Prepared from the data as it is now, for the Board.
staff-board-update-back = Back to the actions register
staff-reports-status-provisional = { $provisional }. Not published: prepared from the answers so far.
staff-reports-status-preview = Preview: not published. Prepared from the data as it is now.
staff-reports-back-to-wave = Back to this wave’s reports
staff-imports-refused-has-responses = The wave already has { $count } responses: choose whether to add these to them or to replace them
staff-imports-refused-has-totals-responses = The wave holds published totals: tick the box to replace them with these responses
staff-imports-refused-has-totals = The wave already has published totals: tick the box to replace them
staff-imports-refused-totals-beside-responses = The wave holds { $count } responses, so published totals cannot be imported into it
staff-imports-refused-database = The import could not be stored
staff-lists-problem-long-line = Each line must be 100 characters or fewer
staff-lists-problem-too-many = A list can have up to 500 lines
staff-translations-problem-not-utf8 = the file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”
staff-translations-problem-no-file = choose the filled sheet, a CSV file that is not empty
staff-sharing-qr-title = QR code for { $address }
staff-sharing-poster-title = Poster: { $wave }

## Problems with a file being imported (responses, totals, figures, translation sheets)

staff-import-at-line-column = line { $line }, column { $column }: { $message }
staff-import-at-line = line { $line }: { $message }
staff-import-unreadable-line = this row cannot be read as CSV ({ $detail })
staff-import-column-twice = this column appears twice
staff-import-no-other-answer = question { $key } has no “other” answer to write about
staff-import-no-such-question = { $wave } has no question with the key “{ $key }”
staff-import-no-response-id = the first line must name the column { $column }
staff-import-bad-date = “{ $value }” is not a date written as YYYY-MM-DD, with a four-digit year
staff-import-bad-format = “{ $value }” is not a format: use standard or easy_read
staff-import-free-text-long = free text is limited to { $max } characters
staff-import-listed-twice = “{ $value }” is listed twice
staff-import-not-an-answer = “{ $value }” is not an answer to { $key }: use one of { $answers }
staff-import-one-answer = { $key } takes one answer, not { $count }
staff-import-on-its-own = { $value } cannot go with other answers to { $key }: it is chosen only on its own
staff-import-other-text-long = “other” text is limited to { $max } characters
staff-import-other-text-alone = there is “other” text (“{ $text }”) but { $key } does not have the “other” answer
staff-import-totals-header = the first line must be exactly { $header }
staff-import-totals-free-text = { $key } is a free-text question: it has no totals
staff-import-totals-not-an-answer = “{ $value }” is not an answer to { $key }
staff-import-totals-not-a-count = “{ $value }” is not a whole number of young people
staff-import-totals-given-twice = { $key } “{ $value }” was already given on line { $line }
staff-import-totals-choose-all = { $key } is a choose-all question: add a row `{ $key },,<number who answered>`
staff-import-totals-more-than-answered = an answer to { $key } has more young people than the { $answered } who answered
staff-import-totals-do-not-add-up = the answers to { $key } add up to { $sum }, not the { $answered } given as answering
staff-import-sheet-header = the first line must name the columns place, register, english and translation
staff-import-sheet-register = write standard or easy_read
staff-import-sheet-english = English is the wave’s own wording: edit it in the question editor
staff-import-sheet-no-place = this wave has no { $place } in { $register }
staff-import-sheet-twice = { $place } in { $register } is given twice
staff-import-sheet-english-changed = the English has changed since this sheet was made: export a new sheet and translate the new words
staff-import-sheet-not-translated = { $place } in { $register } is not translated
staff-import-comparator-header = the first line must name the columns { $columns }
staff-import-catalogue-header = the first line must name the columns id, register, english, translation and note
staff-import-catalogue-no-message = there is no { $register } message called “{ $id }”
staff-import-catalogue-twice = { $id } is given twice
staff-import-catalogue-not-translated = { $id } is not translated
staff-import-catalogue-gaps = { $id } must keep the gaps of the English ({ $english }), not { $translation }
staff-import-catalogue-not-fluent = { $id } is not valid Fluent ({ $detail })
staff-import-catalogue-missing = { $id } ({ $register }) is missing from the sheet
staff-import-stopped = stopped after { $count } problems
staff-import-empty = the file is empty
staff-import-wrong-field-count = this row has { $fields } fields but the first line names { $columns } columns
staff-import-not-utf8 = byte { $byte } is not valid UTF-8: save the file as UTF-8 and try again

## Other local surveys' figures: what is wrong with one

staff-comparator-problem-measure = choose the measure the figure sits beside
staff-comparator-problem-source = name the survey the figure comes from, in up to { $max } characters
staff-comparator-problem-year = enter the year of the other survey, for example 2023
staff-comparator-problem-wording = copy the other survey’s question word for word, in up to { $max } characters
staff-comparator-problem-share = enter the share it published as a number from 0 to 100, with at most one decimal place
staff-comparator-problem-respondents = enter how many answered as a whole number, or leave it empty
staff-comparator-problem-link = enter the link to the other survey’s report as an https:// address, or leave it empty
staff-texts-problem-too-long = Keep it under { $max } characters
staff-role-admin-described = Admin: everything, including staff accounts and settings
staff-role-analyst-described = Analyst: surveys, imports, reports, publishing and exports
staff-role-moderator-described = Moderator (VOXY rep): the quote moderation queue only
staff-role-viewer-described = Viewer (Board member): published and board-only reports
staff-report-kind-summary = Summary report
staff-report-kind-full = Full report
staff-report-kind-easy-read = You said: Easy Read report
staff-report-kind-briefing = Early findings briefing
staff-report-kind-board-update = Board update
staff-reports-the-kind = the { $kind }
staff-sharing-poster-in = Print it in:
staff-sharing-for-link = for { $link }
staff-waves-question-number = question { $number }
staff-comparators-of-respondents = of { $count }
staff-waves-beside-programme = beside { $programme }
staff-waves-responses-count = { $count ->
    [one] 1 response
   *[other] { $count } responses
}

## The Easy Read check: what to change

staff-lint-sentence-too-long = a sentence has { $words } words; keep each to { $max } or fewer
staff-lint-contraction = “{ $word }” is a contraction; write the words in full
staff-lint-acronym = “{ $acronym }” is not explained; say what it means, then put it in brackets
staff-lint-number-word = “{ $word }”: write numbers as digits
staff-lint-jargon = “{ $word }” is jargon; use an everyday word
staff-lint-missing-symbol = has no symbol; Easy Read shows one beside every question and answer
staff-lint-unknown-symbol = names the symbol “{ $symbol }”, which is not in the symbol library

## Places in a wave's wording, in the Easy Read check and the list of what is not translated

staff-place-start-page = the start page
staff-place-introduction = introduction
staff-place-privacy-note = privacy note
staff-place-question = question { $key }
staff-place-hint = question { $key }, hint
staff-place-answer = question { $key }, answer { $value }
