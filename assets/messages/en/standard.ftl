# The words young people meet, in standard English. Each message is looked up by its id; a gap
# such as { $organisation } is filled by the page. Easy Read versions are in easy_read.ftl: a
# message missing there is shown from this file.

## Every page

# This language's name, written in itself.
language-name = English

skip-link = Skip to main content
header-help = Need to talk to someone now?
footer-help = Get help now
footer-display-options = Display options
footer-language = Language
footer-accessibility = Accessibility
footer-all-surveys = All surveys
footer-anonymous = Your answers are anonymous. We never ask for your name.
footer-run-by = Run by { $organisation }.
footer-contact = Contact:
footer-privacy-notice = Privacy notice
title-error = Error: { $title }
back = Back
continue = Continue
error-summary-title = There is a problem
# Said by screen readers before the words of a problem next to a field.
error-prefix = Error:

## Reading help above a question

reading-help = Reading help
switch-to-easy-read = Switch to Easy Read
switch-to-standard = Switch to standard words
display-options-link = Display options: text size and colours
language-link = Other languages
read-aloud = Read aloud
read-aloud-stop = Stop reading

## The home page

home-title = Have your say
home-lead = Tell us what you think. Your answers are anonymous and help decide what changes for young people.
home-none-open = There are no surveys open right now. Please come back later.
home-open-heading = Surveys open now
home-findings-heading = What happened after you told us
home-findings-link = Read what young people said in earlier surveys, and what was done about it

## Display options

display-title = Display options
display-saved = Your display options are saved on this device.
display-go-back = Go back to where you were
display-intro = Change how pages look on this device. We remember your choice, but not who you are.
display-text-size = Text size
display-size-normal = Normal
display-size-large = Large
display-size-extra-large = Extra large
display-colours = Colours and spacing
display-high-contrast = High contrast: white and yellow words on black
display-dyslexia = Dyslexia friendly: more space between letters and lines, on a cream background
display-save = Save display options
display-cancel = Go back without changing

## Choosing a language

language-title = Choose a language
language-intro = Pages will be in this language on this device until you close the browser. We remember your choice, but not who you are.
language-legend = Language
language-save = Use this language
language-cancel = Go back without changing

## The start page

start-easy-read-version = Easy Read version of this page
start-standard-version = Standard version of this page
start-privacy-heading = Your answers are private
start-who-heading = Who is asking
start-who = This survey is run by { $organisation }.
start-contact = If you have a question about it, contact
start-privacy-notice = Read how { $organisation } looks after your answers (privacy notice)
start-already = You have already started this survey on this device.
start-carry-on = Carry on where you left off
start-format-heading = How would you like to read the questions?
start-format-standard = Standard
start-format-easy-read = Easy Read: short sentences, bigger text and pictures
start-now = Start now
start-before-heading = Started before?
start-before = If you saved your answers,
start-carry-on-with-code = carry on with your resume code

## A question

question-progress = Question { $number } of { $total }
question-or = or
question-skip = I do not want to say
question-other-label = If you chose ‘{ $answer }’, you can tell us more (optional)
question-other-hint = Up to { $limit } characters.
question-free-text-hint = You can write up to { $limit } characters. If you do not want to answer, choose ‘I do not want to say’.
question-sign-video = Watch this question in British Sign Language (BSL)
save-for-later = Save and come back later

## When an answer needs fixing

fix-skip-with-answers = Choose your answers or ‘I do not want to say’, not both
fix-nothing-chosen-one = Choose one answer, or choose ‘I do not want to say’
fix-nothing-chosen-many = Choose at least one answer, or choose ‘I do not want to say’
fix-exclusive = ‘{ $answer }’ cannot go with other answers. Choose ‘{ $answer }’ on its own, or choose the other answers without it
fix-too-long = Your answer must be { $limit } characters or fewer. It has { $length } characters now

## Check your answers

check-title = Check your answers before you send them
check-change = Change
check-change-hidden = your answer to: { $question }
check-send-heading = Now send your answers
check-send = When you send your answers you cannot change them. Nobody will know they are yours.
check-send-button = Send my answers

## Thank you

done-title = Your answers have been sent
done-heading = Thank you
done-sent = Your answers have been sent.
done-anonymous = We do not know who you are, and nobody can tell which answers are yours.
done-next-heading = What happens next
done-next = Young people on VOXY, Oxfordshire's youth board, and the Engagement and Consultation Team will read every answer. They will tell the Children's Trust Board what young people said, and publish what will change because of it.
talk-heading = Need to talk to someone now?
done-talk = If anything in this survey has worried or upset you, you can talk to someone. It is free.

## Help

help-title = Need to talk to someone now?
help-lead = You do not have to deal with things on your own. These people will listen. Talking to them is free and you do not have to give your name.
help-adult = You can also talk to an adult you trust, like a teacher, youth worker, doctor or family member.
help-saved = Your answers so far are saved.
support-childline-name = Childline
support-childline-what = Free and confidential, any time of day or night, for anyone under 19. You can also chat online at childline.org.uk.
support-emergency-name = Emergency services
support-emergency-what = If you or someone else is in danger right now.

