# Słowa, które widzą młodzi ludzie, po polsku. Tłumaczenie assets/messages/en/standard.ftl:
# identyfikatory i luki (np. { $organisation }) zostają takie same.

## Każda strona

language-name = Polski
skip-link = Przejdź do treści
header-help = Potrzebujesz teraz z kimś porozmawiać?
footer-help = Pomoc teraz
footer-display-options = Wygląd strony
footer-language = Język
footer-accessibility = Dostępność
footer-all-surveys = Wszystkie ankiety
footer-anonymous = Twoje odpowiedzi są anonimowe. Nigdy nie pytamy o twoje imię.
footer-run-by = Prowadzi: { $organisation }.
footer-contact = Kontakt:
footer-privacy-notice = Informacja o prywatności
title-error = Błąd: { $title }
back = Wstecz
continue = Dalej
error-summary-title = Jest problem
# Said by screen readers before the words of a problem next to a field.
error-prefix = Błąd:

## Pomoc w czytaniu nad pytaniem

reading-help = Pomoc w czytaniu
switch-to-easy-read = Przełącz na tekst łatwy do czytania
switch-to-standard = Przełącz na zwykły tekst
display-options-link = Wygląd strony: wielkość tekstu i kolory
language-link = Inne języki
read-aloud = Czytaj na głos
read-aloud-stop = Przestań czytać

## Wybór języka

language-title = Wybierz język
language-intro = Strony będą w tym języku na tym urządzeniu, dopóki nie zamkniesz przeglądarki. Pamiętamy twój wybór, ale nie wiemy, kim jesteś.
language-legend = Język
language-save = Użyj tego języka
language-cancel = Wróć bez zmian

## Strona główna

home-title = Wyraź swoje zdanie
home-lead = Powiedz nam, co myślisz. Twoje odpowiedzi są anonimowe i pomagają zdecydować, co zmieni się dla młodych ludzi.
home-none-open = Teraz nie ma otwartych ankiet. Wróć później.
home-open-heading = Otwarte ankiety
home-findings-heading = Co się stało po tym, jak nam powiedziałeś
home-findings-link = Przeczytaj, co młodzi ludzie powiedzieli we wcześniejszych ankietach i co z tym zrobiono

## Wygląd strony

display-title = Wygląd strony
display-saved = Ustawienia wyglądu są zapisane na tym urządzeniu.
display-go-back = Wróć tam, gdzie byłeś
display-intro = Zmień wygląd stron na tym urządzeniu. Pamiętamy twój wybór, ale nie wiemy, kim jesteś.
display-text-size = Wielkość tekstu
display-size-normal = Zwykła
display-size-large = Duża
display-size-extra-large = Bardzo duża
display-colours = Kolory i odstępy
display-high-contrast = Wysoki kontrast: biały i żółty tekst na czarnym tle
display-dyslexia = Dla osób z dysleksją: więcej miejsca między literami i wierszami, na kremowym tle
display-save = Zapisz ustawienia wyglądu
display-cancel = Wróć bez zmian

## Strona startowa

start-easy-read-version = Wersja łatwa do czytania
start-standard-version = Zwykła wersja tej strony
start-privacy-heading = Twoje odpowiedzi są prywatne
start-who-heading = Kto pyta
start-who = Tę ankietę prowadzi { $organisation }.
start-contact = Jeśli masz pytanie, skontaktuj się:
start-privacy-notice = Przeczytaj, jak { $organisation } dba o twoje odpowiedzi (informacja o prywatności)
start-already = Ankieta została już zaczęta na tym urządzeniu.
start-carry-on = Kontynuuj tam, gdzie skończyłeś
start-format-heading = Jak chcesz czytać pytania?
start-format-standard = Zwykły tekst
start-format-easy-read = Tekst łatwy do czytania: krótkie zdania, większe litery i obrazki
start-now = Zacznij
start-before-heading = Zacząłeś wcześniej?
start-before = Jeśli zapisałeś odpowiedzi,
start-carry-on-with-code = kontynuuj z kodem

## Pytanie

question-progress = Pytanie { $number } z { $total }
question-or = lub
question-skip = Wolę nie odpowiadać
question-other-label = Jeśli wybrałeś „{ $answer }”, możesz napisać więcej (nieobowiązkowe)
question-other-hint = Do { $limit } znaków.
question-free-text-hint = Możesz napisać do { $limit } znaków. Jeśli nie chcesz odpowiadać, wybierz „Wolę nie odpowiadać”.
question-sign-video = Obejrzyj to pytanie w brytyjskim języku migowym (BSL)
save-for-later = Zapisz i wróć później

## Gdy odpowiedź trzeba poprawić

fix-skip-with-answers = Wybierz odpowiedzi albo „Wolę nie odpowiadać”, nie jedno i drugie
fix-nothing-chosen-one = Wybierz jedną odpowiedź albo „Wolę nie odpowiadać”
fix-nothing-chosen-many = Wybierz co najmniej jedną odpowiedź albo „Wolę nie odpowiadać”
fix-exclusive = Odpowiedzi „{ $answer }” nie można łączyć z innymi. Wybierz samo „{ $answer }” albo inne odpowiedzi bez niego
fix-too-long = Odpowiedź może mieć najwyżej { $limit } znaków. Teraz ma { $length }

