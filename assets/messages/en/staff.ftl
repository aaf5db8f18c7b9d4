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
