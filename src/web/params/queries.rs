//! The typed query of each kind of request, built from its pairs.

use super::spec::{self, Documented, Param};
use super::{boolean, bounded, bounds, ids, insee, number, one, postcode, text, Pairs, ParamError};
use crate::domain::{Audience, Category, InseeCode, Postcode};
use crate::locale::Lang;
use crate::search::{query, PlaceQuery, ResourceQuery};
use crate::web::pages::shop_prints::Support;

/// What both the pages and the API let a person narrow: kinds of help,
/// audiences, open now, free.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Narrow {
    pub categories: Vec<Category>,
    pub audiences: Vec<Audience>,
    pub open_now: bool,
    pub free: bool,
}

impl Narrow {
    /// The search for these filters around a commune (or none).
    pub fn query(&self, commune: Option<usize>) -> ResourceQuery {
        ResourceQuery {
            commune,
            categories: self.categories.clone(),
            audiences: self.audiences.clone(),
            open_now: self.open_now,
            free_only: self.free,
            ..Default::default()
        }
    }
}

impl TryFrom<&Pairs> for Narrow {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        Ok(Self {
            categories: ids(p, spec::CATEGORY.name, &Category::ALL, Category::id)?,
            audiences: ids(p, spec::AUDIENCE.name, &Audience::ALL, Audience::id)?,
            open_now: boolean(p, spec::OPEN_NOW.name)?,
            free: boolean(p, spec::FREE.name)?,
        })
    }
}

/// A results page's filters, and `tout=1` to list every local entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    pub narrow: Narrow,
    pub show_all: bool,
}

impl Filters {
    /// No filter at all: the page every visitor of a commune shares.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

impl TryFrom<&Pairs> for Filters {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        Ok(Self {
            narrow: Narrow::try_from(p)?,
            show_all: boolean(p, "tout")?,
        })
    }
}

/// `/recherche?lieu=…`: the text as typed (it goes back in the field) and what it means.
pub struct Search {
    pub raw: String,
    pub place: PlaceQuery,
    pub filters: Filters,
}

impl TryFrom<&Pairs> for Search {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        let raw = one(p, "lieu").unwrap_or("").to_string();
        let place = query::parse_place_field(&raw).map_err(|error| ParamError::Text {
            param: "lieu",
            error,
        })?;
        Ok(Self {
            raw,
            place,
            filters: Filters::try_from(p)?,
        })
    }
}

/// `/api/v1/communes?q=…&limit=…`
pub struct CommuneSearch {
    pub q: PlaceQuery,
    pub limit: usize,
}

impl TryFrom<&Pairs> for CommuneSearch {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        let param = spec::PLACE.name;
        let q = query::parse(one(p, param).unwrap_or(""))
            .map_err(|error| ParamError::Text { param, error })?;
        let (default, max) = bounds::COMMUNES_LIMIT;
        Ok(Self {
            q,
            limit: number(p, spec::COMMUNES_LIMIT.name, default, 1, max)?,
        })
    }
}

impl Documented for CommuneSearch {
    const PARAMS: &'static [&'static Param] = &[&spec::PLACE, &spec::COMMUNES_LIMIT];
}

/// Where an API request is about, as given; resolving it needs the index.
#[derive(Debug, Default)]
pub struct PlaceParams {
    pub commune: Option<InseeCode>,
    pub postcode: Option<Postcode>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl TryFrom<&Pairs> for PlaceParams {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        Ok(Self {
            commune: insee(p, spec::COMMUNE.name)?,
            postcode: postcode(p, spec::POSTCODE.name)?,
            lat: bounded(p, spec::LAT.name, bounds::LAT.0, bounds::LAT.1)?,
            lon: bounded(p, spec::LON.name, bounds::LON.0, bounds::LON.1)?,
        })
    }
}

/// `/api/v1/resources`
pub struct ResourceParams {
    pub place: PlaceParams,
    pub text: Option<String>,
    pub narrow: Narrow,
    pub radius_km: Option<f64>,
    pub limit: usize,
    pub offset: usize,
    pub lang: ApiLang,
}

impl TryFrom<&Pairs> for ResourceParams {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        let (default, max) = bounds::RESOURCES_LIMIT;
        let radius = bounds::RADIUS_KM;
        Ok(Self {
            place: PlaceParams::try_from(p)?,
            text: text(p, spec::WORDS.name)?,
            narrow: Narrow::try_from(p)?,
            radius_km: bounded(p, spec::RADIUS_KM.name, radius.0, radius.1)?,
            limit: number(p, spec::RESOURCES_LIMIT.name, default, 1, max)?,
            offset: number(p, spec::OFFSET.name, 0, 0, bounds::OFFSET_MAX)?,
            lang: ApiLang::try_from(p)?,
        })
    }
}

