//! French text.

use super::ui::Labels;
use crate::domain::model::ids;
use crate::domain::{Audience, Category, Service};

pub static LABELS: Labels = Labels { category, audience };

pub fn category(c: Category) -> &'static str {
    match c {
        Category::Emergency => "Urgence",
        Category::ListeningLine => "Écoute et information",
        Category::VictimSupport => "Aide aux victimes",
        Category::WomensRights => "Droits des femmes (CIDFF)",
        Category::Justice => "Justice et accès au droit",
        Category::SocialServices => "Action sociale (CCAS, mairie)",
        Category::Police => "Police et gendarmerie",
        Category::Health => "Santé",
        Category::Shelter => "Hébergement",
        Category::Disability => "Handicap",
        Category::Elderly => "Personnes âgées",
        Category::Children => "Enfance et jeunesse",
        Category::OnlineService => "Service en ligne",
        Category::Housing => "Logement (ADIL)",
        Category::AccessToRights => "Accès aux droits et démarches (France Services)",
    }
}

pub fn audience(a: Audience) -> &'static str {
    match a {
        Audience::Everyone => "Tout public",
        Audience::Women => "Femmes",
        Audience::Children => "Enfants",
        Audience::Youth => "Jeunes",
        Audience::Elderly => "Personnes âgées",
        Audience::Disabled => "Personnes handicapées",
        Audience::Deaf => "Personnes sourdes ou malentendantes",
        Audience::Lgbt => "Personnes LGBT+",
        Audience::Witnesses => "Témoins et proches",
        Audience::Perpetrators => "Auteurs de violences",
        Audience::Professionals => "Professionnels",
    }
}

/// Messages of the API's problem documents and of error pages.
pub mod errors {
    pub const BODY_NOT_ALLOWED: &str =
        "Cette requête ne prend pas de corps : envoyez-la sans contenu.";
    pub const BODY_BROKEN: &str = "Le corps de la requête est arrivé incomplet ou mal formé.";
    pub const BODY_TOO_SLOW: &str =
        "Le corps de la requête n'est pas arrivé à temps (10 secondes) : renvoyez-la.";
    pub const REPORT_CONTENT_TYPE: &str =
        "Le corps doit être du JSON (Content-Type: application/json).";
    pub const REPORT_TOO_LARGE: &str = "Le corps dépasse 4 096 octets.";
    pub const REPORT_BODY: &str = "Le corps doit être un objet JSON {\"field\": …, \"value\": …, \"comment\": …} sans autre clé.";
    pub const REPORT_BUSY: &str =
        "Trop de signalements en attente d'écriture : réessayez plus tard.";
    pub const REPORT_TOO_MANY: &str =
        "Cette fiche a déjà trop de signalements ouverts en attente de vérification.";
    pub const REPORTS_OFF: &str = "Les signalements ne sont pas ouverts sur ce serveur.";
    pub const EMPTY_QUERY: &str =
        "Le paramètre « {p} » est vide : indiquez une commune ou un code postal.";
    pub const TOO_LONG: &str = "Le paramètre « {p} » est trop long (100 caractères au plus).";
    pub const BAD_CHARS: &str =
        "Le paramètre « {p} » contient des caractères qui n'apparaissent pas dans un nom de lieu.";
    pub const NOT_A_NUMBER: &str = "Le paramètre « {p} » doit être un nombre.";
    pub const OUT_OF_RANGE: &str = "Le paramètre « {p} » est hors limites ({range}).";
    pub const UNKNOWN_VALUE: &str =
        "Le paramètre « {p} » a une valeur inconnue ; valeurs possibles : {values}.";
    pub const BAD_CODE: &str = "Le paramètre « {p} » n'est pas valide : {why}.";
    pub const LAT_LON_PAIR: &str =
        "« lat » et « lon » vont ensemble : un seul des deux est ignoré.";
    pub const SEVERAL_PLACES: &str = "Plusieurs lieux indiqués : « commune » l'emporte sur « postcode », qui l'emporte sur « lat »/« lon ».";
    pub const NO_COMMUNE_NEAR: &str = "Aucune commune à moins de 50 km de ce point.";
    pub const UNKNOWN_COMMUNE: &str = "Aucune commune n'a le code INSEE {code}.";
    pub const UNKNOWN_POSTCODE: &str = "Aucune commune n'a le code postal {code} : c'est peut-être un code CEDEX. Communes du code postal le plus proche : {near}.";
    pub const UNKNOWN_RESOURCE: &str = "Aucune fiche n'a l'identifiant demandé.";
    pub const NOT_FOUND: &str = "Cette adresse n'existe pas sur Maillage.";
    pub const BAD_QUERY_STRING: &str =
        "Les paramètres de la requête sont mal formés (encodage invalide ?).";
    pub const METHOD: &str = "Seule la méthode GET est acceptée ici.";
    pub const PREFLIGHT_REFUSED: &str =
        "Requête préalable CORS refusée : seules les méthodes GET et HEAD sont ouvertes à tous les sites.";
    pub const NOT_ACCEPTABLE: &str =
        "Cette ressource est servie en JSON (application/json ou application/problem+json).";
    pub const RATE_LIMITED: &str = "Trop de requêtes : réessayez dans quelques secondes.";
    pub const UNKNOWN_PARAM: &str =
        "Paramètre inconnu « {p} » (faute de frappe ?) ; paramètres possibles : {known}.";
    pub const INTERNAL: &str = "Erreur interne : la réponse n'a pas pu être écrite.";
    pub const SEARCH_UNAVAILABLE: &str =
        "La recherche est momentanément indisponible : réessayez dans un instant. Les numéros nationaux (17, 112, 114, 3919) restent valables.";
    pub const NOT_READY: &str = "L'index n'est pas chargé.";
    pub const STOPPING: &str = "Ce serveur s'arrête : les requêtes vont à un autre.";
    pub const URI_TOO_LONG: &str = "L'adresse demandée est trop longue (2 048 caractères au plus).";
    pub const HEADERS_TOO_LARGE: &str =
        "Les en-têtes de la requête sont trop volumineux (8 Ko au plus).";
}

