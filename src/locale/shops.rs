//! Text of the shop supports (labels, bread-bag strip, placemat) and of the
//! counter guide `/commerces`, per language. Numbers are `{placeholders}`
//! filled from the data; the guidance's sources are in data/SOURCES.md.

pub struct Shops {
    pub link: &'static str,
    pub formats_h: &'static str,
    pub fmt_poster: &'static str,
    pub fmt_strip: &'static str,
    pub fmt_placemat: &'static str,
    pub strip_hint: &'static str,
    pub strip_svg: &'static str,
    pub placemat_hint: &'static str,
    pub no_qr: &'static str,
    pub label_h: &'static str,
    pub label_danger: &'static str,
    pub label_listen: &'static str,
    pub label_free: &'static str,
    pub strip_h: [&'static str; 2],
    pub strip_all: &'static str,
    pub placemat_h1: &'static str,
    pub placemat_witness_h: &'static str,
    pub title: &'static str,
    pub h1: &'static str,
    pub lead: &'static str,
    pub confide_h: &'static str,
    pub confide: &'static [&'static str],
    pub danger_h: &'static str,
    /// `{police}`, `{eu}`, `{sms}`.
    pub danger: &'static str,
    pub otherwise_h: &'static str,
    /// `{line}`, `{child}`.
    pub otherwise: &'static str,
    pub dont_h: &'static str,
    pub dont: &'static [&'static str],
    pub supports_h: &'static str,
    pub supports: &'static str,
    pub sources: &'static str,
    pub err_bad_format: &'static str,
}