/// The order the OpenAPI document lists them in; `lang` is read before the
/// others (it keys the answer cache) but belongs to the same query.
impl Documented for ResourceParams {
    const PARAMS: &'static [&'static Param] = &[
        &spec::COMMUNE,
        &spec::POSTCODE,
        &spec::LAT,
        &spec::LON,
        &spec::WORDS,
        &spec::CATEGORY,
        &spec::AUDIENCE,
        &spec::OPEN_NOW,
        &spec::FREE,
        &spec::RADIUS_KM,
        &spec::RESOURCES_LIMIT,
        &spec::OFFSET,
        &spec::LANG,
    ];
}

/// The API's `lang=<code>`, when given: one of the site's languages.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct ApiLang {
    pub lang: Option<Lang>,
}

impl TryFrom<&Pairs> for ApiLang {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        let param = spec::LANG.name;
        let lang = one(p, param)
            .map(|code| {
                Lang::from_code(code).ok_or_else(|| ParamError::UnknownValue {
                    param,
                    values: Lang::ALL.map(Lang::code).join(", "),
                })
            })
            .transpose()?;
        Ok(Self { lang })
    }
}

impl Documented for ApiLang {
    const PARAMS: &'static [&'static Param] = &[&spec::LANG];
}

/// Any `Documented` query is a utoipa `IntoParams`.
macro_rules! into_params {
    ($($t:ty),*) => {$(
        impl utoipa::IntoParams for $t {
            fn into_params(
                _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
            ) -> Vec<utoipa::openapi::path::Parameter> {
                <$t as Documented>::PARAMS.iter().map(|p| p.to_openapi()).collect()
            }
        }
    )*};
}
into_params!(ResourceParams, CommuneSearch, ApiLang);

/// HSDS lists: `page`, `per_page` and an optional `commune`.
pub struct HsdsPage {
    pub page: usize,
    pub per_page: usize,
    pub commune: Option<InseeCode>,
}

impl TryFrom<&Pairs> for HsdsPage {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        let (default, max) = bounds::HSDS_PER_PAGE;
        Ok(Self {
            page: number(p, "page", 1, 1, bounds::HSDS_PAGE_MAX)?,
            per_page: number(p, "per_page", default, 1, max)?,
            commune: insee(p, "commune")?,
        })
    }
}

/// A picker's `lieu`: empty shows the picker; anything else is read as
/// `/recherche` reads it (same length, characters and refusals).
fn picked_place(p: &Pairs) -> Result<String, ParamError> {
    let raw = one(p, "lieu").unwrap_or("");
    if !raw.is_empty() {
        query::parse_place_field(raw).map_err(|error| ParamError::Text {
            param: "lieu",
            error,
        })?;
    }
    Ok(raw.to_string())
}

/// Printed supports and their picker: `lieu`, `format`.
pub struct SupportParams {
    pub raw: String,
    pub support: Support,
}

impl TryFrom<&Pairs> for SupportParams {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        let support = Support::parse(one(p, "format")).ok_or_else(|| ParamError::UnknownValue {
            param: "format",
            values: Support::ALL.map(|s| s.id()).join(", "),
        })?;
        Ok(Self {
            raw: picked_place(p)?,
            support,
        })
    }
}

/// A record page's optional `depuis`: the commune page she came from, so
/// "back" returns there (a Belley visitor on a Chambéry record).
pub struct RecordParams {
    pub from: Option<InseeCode>,
}

impl TryFrom<&Pairs> for RecordParams {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        Ok(Self {
            from: insee(p, "depuis")?,
        })
    }
}

/// A département directory's optional `category`.
pub struct DirectoryParams {
    pub only: Option<Category>,
}

impl TryFrom<&Pairs> for DirectoryParams {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        let c = ids(p, "category", &Category::ALL, Category::id)?;
        Ok(Self {
            only: c.first().copied(),
        })
    }
}

/// Pages that take a commune by code or by name (widget, embed guide).
pub struct CommuneChoice {
    pub code: Option<String>,
    pub raw: String,
}