## Sprawdź odpowiedzi

check-title = Sprawdź odpowiedzi przed wysłaniem
check-change = Zmień
check-change-hidden = odpowiedź na: { $question }
check-send-heading = Teraz wyślij odpowiedzi
check-send = Po wysłaniu nie możesz zmienić odpowiedzi. Nikt nie będzie wiedział, że są twoje.
check-send-button = Wyślij moje odpowiedzi

## Dziękujemy

done-title = Odpowiedzi zostały wysłane
done-heading = Dziękujemy
done-sent = Twoje odpowiedzi zostały wysłane.
done-anonymous = Nie wiemy, kim jesteś, i nikt nie może rozpoznać, które odpowiedzi są twoje.
done-next-heading = Co będzie dalej
done-next = Młodzi ludzie z VOXY, młodzieżowej rady hrabstwa Oxfordshire, oraz zespół ds. konsultacji przeczytają każdą odpowiedź. Powiedzą Radzie Children's Trust, co powiedzieli młodzi ludzie, i opublikują, co się dzięki temu zmieni.
talk-heading = Potrzebujesz teraz z kimś porozmawiać?
done-talk = Jeśli coś w tej ankiecie cię zmartwiło lub zdenerwowało, możesz z kimś porozmawiać. To nic nie kosztuje.

## Pomoc

help-title = Potrzebujesz teraz z kimś porozmawiać?
help-lead = Nie musisz radzić sobie ze wszystkim sam. Ci ludzie cię wysłuchają. Rozmowa nic nie kosztuje i nie musisz podawać imienia.
help-adult = Możesz też porozmawiać z dorosłym, któremu ufasz, na przykład z nauczycielem, opiekunem młodzieży, lekarzem albo kimś z rodziny.
help-saved = Twoje dotychczasowe odpowiedzi są zapisane.
support-childline-name = Childline
support-childline-what = Bezpłatnie i poufnie, o każdej porze dnia i nocy, dla każdego poniżej 19 lat. Możesz też porozmawiać online na childline.org.uk (po angielsku).
support-emergency-name = Służby ratunkowe
support-emergency-what = Jeśli ty lub ktoś inny jest teraz w niebezpieczeństwie.

# The printed poster that invites young people to the survey
poster-scan = Zeskanuj kod aparatem w telefonie albo wejdź na:
poster-time = Zajmie to około 10 minut. Nigdy nie pytamy o twoje imię.
poster-help = Potrzebujesz teraz z kimś porozmawiać? Zadzwoń bezpłatnie do Childline: 0800 1111.
poster-qr-code = Kod QR ankiety

## Zapisywanie i powrót

saved-title = Twoje odpowiedzi są zapisane
saved-code-intro = To jest twój kod powrotu:
saved-how-long = Zapisz go albo zrób mu zdjęcie. Możesz go użyć raz, na dowolnym telefonie lub komputerze, w ciągu { $days } dni.
saved-how-to = Aby kontynuować później, wejdź do tej ankiety i wybierz „kontynuuj z kodem”. Nikomu nie pokazuj swojego kodu.
carry-on-now = Kontynuuj teraz
resume-title = Wpisz kod powrotu
resume-hint = To cztery angielskie słowa i liczba, na przykład „otter lemon cloud river 4721”.
resume-button = Kontynuuj
resume-empty = Wpisz kod powrotu
resume-wrong-shape = Kod powrotu to cztery słowa i liczba, na przykład „otter lemon cloud river 4721”
resume-not-found = Nie znaleźliśmy zapisanych odpowiedzi dla tego kodu. Sprawdź słowa i liczbę. Kod działa raz, przez { $days } dni
wait-title = Poczekaj, zanim spróbujesz ponownie
wait-paused = W krótkim czasie wpisano wiele kodów, więc wstrzymaliśmy to na { $minutes ->
        [one] 1 minutę
        [few] { $minutes } minuty
       *[many] { $minutes } minut
    }. Dzięki temu zapisane odpowiedzi wszystkich są bezpieczne.
wait-saved = Twoje zapisane odpowiedzi nadal tam są. Spróbuj wpisać kod po przerwie.
wait-start-again = Możesz też zacząć ankietę od początku.
go-to-survey-start = Przejdź na początek ankiety

## Gdy coś pójdzie nie tak

