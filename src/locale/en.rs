//! English text.

use super::Labels;
use crate::domain::{Audience, Category};

pub static LABELS: Labels = Labels { category, audience };

pub fn category(c: Category) -> &'static str {
    match c {
        Category::Emergency => "Emergency",
        Category::ListeningLine => "Listening and information",
        Category::VictimSupport => "Victim support",
        Category::WomensRights => "Women's rights (CIDFF)",
        Category::Justice => "Justice and legal aid",
        Category::SocialServices => "Social services (CCAS, town hall)",
        Category::Police => "Police and gendarmerie",
        Category::Health => "Health",
        Category::Shelter => "Shelter",
        Category::Disability => "Disability",
        Category::Elderly => "Older people",
        Category::Children => "Children and young people",
        Category::OnlineService => "Online service",
    }
}

pub fn audience(a: Audience) -> &'static str {
    match a {
        Audience::Everyone => "Everyone",
        Audience::Women => "Women",
        Audience::Children => "Children",
        Audience::Youth => "Young people",
        Audience::Elderly => "Older people",
        Audience::Disabled => "Disabled people",
        Audience::Deaf => "Deaf or hard-of-hearing people",
        Audience::Lgbt => "LGBT+ people",
        Audience::Witnesses => "Witnesses and relatives",
        Audience::Perpetrators => "Perpetrators",
        Audience::Professionals => "Professionals",
    }
}
