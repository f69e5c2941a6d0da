//! Easy-read French (« facile à lire et à comprendre », FALC) for `/facile/`:
//! Inclusion Europe's rules — one idea a line, short sentences, common
//! words, numbers in digits, a pictogram beside each block. The facts are
//! those of the French pages (data/SOURCES.md); numbers come from the data
//! through `{police}`, `{sms}`, `{line}`, `{child}`, never written here.

use crate::domain::Category;

pub struct EasyRead {
    pub title_home: &'static str,
    pub home_h1: &'static str,
    pub home_lead: &'static [&'static str],
    pub danger_h: &'static str,
    pub danger: &'static [&'static str],
    pub talk_h: &'static str,
    pub talk: &'static [&'static str],
    /// Said only when the data says the line is free, or open day and night.
    pub talk_free: &'static str,
    pub talk_always: &'static str,
    pub child: &'static str,
    pub find_h: &'static str,
    pub find_lead: &'static str,
    pub find_label: &'static str,
    pub find_button: &'static str,
    pub witness_h: &'static str,
    pub witness_lead: &'static str,
    pub witness_link: &'static str,
    pub exit_h: &'static str,
    pub exit: &'static [&'static str],
    pub full_site: &'static str,
    pub title_place: &'static str,
    pub place_h1: &'static str,
    pub place_lead: &'static str,
    pub place_none: &'static str,
    /// What a kind of place is and does for her, in two short lines.
    pub kinds: &'static [(Category, &'static str, &'static str)],
    pub call: &'static str,
    pub call_first: &'static str,
    pub in_commune: &'static str,
    pub km: &'static str,
    pub place_full: &'static str,
    pub choose_h: &'static str,
    pub choose_lead: &'static str,
    pub not_found_h: &'static str,
    pub not_found: &'static [&'static str],
    pub title_witness: &'static str,
    pub witness_h1: &'static str,
    pub witness_intro: &'static [&'static str],
    pub witness_danger_h: &'static str,
    pub witness_advice_h: &'static str,
    pub witness_advice: &'static [&'static str],
    pub witness_help_h: &'static str,
    pub witness_help: &'static [&'static str],
    pub witness_careful_h: &'static str,
    pub witness_careful: &'static [&'static str],
    pub witness_write_h: &'static str,
    pub witness_write: &'static [&'static str],
    pub witness_full: &'static str,
    /// The link to these pages from the French pages.
    pub link: &'static str,
}

impl EasyRead {
    pub fn kind(&self, c: Category) -> Option<(&'static str, &'static str)> {
        self.kinds
            .iter()
            .find(|(k, _, _)| *k == c)
            .map(|(_, name, does)| (*name, *does))
    }
}

