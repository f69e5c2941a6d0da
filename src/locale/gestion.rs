//! Text of the partners' back office (`/gestion`), in French only: the
//! structures and coordinators who use it are French. One place, so a
//! change of wording touches no handler.

pub const TITLE: &str = "Gestion des fiches";
pub const SIGN_IN_TITLE: &str = "Connexion — gestion des fiches";
pub const SIGN_IN_LEAD: &str = "Espace réservé aux structures et aux coordinations départementales invitées. Il ne sert pas à demander de l'aide : en danger, appelez le 17 ou le 112, ou envoyez un SMS au 114.";
pub const EMAIL: &str = "Adresse e-mail";
pub const PASSWORD: &str = "Mot de passe";
pub const PASSWORD_CONFIRM: &str = "Mot de passe, une seconde fois";
pub const PASSWORD_HINT: &str =
    "Au moins 12 caractères. Une phrase de plusieurs mots est plus sûre et plus facile à retenir.";
pub const CODE: &str = "Code à 6 chiffres de votre application d'authentification";
pub const SIGN_IN: &str = "Se connecter";
pub const SIGN_OUT: &str = "Se déconnecter";
pub const WRONG: &str = "Adresse, mot de passe ou code incorrect.";
/// `{until}`: the time the lock ends (HH:MM, Paris).
pub fn locked(until: &str) -> String {
    format!("Trop d'essais infructueux : par sécurité, la connexion est bloquée jusqu'à {until} (heure de Paris). Réessayez ensuite. Si ce n'était pas vous, prévenez l'administrateur de Maillage.")
}
pub const SIGNED_OUT: &str = "Vous êtes déconnecté.";
pub const EXPIRED: &str = "Votre session a expiré (30 minutes sans activité) : reconnectez-vous.";

pub const INVITE_TITLE: &str = "Activer votre compte";
/// `{email}`, `{role}`.
pub fn invite_lead(email: &str, role: &str) -> String {
    format!("Invitation pour {email} ({role}). Choisissez un mot de passe ; l'étape suivante configure le second facteur.")
}
pub const INVITE_SUBMIT: &str = "Enregistrer le mot de passe";
pub const INVITE_GONE: &str = "Cette invitation a déjà servi, a été révoquée ou a expiré. Demandez-en une nouvelle à l'administrateur de Maillage.";
pub const PASSWORD_SHORT: &str = "Le mot de passe doit compter au moins 12 caractères.";
pub const PASSWORD_LONG: &str = "Le mot de passe ne peut dépasser 256 caractères.";
pub const PASSWORD_MISMATCH: &str = "Les deux mots de passe diffèrent.";
pub const TOTP_TITLE: &str = "Second facteur";
pub const TOTP_LEAD: &str = "Ajoutez ce compte à votre application d'authentification (FreeOTP, Aegis, Google Authenticator…) en scannant le code QR, ou en copiant l'adresse ci-dessous, puis saisissez le premier code qu'elle affiche.";
pub const TOTP_URI: &str = "Adresse à copier dans l'application :";
pub const TOTP_SUBMIT: &str = "Activer le compte";
pub const TOTP_WRONG: &str = "Ce code ne correspond pas. Vérifiez l'heure de votre téléphone et saisissez le code affiché maintenant.";

pub const ROLE_EDITOR: &str = "rédaction des fiches de votre structure";
pub const ROLE_REVIEWER: &str = "coordination départementale";
pub const SIGNED_IN_AS: &str = "Connecté :";
pub const YOUR_RECORDS: &str = "Vos fiches";
pub const EDIT: &str = "Proposer une modification";
pub const NO_RECORDS: &str = "Aucune fiche ne vous est confiée.";
pub const YOUR_PROPOSALS: &str = "Vos propositions";
pub const NO_PROPOSALS: &str = "Aucune proposition.";
/// `{dep}`.
pub fn pending_h(dep: &str) -> String {
    format!("Modifications en attente — département {dep}")
}
pub const NO_PENDING: &str = "Aucune modification en attente.";
pub const FIELD: &str = "Champ";
pub const PUBLISHED: &str = "Publié aujourd'hui";
pub const PROPOSED: &str = "Proposé";
/// `{author}`, `{date}`.
pub fn proposed_by(author: &str, date: &str) -> String {
    format!("Proposé par {author} le {date}")
}
pub const ACCEPT: &str = "Accepter et publier";
pub const REJECT: &str = "Refuser";
pub const OWN_CHANGE_NOTE: &str =
    "C'est votre propre proposition : une autre personne du département doit la relire.";