# The printed poster that invites young people to the survey
poster-scan = Scan the code with your phone camera, or go to:
poster-time = It takes about 10 minutes. We never ask for your name.
poster-help = Need to talk to someone now? Call Childline free on 0800 1111.
poster-qr-code = QR code for the survey

## Saving for later and carrying on

saved-title = Your answers are saved
saved-code-intro = This is your resume code:
saved-how-long = Write it down or take a photo of it. You can use it once, on any phone or computer, in the next { $days } days.
saved-how-to = To carry on later, go to this survey and choose ‘carry on with your resume code’. Do not share your code with anyone.
carry-on-now = Carry on now
resume-title = Enter your resume code
resume-hint = It is four words and a number, like ‘otter lemon cloud river 4721’.
resume-button = Carry on
resume-empty = Enter your resume code
resume-wrong-shape = A resume code is four words and a number, like ‘otter lemon cloud river 4721’
resume-not-found = We could not find saved answers for that code. Check the words and the number. Codes work once, for { $days } days
wait-title = Please wait before trying again
wait-paused = Lots of resume codes were tried in a short time, so we have paused this for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }. This keeps everyone’s saved answers safe.
wait-saved = Your saved answers are still there. Try your code again after the pause.
wait-start-again = Or you can start the survey again from the beginning.
go-to-survey-start = Go to the start of the survey

## When something goes wrong

not-found-title = Page not found
not-found = If you typed the web address, check it is correct. If you followed a link to a survey, the survey may have moved.
expired-title = This form has expired
expired = For your security, forms only work for a while and need cookies to be switched on. Go back, refresh the page and try again. Your saved answers are kept.
not-allowed-title = This page cannot do that
not-allowed = Go back and try again using the buttons on the page.
too-much-title = That was too much to send
too-much = Go back and send less: answers can be up to 2,000 characters, and files up to 32 MB.
wrong-title = Sorry, something was wrong with that request
wrong = Go back and try again.
wrong-reason = We could not use what was sent: { $reason }.
wrong-buttons = Go back and try again using the buttons on the page.
broken-title = Sorry, there is a problem with the service
broken = Try again later. Any answers you already saved are kept.
go-to-start = Go to the start
closed-title = This survey has closed
closed-thanks = Thank you for wanting to take part in { $survey }.
closed-next = The survey is not taking answers any more. Look out for the next one, or see
closed-open-now = the surveys open now

## Reports: the words around every report, and the Easy Read "You said" report

report-links = Report links
report-published-by = Published by { $publisher }
report-prepared-on = Prepared on { $date }
report-contents = Contents
report-note = Note:
report-you-said = You said:
report-we-did = We did:
action-label-planned = We will:
action-label-doing = We are doing:
action-label-done = We did:
action-label-dropped = We planned to:
action-status-planned = Planned, to finish by { $date }.
action-status-doing = Under way, to finish by { $date }.
action-status-done = Done.
action-status-dropped = Not going ahead.
report-page = Page
report-of = of
report-footer = Made with youthvoice. Young people answered without giving their names. We do not show small numbers.
report-status = Version { $version }, published on { $date }
report-all-findings = All findings
report-download-pdf = Download as PDF
findings-title = What young people told us
findings-lead = Every year young people in Oxfordshire tell us what they think. Here is what they said, and what is being done about it.
findings-none = No results have been published yet. Please come back later.
findings-pdf = PDF
findings-of = of { $title }
findings-earlier = Earlier versions:
findings-version = version { $version }
findings-you-said-we-did = You said, we did
report-you-said-title = You said: our survey { $year }
report-you-said-subtitle = What young people told us, in Easy Read
report-about-heading = About this report
report-answered = { $count } young people answered our survey in { $year }.
report-answered-few = Fewer than { $threshold } young people answered our survey in { $year }.
report-thanks = Thank you for telling us what you think.
report-what-it-says = This report tells you what you said. It tells you what will happen next.
report-told-heading = What you told us
report-measure-tenths = { $question } About { $tenths } in 10 young people chose { $answers }.
report-measure-under-one = { $question } Fewer than 1 in 10 young people chose { $answers }.
report-measure-almost-all = { $question } Almost all young people chose { $answers }.
report-measure-very-few = { $question } Very few young people chose { $answers }.
report-quoted = ‘{ $answer }’
report-or = or
report-change-more = This is more than in { $year }.
report-change-fewer = This is fewer than in { $year }.
report-change-same = This is about the same as in { $year }.
report-asked-differently = We asked the question in a different way in { $year }.
report-no-numbers = Not enough young people answered for us to share numbers.
report-own-words-heading = In your own words
report-own-words = Here are some things you wrote.
report-quote-by = Young person, age { $band }
report-still-reading = Young people on the youth board are still reading what you wrote.
report-next-heading = What will happen next
report-next-soon = We will tell you soon what will happen next.
report-next-in-english = The team wrote this part in English.
report-worried-heading = If you are worried
report-worried-adult = If something is worrying you, talk to an adult you trust.
report-childline = You can call Childline for free on 0800 1111.