pub static UI: super::ui::Ui = super::ui::Ui {
    lang: super::ui::Lang::Fr,
    prefix: "",
    site_tagline: "Qui appeler, où aller",
    quick_exit: "Quitter ce site",
    quick_exit_hint: "ou Maj ×3",
    exit_press_more: "Appuyez encore {n} fois sur Maj pour quitter le site.",
    exit_press_once: "Appuyez encore une fois sur Maj pour quitter le site.",
    skip_to_content: "Aller au contenu",
    safety_link: "Sécurité : effacer mes traces",
    other_lang: "English",
    other_lang_code: "en",
    title_home: "Aide et contacts",
    title_place: "Aide et contacts — {place}",
    title_choose: "Choisir une commune",
    title_safety: "Sécurité : effacer mes traces",
    title_resource: "Aide et contacts — fiche",
    place_not_found_h: "Lieu introuvable",
    title_refused: "Demande non comprise",
    title_failed: "Erreur de notre côté",
    title_error: "Page introuvable",
    home_h1: "Trouver de l'aide près de chez vous",
    home_lead: "Victime, témoin, proche ou professionnel : indiquez une commune pour voir qui appeler et où aller.",
    search_label: "Commune ou code postal",
    search_hint: "Par exemple : Belley, 01300, Paris 11",
    search_button: "Chercher",
    urgent_h: "Urgence",
    urgent_17: "Police, gendarmerie",
    urgent_112: "Toute urgence, tout portable",
    urgent_114: "SMS, si parler est impossible",
    listen_h: "Écoute 24 h/24, 7 j/7",
    listen_3919: "Violences Femmes Info : écoute 24 h/24, gratuite, anonyme, n'apparaît pas sur la facture.",
    listen_not_emergency: "Ce n'est pas un numéro d'urgence.",
    listen_119: "Enfance en danger, ou inquiet pour un enfant.",
    near_h: "Près de {place}",
    near_none: "Aucune structure locale n'est encore recensée pour cette commune : les lignes nationales ci-dessus répondent partout.",
    no_geometry: "Pas encore de données locales pour ce territoire : les lignes nationales répondent.",
    national_h: "Autres lignes nationales, selon votre situation",
    filters_h: "Affiner",
    filter_category: "Type d'aide",
    filter_audience: "Pour qui",
    filter_any: "Tous",
    filter_open_now: "Ouvert maintenant",
    filter_free: "Gratuit",
    filter_apply: "Appliquer",
    open_now: "Ouvert maintenant",
    closes_at: "ferme à {t}",
    closed: "Fermé",
    opens_at: "ouvre {d} à {t}",
    today: "aujourd'hui",
    tomorrow: "demain",
    always_open: "24 h/24, 7 j/7",
    hours_h: "Horaires",
    km_away: "{d} km",
    updated: "Mis à jour le {d}",
    not_free: "numéro surtaxé",
    ordinary_call: "prix d'un appel normal",
    age: "Confirmée par sa source en {when}",
    age_old: "Information ancienne ({when}) : appelez avant de vous déplacer",
    age_checked: "Vérifiée en {when}",
    months: [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ],
    in_commune: "dans la commune",
    km_about: "à environ {d} km",
    leads_h: "Au plus près : une structure de chaque type",
    directions: "Itinéraire",
    colon: " : ",
    print_button: "Imprimer",
    hours_unpublished: "Horaires non publiés : appelez avant de vous déplacer.",
    paris_time: "Heures de Paris (métropole).",
    map_osm: "Carte (OpenStreetMap)",
    does: &[
        (Service::Gendarmerie, "Reçoit votre plainte ou votre signalement."),
        (Service::Police, "Reçoit votre plainte ou votre signalement."),
        (Service::Cidff, "Juristes et psychologues : information gratuite et confidentielle sur vos droits, aide dans les démarches et vers l'autonomie."),
        (Service::VictimSupport, "Aide gratuite et confidentielle, avec ou sans plainte : vos droits, un soutien psychologique, un accompagnement pendant la procédure."),
        (Service::Mjd, "Accueil gratuit et confidentiel : information sur vos droits, consultations juridiques sur rendez-vous, aide aux victimes."),
        (Service::PointJustice, "Information gratuite sur vos droits près de chez vous ; consultations juridiques sur rendez-vous."),
        (Service::FranceServices, "Des agents vous aident dans vos démarches (papiers, droits, allocations) ; permanences de justice ou d'aide aux victimes dans certains lieux."),
        (Service::Ccas, "Action sociale de la commune : accueil, aides d'urgence, accompagnement dans les démarches."),
        (Service::Mairie, "Vous oriente vers l'action sociale de la commune (CCAS) : accueil, aides d'urgence, démarches."),
    ],
    leads_intro: "Police ou gendarmerie, droits des femmes, aide aux victimes, justice, France Services et CCAS : la plus proche de chaque type, celle de votre département quand il en a une.",
    rest_h: "Autres structures, de la plus proche à la plus lointaine",
    place_commune_point: "Distance approximative : la position publiée manque ou est fausse, le centre de la commune est utilisé.",
    place_itinerant: "Service itinérant : l'adresse est celle de sa base ; appelez pour savoir où et quand il passe.",
    filters_reset: "Toute l'aide près de {place}, sans filtre",
    filters_emptied: "Aucune structure près de {place} ne correspond à ces filtres : {filters}.",
    filter_without: "Sans le filtre « {filter} »",
    see_all: "Voir toutes les structures proches ({n})",
    also_reachable: "Aussi dans le département, sans coordonnées publiées (par la mairie, la gendarmerie ou le 3919) : {names}.",
    source: "Source",
    source_name: "Nom dans la source (ancienne appellation)",
    needs_review: "Information à confirmer auprès de la structure",
    free: "gratuit",
    anonymous: "anonyme",
    sms: "SMS",
    website: "Site",
    chat: "Tchat",
    email: "E-mail",
    details: "Détails",
    choose_h: "Plusieurs lieux correspondent",
    choose_lead: "Choisissez votre commune :",
    former_of: "ancienne commune {f}",
    unknown_place: "Ce lieu est introuvable. Vérifiez l'orthographe dans le champ de recherche ou essayez le code postal. Les lignes nationales ci-dessus répondent partout en France.",
    unknown_postcode: "Aucune commune n'a le code postal {pc} : c'est peut-être un code CEDEX (entreprises, administrations). Communes du code postal le plus proche ({near}) :",
    see_also: "Voir aussi : ",
    whole_city: "toute la ville",
    print_poster: "Imprimer une affiche pour mon commerce",
    dep_directory: "Annuaire du département (professionnels)",
    witness_h: "Témoin ou proche ?",
    witness_text: "Vous pouvez appeler le 3919 pour savoir comment aider, et le 17 si quelqu'un est en danger. Écoutez sans juger, ne vous mettez pas en danger, proposez de garder des documents ou un sac en lieu sûr.",
    days: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    about_link: "À propos et sources",
    embed_link: "Intégrer sur votre site",
    safety_body: &[
        ("Le bouton « Quitter ce site »", "Il remplace aussitôt cette page par un site neutre (la météo), dans le même onglet. Au clavier : appuyez trois fois de suite sur la touche Maj, seule, sans autre touche entre deux ; taper des majuscules ou des chiffres ne déclenche rien. Il n'efface pas l'historique."),
        ("Ce que montre le bouton Retour", "Après une sortie, le bouton Retour ne montre plus la page quittée, mais il peut ramener à la page de ce site vue juste avant : supprimez ce site de l'historique, ou utilisez la navigation privée."),
        ("Navigation privée", "Ouvrez une fenêtre de navigation privée (Ctrl+Maj+N ou Cmd+Maj+N ; sur téléphone, « onglet privé ») : l'historique n'est pas gardé après la fermeture."),
        ("Effacer seulement ce site", "Dans l'historique du navigateur, supprimez uniquement les pages de ce site. Tout effacer peut paraître suspect."),
        ("Appels", "Le {line} et le {child} n'apparaissent pas sur la facture, mais ils restent dans le journal d'appels du téléphone. Dans l'application Téléphone, appuyez longuement sur l'appel (ou touchez « i », puis « Modifier ») et choisissez « Supprimer »."),
        ("SMS au {sms}", "Le {sms} reçoit les SMS quand parler n'est pas possible. Le message envoyé reste dans l'application Messages : une fois l'échange fini, supprimez la conversation avec le {sms}. Si vos messages sont aussi lus sur une tablette ou un ordinateur (messagerie synchronisée), ils peuvent y rester visibles."),
        ("Partage de position", "Un téléphone peut montrer où vous êtes, en continu, à une autre personne : « Partage de position » de Google Maps, « Localiser » (Find My) sur iPhone, la carte de Snapchat (Snap Map), les applications « famille » ou de contrôle parental. Quelqu'un qui a eu votre téléphone en main a pu l'activer. Vérifiez dans chaque application avec qui votre position est partagée."),
        ("Comptes partagés et sauvegardes", "Si l'autre personne connaît le mot de passe de votre compte Google, Apple (iCloud) ou de votre messagerie, elle peut voir vos photos, vos messages, votre historique et votre position depuis un autre appareil, sans toucher à votre téléphone. Dans les réglages du compte, la liste des « appareils connectés » montre qui y a accès."),
        ("Logiciels espions", "Des applications vendues pour « surveiller » permettent de lire les messages, d'écouter les appels et de suivre la position, en se cachant. Elles s'installent le plus souvent avec le téléphone en main. Signes possibles : la batterie se vide ou le téléphone chauffe sans raison, des données sont consommées, une application inconnue apparaît, l'autre personne sait des choses que vous ne lui avez pas dites. Ne supprimez rien seule : cela peut l'alerter, et ce sont aussi des preuves."),
        ("Changer les choses avec prudence", "Couper un partage, changer un mot de passe ou supprimer une application d'un coup peut alerter l'autre personne et augmenter le danger. Préparez ces changements avec une professionnelle : le {line} (gratuit, anonyme) ou un CIDFF près de chez vous. Au moment de partir, un nouveau téléphone, réglé hors de la maison, est plus sûr que l'ancien."),
        ("Un appareil sûr", "Si possible, utilisez un téléphone ou un ordinateur que l'autre personne ne peut pas consulter (travail, proche, médiathèque). Un historique synchronisé, un mot de passe enregistré, les journaux d'un routeur échappent à ce site."),
        ("Ce que fait ce site", "Aucun cookie, aucun stockage dans le navigateur, aucune requête vers un autre site, aucune trace de vos recherches sur nos serveurs."),
    ],
    safety_sources: "Sources : Centre Hubertine Auclert, « Guide de protection numérique » (guide-protection-numerique.com) ; CNIL, conseils sur le partage de géolocalisation (17 septembre 2025) ; Coalition Against Stalkerware (stopstalkerware.org). Le détail est dans nos sources de données.",
    error_back: "Retour à l'accueil",
    needs: [
        "Si vous ne pouvez pas parler : écrire",
        "Aide aux victimes",
        "Enfants et jeunes",
        "Handicap, personnes âgées",
        "Santé, hébergement",
        "Pour les auteurs de violences",
    ],
    pros_h: "Commerçants, pharmaciens, professionnels",
    pros_text: "Imprimez pour votre commune une affiche et des cartes à remettre discrètement, ou intégrez ces contacts sur votre site.",
    witness_link: "Témoin ou proche : que faire ?",
    poster_link: "Affiche et cartes pour un commerce",
    title_witness: "Témoin ou proche : que faire ?",
    witness_lead: "Vous pensez qu'une personne de votre entourage subit des violences ? Vous pouvez l'aider sans vous mettre en danger.",
    witness_do_h: "Ce que vous pouvez faire",
    witness_do: &[
        "Écouter sans juger, et dire que vous la croyez.",
        "Lui dire que ce n'est pas de sa faute et qu'elle n'est pas seule.",
        "Lui donner le {line} et le {police}, discrètement, là où personne ne les verra.",
        "Proposer de garder en lieu sûr des papiers, un double des clés ou un sac.",
        "Appeler vous-même le {line} pour savoir comment l'aider : la ligne répond aussi aux proches.",
    ],
    witness_dont_h: "Ce qu'il vaut mieux éviter",
    witness_dont: &[
        "Affronter l'auteur des violences, ou vous mettre en danger.",
        "Décider à sa place, ou la presser de partir : elle connaît le danger mieux que personne.",
        "Parler de la situation à des personnes qui pourraient la répéter, ou sur les réseaux sociaux.",
    ],
    witness_call_h: "Qui appeler",
    witness_calls: &[
        (ids::POLICE, "quelqu'un est en danger maintenant (ou le 112)."),
        (ids::SMS_EMERGENCY, "par SMS, si vous ne pouvez pas parler sans danger."),
        (ids::VIOLENCES_FEMMES_INFO, "pour savoir comment aider ; écoute 24 h/24, gratuite et anonyme. Ce n'est pas un numéro d'urgence."),
        (ids::CHILDREN_IN_DANGER, "un enfant est en danger, ou vous êtes inquiet pour un enfant."),
        (ids::VICTIM_SUPPORT, "aide aux victimes, aussi pour les proches et les témoins."),
        (ids::POLICE_CHAT, "tchat avec des policiers et gendarmes formés, pour les victimes et les témoins, 24 h/24."),
    ],
    licences: &[],
    params_ignored: "Ce lien contient un paramètre que le site ne connaît pas, ignoré : {names}.",
    witness_near_h: "Près de {place}",
    witness_near_lead: "La police ou la gendarmerie, l'aide aux victimes et le CIDFF les plus proches de la commune.",
    witness_note_h: "Ce que vous pouvez noter",
    witness_note: &[
        "Les dates et les heures.",
        "Les faits, avec vos mots : ce que vous avez vu, ce que vous avez entendu.",
        "Seulement ce que vous avez vu ou entendu vous-même : c'est ce qu'un juge peut retenir d'un témoin.",
        "Gardez ces notes là où l'auteur des violences ne peut pas les trouver.",
    ],
    witness_statement_h: "Témoigner par écrit",
    witness_statement: "Si la victime vous le demande, vous pouvez écrire une attestation de témoin pour le juge, sur le formulaire officiel cerfa n° 11527*03 ou sur papier libre. Vous y racontez les faits que vous avez vus ou entendus vous-même ; vous l'écrivez, la datez et la signez de votre main, et vous y joignez une copie d'une pièce d'identité qui porte votre signature. Une fausse attestation est punie par la loi.",
    witness_statement_source: "Source : Code de procédure civile, article 202 (Légifrance) ; formulaire cerfa n° 11527*03 « Attestation de témoin ».",
    review_short: "à confirmer",
    err_empty: "Indiquez une commune ou un code postal.",
    err_too_long: "C'est trop long pour un nom de lieu (100 caractères au plus).",
    err_bad_chars: "Cela ne ressemble pas à un nom de lieu : utilisez des lettres, des chiffres, des espaces, des tirets.",
    err_bad_filter: "Ce filtre est inconnu : choisissez un type d'aide ou un public dans la liste.",
    err_unknown_resource: "Cette fiche n'existe pas ou plus.",
    status_messages: &[
        (400, "Les paramètres de la requête sont mal formés."),
        (404, "Cette adresse n'existe pas sur Maillage."),
        (405, "Seule la consultation (GET) est possible ici."),
        (414, "L'adresse demandée est trop longue."),
        (429, "Trop de requêtes : réessayez dans quelques secondes."),
        (431, "Les en-têtes de la requête sont trop volumineux."),
        (500, "Une erreur de notre côté empêche d'afficher cette page. Les numéros ci-dessous répondent toujours."),
        (503, "La recherche est momentanément indisponible. Les numéros ci-dessous répondent toujours : réessayez dans quelques minutes."),
    ],
    meta_home: "Victime, témoin ou proche de violences au sein du foyer : numéros d'urgence, 3919, et les structures d'aide près de chez vous (CIDFF, aide aux victimes, justice, CCAS, gendarmerie).",
    meta_place: "Qui appeler et où aller près de {place} : urgences, 3919, et les aides locales les plus proches.",
    meta_resource: "Coordonnées, horaires et source de « {name} ».",
    docs: &super::professional::FR,
    shops: &super::shops::FR,
    reports: &super::error_reports::FR,
};
