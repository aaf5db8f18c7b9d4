# Słowa dla młodych ludzi, po polsku, w wersji łatwej do czytania: krótkie zdania, proste słowa,
# liczby cyframi. Tłumaczenie assets/messages/en/easy_read.ftl.

## Wybór języka

language-title = Wybierz swój język
language-intro = Używamy tego języka na tym telefonie lub komputerze. Nie wiemy, kim jesteś.

## Strona startowa

start-who-heading = Kto pyta?
start-who = { $organisation } prowadzi tę ankietę.
start-contact = Masz pytanie? Napisz lub zadzwoń:
start-privacy-notice = Jak { $organisation } chroni twoje odpowiedzi
start-already = Zacząłeś tę ankietę na tym telefonie lub komputerze.
start-carry-on = Kontynuuj
start-format-heading = Jak chcesz czytać pytania?
start-before-heading = Zacząłeś wcześniej?
start-before = Zapisałeś odpowiedzi?
start-carry-on-with-code = Kontynuuj z kodem

## Pytanie

question-other-label = „{ $answer }”. Wybrałeś tę odpowiedź? Możesz napisać więcej. Nie musisz.
question-other-hint = Możesz napisać do { $limit } liter.
question-free-text-hint = Możesz napisać do { $limit } liter. Albo wybierz „Wolę nie odpowiadać”.
question-sign-video = Obejrzyj to pytanie w języku migowym

## Gdy odpowiedź trzeba poprawić

fix-skip-with-answers = Wybierz odpowiedzi albo „Wolę nie odpowiadać”. Nie wybieraj obu.
fix-nothing-chosen-one = Wybierz 1 odpowiedź. Albo wybierz „Wolę nie odpowiadać”.
fix-nothing-chosen-many = Wybierz 1 lub więcej odpowiedzi. Albo wybierz „Wolę nie odpowiadać”.
fix-exclusive = Wybierz samo „{ $answer }”. Albo wybierz inne odpowiedzi bez niego.
fix-too-long = Napisałeś { $length } liter. Możesz napisać do { $limit } liter.

## Sprawdź odpowiedzi

check-title = Sprawdź odpowiedzi
check-1 = To są twoje odpowiedzi. Możesz zmienić odpowiedź, zanim ją wyślesz.
check-send-heading = Wyślij odpowiedzi
check-send-1 = Po wysłaniu nie możesz zmienić odpowiedzi.
check-send-2 = Nikt nie będzie wiedział, że odpowiedzi są twoje.
check-send-button = Wyślij moje odpowiedzi

## Dziękujemy

done-title = Dziękujemy
done-heading = Dziękujemy
done-1 = Dostaliśmy twoje odpowiedzi.
done-2 = Nie wiemy, kim jesteś. Nikt nie wie, które odpowiedzi są twoje.
done-next-1 = Młodzi ludzie z rady młodzieżowej przeczytają twoje odpowiedzi.
done-next-2 = Powiedzą dorosłym, którzy decydują, co napisałeś.
done-next-3 = Powiemy ci, co się zmieni.
talk-heading = Potrzebujesz teraz z kimś porozmawiać?
done-talk-1 = Ankieta cię zdenerwowała? Możesz z kimś porozmawiać. To nic nie kosztuje.

## Pomoc

help-title = Potrzebujesz teraz z kimś porozmawiać?
help-1 = Nie musisz radzić sobie sam.
help-2 = Ci ludzie cię wysłuchają. To nic nie kosztuje. Nie musisz mówić, jak masz na imię.
help-adult-1 = Możesz też porozmawiać z dorosłym, któremu ufasz. Na przykład z nauczycielem, opiekunem młodzieży albo kimś z rodziny.
help-saved = Twoje odpowiedzi są nadal zapisane.
support-childline-name = Childline
support-childline-what = Za darmo i poufnie. W dzień i w nocy. Dla osób poniżej 19 lat. Możesz też pisać na childline.org.uk.
support-emergency-name = Służby ratunkowe
support-emergency-what = Zadzwoń, jeśli ty lub ktoś inny jest teraz w niebezpieczeństwie.