not-found-title = Nie znaleziono strony
not-found = Jeśli wpisałeś adres, sprawdź, czy jest poprawny. Jeśli kliknąłeś link do ankiety, ankieta mogła zostać przeniesiona.
expired-title = Ten formularz wygasł
expired = Dla twojego bezpieczeństwa formularze działają tylko przez jakiś czas i potrzebują włączonych plików cookie. Wróć, odśwież stronę i spróbuj ponownie. Twoje zapisane odpowiedzi są zachowane.
not-allowed-title = Ta strona nie może tego zrobić
not-allowed = Wróć i spróbuj ponownie, używając przycisków na stronie.
too-much-title = Wysłano za dużo
too-much = Wróć i wyślij mniej: odpowiedź może mieć do 2000 znaków, a plik do 32 MB.
wrong-title = Przepraszamy, coś było nie tak z tym żądaniem
wrong = Wróć i spróbuj ponownie.
wrong-reason = Nie mogliśmy użyć tego, co zostało wysłane: { $reason }.
wrong-buttons = Wróć i spróbuj ponownie, używając przycisków na stronie.
broken-title = Przepraszamy, usługa ma problem
broken = Spróbuj ponownie później. Odpowiedzi, które już zapisałeś, są zachowane.
go-to-start = Przejdź na początek
closed-title = Ta ankieta jest zamknięta
closed-thanks = Dziękujemy, że chciałeś wziąć udział w ankiecie { $survey }.
closed-next = Ankieta nie przyjmuje już odpowiedzi. Poczekaj na następną albo zobacz
closed-open-now = otwarte ankiety

## Raporty: słowa wokół każdego raportu i raport „Powiedzieliście nam” w tekście łatwym do czytania

report-links = Odnośniki raportu
report-published-by = Publikuje: { $publisher }
report-prepared-on = Przygotowano: { $date }
report-contents = Spis treści
report-note = Uwaga:
report-you-said = Powiedzieliście:
report-we-did = Zrobiliśmy:
action-label-planned = Zrobimy:
action-label-doing = Robimy:
action-label-done = Zrobiliśmy:
action-label-dropped = Planowaliśmy:
action-status-planned = Zaplanowane, do { $date }.
action-status-doing = W trakcie, do { $date }.
action-status-done = Zrobione.
action-status-dropped = Nie będzie realizowane.
report-page = Strona
report-of = z
report-footer = Zrobione w youthvoice. Młodzi ludzie odpowiadali bez podawania imienia. Nie pokazujemy małych liczb.
report-status = Wersja { $version }, opublikowana { $date }
report-all-findings = Wszystkie wyniki
report-download-pdf = Pobierz jako PDF
findings-title = Co powiedzieli nam młodzi ludzie
findings-lead = Co roku młodzi ludzie w Oxfordshire mówią nam, co myślą. Oto, co powiedzieli, i co się z tym robi.
findings-none = Nie opublikowaliśmy jeszcze żadnych wyników. Zajrzyj tu później.
findings-pdf = PDF
findings-of = – { $title }
findings-earlier = Wcześniejsze wersje:
findings-version = wersja { $version }
findings-you-said-we-did = Powiedzieliście, zrobiliśmy
report-you-said-title = Powiedzieliście nam: nasza ankieta { $year }
report-you-said-subtitle = Co powiedzieli nam młodzi ludzie, w tekście łatwym do czytania
report-about-heading = O tym raporcie
report-answered = { $count } młodych ludzi odpowiedziało na naszą ankietę w { $year } roku.
report-answered-few = Mniej niż { $threshold } młodych ludzi odpowiedziało na naszą ankietę w { $year } roku.
report-thanks = Dziękujemy, że powiedzieliście nam, co myślicie.
report-what-it-says = Ten raport mówi, co nam powiedzieliście. Mówi też, co stanie się dalej.
report-told-heading = Co nam powiedzieliście
report-measure-tenths = { $question } Około { $tenths } na 10 młodych ludzi wybrało { $answers }.
report-measure-under-one = { $question } Mniej niż 1 na 10 młodych ludzi wybrało { $answers }.
report-measure-almost-all = { $question } Prawie wszyscy młodzi ludzie wybrali { $answers }.
report-measure-very-few = { $question } Bardzo niewielu młodych ludzi wybrało { $answers }.
report-quoted = „{ $answer }”
report-or = lub
report-change-more = To więcej niż w { $year } roku.
report-change-fewer = To mniej niż w { $year } roku.
report-change-same = To mniej więcej tyle samo co w { $year } roku.
report-asked-differently = W { $year } roku zadaliśmy to pytanie inaczej.
report-no-numbers = Za mało młodych ludzi odpowiedziało, żebyśmy mogli pokazać liczby.
report-own-words-heading = Waszymi słowami
report-own-words = Oto niektóre rzeczy, które napisaliście.
report-quote-by = Młoda osoba. Wiek: { $band }
report-still-reading = Młodzi ludzie z rady młodzieżowej wciąż czytają to, co napisaliście.
report-next-heading = Co stanie się dalej
report-next-soon = Wkrótce powiemy wam, co stanie się dalej.
report-next-in-english = Tę część zespół napisał po angielsku.
report-worried-heading = Jeśli coś cię martwi
report-worried-adult = Jeśli coś cię martwi, porozmawiaj z dorosłym, któremu ufasz.
report-childline = Możesz za darmo zadzwonić do Childline pod numer 0800 1111.
