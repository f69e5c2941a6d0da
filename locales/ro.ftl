# Maillage — the essentials in one language (`/ro/`), the poster's sentence,
# and the line offering this page. Translated from fr.ftl; numbers are never
# written here: { $line }, { $police }, { $eu }, { $sms } come from the data.

language-name = Română
language-direction = ltr
# Set to yes once a native speaker has reviewed this file (start with
# `line`, `poster` and the safety lines).
language-reviewed = no

title = Violența în familie: ajutor în Franța
lead = Nu sunteți singură. Aceste numere sunt gratuite.
quick-exit = Ieșire
quick-exit-hint = sau Shift ×3
exit-press-more =
    { $n ->
        [one] apăsați încă o dată…
       *[other] apăsați încă de { $n } ori…
    }
exit-press-once = …încă o dată
skip = Salt la conținut
danger-heading = Pericol imediat
police = Poliția sau jandarmeria
eu = Orice urgență, de pe orice telefon mobil
sms = Prin SMS, dacă nu puteți vorbi
listen-heading = Ascultare și sfaturi, 24 de ore din 24
line = Violences Femmes Info: pentru femeile victime ale violenței și apropiații lor. Gratuit, anonim, nu apare pe factură. Nu este un număr de urgență.
child = Copil în pericol
find-heading = Găsiți ajutor lângă dumneavoastră
find-label = Localitatea (commune) sau codul poștal
find-button = Căutați
find-note = Rezultatele sunt în limba franceză.
safety-heading = Siguranța dumneavoastră
safety-exit = Butonul „Ieșire” din partea de sus a paginii deschide un site neutru. Pe tastatură: apăsați de 3 ori tasta Shift.
safety-history = Acest site nu păstrează nicio urmă a căutărilor dumneavoastră. Browserul păstrează istoricul: ștergeți-l după vizită.
poster = Violență acasă? { $line }: ascultare gratuită și anonimă, 24 de ore din 24. În pericol: { $police } sau { $eu }, SMS { $sms }.
offer = Aceste informații există în limba română
languages = Limbi