impl TryFrom<&Pairs> for CommuneChoice {
    type Error = ParamError;
    fn try_from(p: &Pairs) -> Result<Self, ParamError> {
        Ok(Self {
            code: one(p, "commune").map(str::to_string),
            raw: picked_place(p)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::QueryError;
    use crate::web::problem::Problem;
    use actix_web::web;

    fn q(s: &str) -> Pairs {
        web::Query::<Pairs>::from_query(s).unwrap().into_inner()
    }

    #[test]
    fn unknown_category_names_the_category_not_the_place() {
        let e = Search::try_from(&q("lieu=Belley&category=nope"))
            .err()
            .unwrap();
        assert_eq!(e.param(), Some("category"));
        assert!(matches!(e, ParamError::UnknownValue { .. }));
    }

    #[test]
    fn the_pickers_read_lieu_as_the_search_does() {
        let long = format!("lieu={}", "a".repeat(101));
        for bad in [
            "lieu=a%00b",
            "lieu=%FF%FE",
            long.as_str(),
            "lieu=%3Cscript%3E",
        ] {
            assert!(SupportParams::try_from(&q(bad)).is_err(), "{bad}");
            assert!(CommuneChoice::try_from(&q(bad)).is_err(), "{bad}");
        }
        assert_eq!(
            CommuneChoice::try_from(&q("lieu=Belley")).unwrap().raw,
            "Belley"
        );
        assert_eq!(SupportParams::try_from(&q("")).unwrap().raw, "");
    }

    #[test]
    fn bad_place_text_is_a_text_error_on_lieu() {
        let e = Search::try_from(&q("lieu=%3Cscript%3E")).err().unwrap();
        assert_eq!(
            e,
            ParamError::Text {
                param: "lieu",
                error: QueryError::BadChars
            }
        );
    }

    #[test]
    fn numbers_outside_the_published_bounds_are_refused() {
        assert!(matches!(
            ResourceParams::try_from(&q("limit=101")).err().unwrap(),
            ParamError::OutOfRange { param: "limit", .. }
        ));
        assert!(matches!(
            ResourceParams::try_from(&q("lat=NaN&lon=2")).err().unwrap(),
            ParamError::OutOfRange { param: "lat", .. }
        ));
        assert!(matches!(
            HsdsPage::try_from(&q("page=abc")).err().unwrap(),
            ParamError::NotANumber { param: "page" }
        ));
    }

    #[test]
    fn commune_is_parsed_the_same_way_for_the_api_and_hsds() {
        for s in ["commune=1034", "commune=%2001034", "commune=010344"] {
            let a = ResourceParams::try_from(&q(s)).err().unwrap();
            let h = HsdsPage::try_from(&q(s)).err().unwrap();
            assert_eq!(a, h, "{s}");
        }
        let ok = ResourceParams::try_from(&q("commune=2a004")).ok().unwrap();
        assert_eq!(ok.place.commune.unwrap().as_str(), "2A004");
    }

    #[test]
    fn filters_read_flags_strictly() {
        let f = Filters::try_from(&q("open_now=1&free=on&tout=true"))
            .ok()
            .unwrap();
        assert!(f.narrow.open_now && f.narrow.free && f.show_all && !f.is_default());
        assert!(Filters::try_from(&q("free=maybe")).is_err());
        assert!(Filters::try_from(&q("")).ok().unwrap().is_default());
    }

    /// Every parameter the document lists is one the parser reads: a value
    /// no parameter accepts is refused under that parameter's name.
    #[test]
    fn every_documented_parameter_is_read_by_its_parser() {
        fn check<T: Documented + for<'a> TryFrom<&'a Pairs, Error = ParamError>>() {
            for p in T::PARAMS {
                // The only required parameter is a place: "belley" fills it.
                let mut qs: Vec<String> = (T::PARAMS.iter())
                    .filter(|o| o.required && o.name != p.name)
                    .map(|o| format!("{}=belley", o.name))
                    .collect();
                qs.push(format!("{}=%3C%3E", p.name));
                let e = T::try_from(&q(&qs.join("&"))).err();
                assert_eq!(e.and_then(|e| e.param()), Some(p.name));
            }
        }
        check::<ResourceParams>();
        check::<CommuneSearch>();
        check::<ApiLang>();
        assert_eq!(ResourceParams::names().len(), 13);
    }

    proptest::proptest! {
        /// Any values of the documented parameters give a query or a 400
        /// problem naming one of them, with a reason in French.
        #[test]
        fn any_documented_parameters_give_a_query_or_a_400_naming_one(
            pairs in proptest::collection::vec((0..13usize, "\\PC{0,12}|-?[0-9]{1,4}(\\.[0-9]{1,3})?"), 0..6)
        ) {
            let names = ResourceParams::names();
            let p: Pairs = pairs.iter().map(|(i, v)| (names[*i].to_string(), v.clone())).collect();
            if let Err(e) = ResourceParams::try_from(&p) {
                let problem = Problem::from(e.clone());
                proptest::prop_assert_eq!(problem.status, 400);
                proptest::prop_assert!(problem.param.as_deref().is_some_and(|n| names.contains(&n)), "{:?}", e);
                let unfilled = ["{p}", "{range}", "{values}", "{why}"].iter().any(|h| problem.detail.contains(h));
                proptest::prop_assert!(!problem.detail.is_empty() && !unfilled, "{}", problem.detail);
            }
        }
    }

    #[test]
    fn problem_names_the_parameter() {
        let p = Problem::from(ParamError::NotANumber { param: "limit" });
        assert_eq!(p.param.as_deref(), Some("limit"));
        assert_eq!(p.status, 400);
        assert!(p.detail.contains("limit"));
    }
}