pub static FR: EasyRead = EasyRead {
    title_home: "Maillage en facile à lire",
    home_h1: "Trouver de l'aide",
    home_lead: &[
        "Quelqu'un vous fait du mal chez vous ?",
        "Quelqu'un vous frappe, vous insulte ou vous fait peur ?",
        "Ce n'est pas normal.",
        "Ce n'est pas votre faute.",
        "Vous pouvez demander de l'aide.",
    ],
    danger_h: "Vous êtes en danger ?",
    danger: &[
        "C'est la police ou la gendarmerie.",
        "Vous ne pouvez pas parler ?",
        "Envoyez un SMS au {sms}.",
    ],
    talk_h: "Vous voulez parler ?",
    talk: &[
        "Une personne vous écoute.",
        "Elle vous dit où trouver de l'aide.",
    ],
    talk_free: "L'appel est gratuit.",
    talk_always: "Vous pouvez appeler jour et nuit.",
    child: "Un enfant est en danger ? Appelez le {child}.",
    find_h: "Trouver de l'aide près de chez vous",
    find_lead: "Écrivez le nom de votre ville ou votre code postal.",
    find_label: "Votre ville ou votre code postal",
    find_button: "Chercher",
    witness_h: "Vous voyez des violences chez quelqu'un ?",
    witness_lead: "Vous pouvez aider.",
    witness_link: "Lire la page pour les témoins",
    exit_h: "Discrétion",
    exit: &[
        "Le bouton «\u{a0}Quitter ce site\u{a0}» est en haut de la page.",
        "Ce bouton ferme ce site tout de suite.",
        "Un autre site s'affiche à la place.",
        "Ce site ne garde pas vos recherches.",
        "Le {line} n'est pas écrit sur la facture du téléphone.",
    ],
    full_site: "Lire le site complet",
    title_place: "Aide près de {place}, en facile à lire",
    place_h1: "De l'aide près de {place}",
    place_lead: "Voici des lieux qui peuvent vous aider.",
    place_none: "Nous ne connaissons pas encore de lieu près de chez vous. Appelez le {line}.",
    kinds: &[
        (
            Category::Police,
            "La police ou la gendarmerie",
            "Vous pouvez porter plainte : dire à la police ce qui vous est arrivé.",
        ),
        (
            Category::WomensRights,
            "Le CIDFF",
            "Des personnes vous expliquent vos droits. C'est gratuit.",
        ),
        (
            Category::VictimSupport,
            "L'aide aux victimes",
            "Des personnes vous aident, même sans plainte. C'est gratuit.",
        ),
        (
            Category::Justice,
            "Un lieu pour comprendre la loi",
            "Des personnes vous expliquent vos droits. C'est gratuit.",
        ),
        (
            Category::AccessToRights,
            "France Services",
            "Des personnes vous aident pour vos papiers.",
        ),
        (
            Category::SocialServices,
            "L'action sociale de la mairie",
            "La mairie peut vous aider dans vos démarches et en cas d'urgence.",
        ),
    ],
    call: "Appeler le",
    call_first: "Appelez avant d'y aller.",
    in_commune: "Dans votre commune.",
    km: "À {d} km.",
    place_full: "Voir toutes les aides (site complet)",
    choose_h: "Plusieurs villes ont ce nom",
    choose_lead: "Choisissez votre ville :",
    not_found_h: "Nous ne trouvons pas cette ville",
    not_found: &[
        "Vérifiez le nom de la ville.",
        "Ou écrivez votre code postal.",
    ],
    title_witness: "Témoin ou proche, en facile à lire",
    witness_h1: "Vous voyez des violences chez quelqu'un ?",
    witness_intro: &[
        "Vous pensez qu'une personne vit des violences chez elle ?",
        "Vous pouvez l'aider.",
        "Ne vous mettez pas en danger.",
    ],
    witness_danger_h: "Quelqu'un est en danger maintenant ?",
    witness_advice_h: "Vous ne savez pas quoi faire ?",
    witness_advice: &[
        "Le {line} répond aussi aux proches.",
        "Une personne vous dit comment aider.",
    ],
    witness_help_h: "Aider la personne",
    witness_help: &[
        "Écoutez la personne.",
        "Dites-lui : je te crois.",
        "Dites-lui : ce n'est pas ta faute.",
        "Donnez-lui le numéro {line} en secret.",
    ],
    witness_careful_h: "Faire attention",
    witness_careful: &[
        "Ne vous battez pas avec la personne violente.",
        "Ne décidez pas à la place de la personne.",
        "Ne racontez pas l'histoire sur les réseaux sociaux.",
    ],
    witness_write_h: "Écrire ce que vous voyez",
    witness_write: &[
        "Notez la date et l'heure.",
        "Notez ce que vous avez vu.",
        "Notez ce que vous avez entendu.",
        "Cachez ces notes.",
    ],
    witness_full: "Lire la page complète pour les témoins",
    link: "Facile à lire",
};

#[cfg(test)]
mod tests {
    use super::FR;

    /// Numbers come from the data, so a text never keeps an old number.
    #[test]
    fn easy_read_writes_no_phone_number_itself() {
        let all = [FR.danger, FR.talk, FR.witness_advice, FR.witness_help];
        for line in all.iter().flat_map(|l| l.iter()).chain([&FR.child]) {
            assert!(!line.chars().any(|c| c.is_ascii_digit()), "{line}");
        }
    }

    /// One idea a line: the easy-read rules keep sentences short.
    #[test]
    fn easy_read_sentences_stay_short() {
        let lines = [
            FR.home_lead,
            FR.danger,
            FR.talk,
            FR.exit,
            FR.witness_intro,
            FR.witness_help,
            FR.witness_careful,
            FR.witness_write,
            FR.witness_advice,
        ];
        for line in lines.iter().flat_map(|l| l.iter()) {
            let words = line
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric));
            assert!(words.count() <= 12, "too long for easy-read: {line}");
        }
    }
}