pub const REPORTS_H: &str = "Signalements du public sur ces fiches";
pub const NO_REPORTS: &str = "Aucun signalement en attente.";
pub fn verified_on(date: &str) -> String {
    format!("Vérifiée par la structure le {date}")
}
pub const NEVER_VERIFIED: &str = "Jamais vérifiée par la structure";
pub const DUE: &str = "à revérifier";
pub const STATUS: [(&str, &str); 4] = [
    ("pending", "en attente de relecture"),
    ("accepted", "acceptée et publiée"),
    ("rejected", "refusée"),
    ("superseded", "remplacée par une modification plus récente"),
];

pub const EDIT_TITLE: &str = "Modifier une fiche";
pub const EDIT_LEAD: &str = "Votre proposition sera relue par une autre personne de la coordination départementale avant d'être publiée. Rien ne change en ligne d'ici là. N'écrivez jamais l'adresse d'un hébergement.";
pub const PHONE: &str = "Téléphone principal";
pub const PHONE_OTHER: &str = "Autre téléphone";
pub const WEBSITE: &str = "Site web";
pub const ADDRESS: &str = "Adresse (une ligne par ligne d'adresse)";
pub const HOURS: &str =
    "Horaires d'ouverture (ex. : lundi-vendredi 09:00-12:00,14:00-17:00; samedi 09:00-12:00)";
pub const HOURS_NOTE: &str = "Précision sur les horaires";
pub const PERMANENCES: &str = "Permanences : où et quand (une par ligne)";
pub const LANGUAGES: &str = "Langues parlées sur place (une par ligne)";
pub const ACCESSIBILITY: &str = "Accessibilité (une information par ligne)";
pub const DESCRIPTION: &str = "Ce que nous faisons, en quelques phrases";
pub const SUBMIT_PROPOSAL: &str = "Envoyer pour relecture";
/// `{field}`, `{message}`.
pub fn field_error(field: &str, message: &str) -> String {
    format!("Champ « {field} » : {message}")
}
pub const SHELTER_ADDRESS: &str = "L'adresse d'un hébergement n'est jamais publiée.";
pub const SENT: &str =
    "Proposition envoyée : elle sera publiée après relecture par la coordination départementale.";
pub const ACCEPTED: &str = "Modification acceptée : elle est publiée dans les prochaines secondes.";
pub const REJECTED: &str = "Modification refusée.";

pub const FORBIDDEN: &str = "Cette action ne vous est pas permise. La tentative est enregistrée.";
pub const OWN_CHANGE: &str = "Vous ne pouvez pas accepter ni refuser votre propre modification : une autre personne du département doit la relire.";
pub const ALREADY_DECIDED: &str = "Cette modification a déjà été traitée.";
pub const CROSS_SITE: &str = "Formulaire refusé : il ne vient pas de ce site.";
pub const BAD_TOKEN: &str = "Formulaire expiré ou incomplet : rechargez la page et recommencez.";
pub const BAD_FORM: &str = "Formulaire illisible ou trop long.";
pub const OFF: &str = "La gestion des fiches n'est pas ouverte sur ce serveur.";
pub const FAILED: &str =
    "Une erreur est survenue de notre côté ; rien n'a été modifié. Réessayez dans un instant.";
pub const UNKNOWN_PAGE: &str = "Cette page n'existe pas.";

/// Names of the fields, as the side-by-side table and errors show them.
pub fn field_name(id: &str) -> &'static str {
    match id {
        "phone" => "Téléphones",
        "email" => "E-mail",
        "website" => WEBSITE,
        "address" => "Adresse",
        "hours" => "Horaires",
        "hours_note" => "Précision sur les horaires",
        "permanences" => "Permanences",
        "languages" => "Langues",
        "accessibility" => "Accessibilité",
        "description" => "Ce que nous faisons",
        _ => "Champ",
    }
}
