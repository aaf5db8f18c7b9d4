# The words young people meet, in English Easy Read: short sentences, everyday words, numbers as
# digits. A test runs the Easy Read lint over every message here, and over every standard message
# this file does not replace, because an Easy Read page shows those too.
# Messages ending in -1, -2 … are sentences shown one by one, each beside a symbol.

## Choosing a language

language-title = Choose your language
language-intro = We use this language on this phone or computer. We do not know who you are.

## The start page

start-who-heading = Who is asking?
start-who = { $organisation } runs this survey.
start-contact = Do you have a question? Contact
start-privacy-notice = How { $organisation } keeps your answers safe
start-already = You started this survey on this phone or computer.
start-carry-on = Carry on
start-format-heading = How do you want to read the questions?
start-before-heading = Did you start before?
start-before = Did you save your answers?
start-carry-on-with-code = Carry on with your code

## A question

question-other-label = ‘{ $answer }’. Did you choose this answer? You can tell us more. You do not have to.
question-other-hint = You can write up to { $limit } letters.
question-free-text-hint = You can write up to { $limit } letters. Or choose ‘I do not want to say’.
question-sign-video = Watch this question in sign language

## When an answer needs fixing

fix-skip-with-answers = Choose your answers or ‘I do not want to say’. Do not choose both.
fix-nothing-chosen-one = Choose 1 answer. Or choose ‘I do not want to say’.
fix-nothing-chosen-many = Choose 1 or more answers. Or choose ‘I do not want to say’.
fix-exclusive = Choose ‘{ $answer }’ on its own. Or choose the other answers without it.
fix-too-long = You wrote { $length } letters. You can write up to { $limit } letters.

## Check your answers

check-title = Check your answers
check-1 = Here are your answers. You can change an answer before you send it.
check-send-heading = Send your answers
check-send-1 = After you send your answers, you cannot change them.
check-send-2 = Nobody will know the answers are yours.
check-send-button = Send my answers

## Thank you

done-title = Thank you
done-heading = Thank you
done-1 = We got your answers.
done-2 = We do not know who you are. Nobody can tell which answers are yours.
done-next-1 = Young people from the youth board will read your answers.
done-next-2 = They will tell the adults in charge what you said.
done-next-3 = We will tell you what changes.
talk-heading = Do you need to talk to someone now?
done-talk-1 = Has the survey upset you? You can talk to someone. It is free.

## Help

help-title = Do you need to talk to someone now?
help-1 = You do not have to deal with things on your own.
help-2 = These people will listen to you. It is free. You do not have to say your name.
help-adult-1 = You can also talk to an adult you trust. This could be a teacher, a youth worker or someone in your family.
help-saved = Your answers are still saved.
support-childline-name = Childline
support-childline-what = Free and private. Day or night. For anyone under 19. You can also chat at childline.org.uk.
support-emergency-name = Emergency services
support-emergency-what = Call if you or someone else is in danger now.

# The printed poster that invites young people to the survey
poster-scan = Scan the code with your phone camera. Or go to:
poster-time = It takes about 10 minutes. We never ask for your name.
poster-help = Do you need to talk to someone now? Call Childline for free on 0800 1111.
poster-qr-code = A code to scan with a phone camera

## Saving for later and carrying on

saved-title = We saved your answers
saved-code-1 = This is your code:
saved-1 = Write your code down. Or take a photo of it.
saved-2 = You can use your code 1 time. It works for { $days } days.
saved-3 = You can carry on with any phone or computer.
saved-4 = Go to this survey. Then choose ‘Carry on with your code’.
saved-5 = Do not show your code to anyone.
carry-on-now = Carry on now
resume-title = Type your code
resume-hint = Your code is 4 words and a number. For example: otter lemon cloud river 4721.
resume-button = Carry on
resume-empty = Type your code.
resume-wrong-shape = Your code is 4 words and a number. Check what you typed.
resume-not-found = We cannot find answers for this code. Check the words and the number. A code works 1 time only, for { $days } days.
wait-title = Please wait
wait-1 = Lots of codes were tried. So we stopped codes for a short time.
wait-2 = Your answers are still saved.
wait-3 = Try your code again in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
wait-4 = Or you can start the survey again.
go-to-survey-start = Go to the start of the survey

## When something goes wrong

not-found-title = We cannot find this page
not-found-1 = Did you type the web address? Check it is right.
not-found-2 = Did you use a link? The survey may have moved.
expired-title = This page is too old
expired-1 = Pages only work for a short time.
expired-2 = Go back. Load the page again. Then try again.
expired-3 = Your saved answers are still there.
too-much-title = You sent too much
too-much-1 = Go back. Write less. Then send it again.
wrong-title = Something went wrong
wrong-1 = We could not use what was sent.
wrong-2 = Go back. Use the buttons on the page.
broken-title = Something is not working
broken-1 = Something is not working on our side. It is not your fault.
broken-2 = Please try again later.
broken-3 = Your saved answers are still there.
go-to-start = Go to the start
closed-title = This survey is closed
closed-1 = You cannot answer this survey now.
closed-2 = Thank you for wanting to help.
closed-3 = Look out for the next survey.
closed-open-now = See the surveys open now
report-download-pdf = Get this report as a file to print
findings-pdf = File to print
findings-of = for { $title }

## Where an action of the register stands

action-status-planned = We will do this by { $date }.
action-status-doing = We are doing this now. We will finish by { $date }.
action-status-done = We have done this.
action-status-dropped = We are not doing this any more.