# The printed poster that invites young people to the survey
poster-scan = Zeskanuj kod aparatem w telefonie. Albo wejdź na:
poster-time = To zajmie około 10 minut. Nigdy nie pytamy, jak masz na imię.
poster-help = Potrzebujesz teraz z kimś porozmawiać? Zadzwoń za darmo do Childline: 0800 1111.
poster-qr-code = Kod do zeskanowania aparatem w telefonie

## Zapisywanie i powrót

saved-title = Zapisaliśmy twoje odpowiedzi
saved-code-1 = To jest twój kod:
saved-1 = Zapisz kod. Albo zrób mu zdjęcie.
saved-2 = Możesz użyć kodu 1 raz. Działa przez { $days } dni.
saved-3 = Możesz kontynuować na każdym telefonie lub komputerze.
saved-4 = Wejdź do tej ankiety. Potem wybierz „Kontynuuj z kodem”.
saved-5 = Nikomu nie pokazuj swojego kodu.
carry-on-now = Kontynuuj teraz
resume-title = Wpisz swój kod
resume-hint = Twój kod to 4 słowa i liczba. Na przykład: otter lemon cloud river 4721.
resume-button = Kontynuuj
resume-empty = Wpisz swój kod.
resume-wrong-shape = Twój kod to 4 słowa i liczba. Sprawdź, co wpisałeś.
resume-not-found = Nie możemy znaleźć odpowiedzi dla tego kodu. Sprawdź słowa i liczbę. Kod działa 1 raz, przez { $days } dni.
wait-title = Poczekaj
wait-1 = Ktoś wpisał wiele kodów. Dlatego na chwilę wstrzymaliśmy kody.
wait-2 = Twoje odpowiedzi są nadal zapisane.
wait-3 = Wpisz kod ponownie za { $minutes ->
        [one] 1 minutę
        [few] { $minutes } minuty
       *[many] { $minutes } minut
    }.
wait-4 = Albo zacznij ankietę od nowa.
go-to-survey-start = Przejdź na początek ankiety

## Gdy coś pójdzie nie tak

not-found-title = Nie możemy znaleźć tej strony
not-found-1 = Wpisałeś adres? Sprawdź, czy jest dobry.
not-found-2 = Kliknąłeś link? Ankieta mogła się przenieść.
expired-title = Ta strona jest za stara
expired-1 = Strony działają tylko przez krótki czas.
expired-2 = Wróć. Odśwież stronę. Potem spróbuj jeszcze raz.
expired-3 = Twoje zapisane odpowiedzi nadal tam są.
too-much-title = Wysłałeś za dużo
too-much-1 = Wróć. Napisz mniej. Potem wyślij jeszcze raz.
wrong-title = Coś poszło nie tak
wrong-1 = Nie mogliśmy użyć tego, co zostało wysłane.
wrong-2 = Wróć. Użyj przycisków na stronie.
broken-title = Coś nie działa
broken-1 = Coś nie działa po naszej stronie. To nie twoja wina.
broken-2 = Spróbuj ponownie później.
broken-3 = Twoje zapisane odpowiedzi nadal tam są.
go-to-start = Przejdź na początek
closed-title = Ta ankieta jest zamknięta
closed-1 = Nie możesz teraz odpowiedzieć na tę ankietę.
closed-2 = Dziękujemy, że chciałeś pomóc.
closed-3 = Poczekaj na następną ankietę.
closed-open-now = Zobacz otwarte ankiety
report-download-pdf = Pobierz ten raport jako plik do wydruku
findings-pdf = Plik do wydruku
findings-of = – { $title }

## Where an action of the register stands

action-status-planned = Zrobimy to do { $date }.
action-status-doing = Robimy to teraz. Skończymy do { $date }.
action-status-done = Zrobiliśmy to.
action-status-dropped = Już tego nie robimy.
