//! Printable supports for shops, beside the poster: bag labels on standard
//! A4 label sheets, a bread-bag strip (print page and SVG), an A3 placemat.
//! Labels and strips carry numbers and a QR code, never a local address: a
//! bag goes home with its owner.

use crate::domain::model::ids;
use crate::locale::{args, Lang, Ui};
use maud::{html, Markup};

/// A standard A4 label sheet. Its geometry lives in static/print.css
/// (`.labels-{n}`); the browser test measures it against the maker's figures.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct LabelSheet {
    pub n: u8,
    pub w: f32,
    pub h: f32,
    pub sheet: &'static str,
}

pub const SHEETS: [LabelSheet; 3] = [
    LabelSheet {
        n: 21,
        w: 63.5,
        h: 38.1,
        sheet: "Avery L7160",
    },
    LabelSheet {
        n: 14,
        w: 99.1,
        h: 38.1,
        sheet: "Avery L7163",
    },
    LabelSheet {
        n: 8,
        w: 99.1,
        h: 67.7,
        sheet: "Avery L7165",
    },
];

/// What `/affiche/{insee}?format=` prints.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Support {
    Poster,
    Labels(LabelSheet),
    Strip,
    Placemat,
}

impl Support {
    pub const ALL: [Support; 6] = [
        Support::Poster,
        Support::Labels(SHEETS[0]),
        Support::Labels(SHEETS[1]),
        Support::Labels(SHEETS[2]),
        Support::Strip,
        Support::Placemat,
    ];

    pub fn id(self) -> String {
        match self {
            Support::Poster => "affiche".into(),
            Support::Labels(s) => format!("etiquettes-{}", s.n),
            Support::Strip => "bandeau".into(),
            Support::Placemat => "set-de-table".into(),
        }
    }

    /// `None` for an unknown format; an absent or empty one is the poster.
    pub fn parse(raw: Option<&str>) -> Option<Support> {
        match raw.map(str::trim) {
            None | Some("") => Some(Support::Poster),
            Some(id) => Support::ALL.into_iter().find(|s| s.id() == id),
        }
    }

    pub fn name(self, ui: &Ui) -> String {
        let t = ui.msg();
        match self {
            Support::Poster => t.shop_fmt_poster().into(),
            Support::Labels(s) => t
                .shop_fmt_labels(args::ShopFmtLabels {
                    h: &mm(ui.lang, s.h),
                    n: i64::from(s.n),
                    w: &mm(ui.lang, s.w),
                })
                .into_owned(),
            Support::Strip => t.shop_fmt_strip().into(),
            Support::Placemat => t.shop_fmt_placemat().into(),
        }
    }
}

/// "63.5" in English, "63,5" in the site's other languages.
fn mm(lang: Lang, v: f32) -> String {
    let s = format!("{v}");
    match lang {
        Lang::En => s,
        _ => s.replace('.', ","),
    }
}

/// The QR code as one SVG path in module units, with its quiet zone: crisp
/// at any size, and nestable inside the strip's own SVG.
pub struct Qr {
    pub modules: usize,
    pub path: String,
}

impl Qr {
    /// Medium error correction: a crumpled bag or a coffee stain still scans.
    pub fn new(url: &str) -> Option<Qr> {
        use qrcode::{Color, EcLevel, QrCode};
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
        let w = code.width();
        let colors = code.to_colors();
        let quiet = 4;
        let mut path = String::new();
        for y in 0..w {
            let mut x = 0;
            while x < w {
                if colors[y * w + x] == Color::Dark {
                    let start = x;
                    while x < w && colors[y * w + x] == Color::Dark {
                        x += 1;
                    }
                    let run = x - start;
                    path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + quiet, y + quiet));
                } else {
                    x += 1;
                }
            }
        }
        Some(Qr {
            modules: w + 2 * quiet,
            path,
        })
    }

    /// A standalone `<svg>` sized by CSS; white behind, so it scans on any paper.
    pub fn svg(&self, label: &str) -> Markup {
        let n = self.modules;
        html! {
            svg.qrc xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (n) " " (n) } role="img" aria-label=(label) shape-rendering="crispEdges" {
                rect width=(n) height=(n) fill="#fff" {}
                path d=(self.path) fill="#000" {}
            }
        }
    }
}

/// The five numbers every support carries, read from the data.
pub struct Numbers {
    pub police: String,
    pub eu: String,
    pub sms: String,
    pub line: String,
    pub child: String,
    pub shelter: String,
    pub victims: String,
}

impl Numbers {
    /// The national numbers as the data gives them, never as text remembers them.
    pub fn of(engine: &crate::search::Engine) -> Self {
        let n = |id: &str| engine.number(id);
        Numbers {
            police: n(ids::POLICE),
            eu: n(ids::EU_EMERGENCY),
            sms: n(ids::SMS_EMERGENCY),
            line: n(ids::VIOLENCES_FEMMES_INFO),
            child: n(ids::CHILDREN_IN_DANGER),
            shelter: n(ids::EMERGENCY_SHELTER),
            victims: n(ids::VICTIM_SUPPORT),
        }
    }
}

/// One bag label: heading, numbers, QR. The sheet's class sizes it.
fn label(ui: &Ui, n: &Numbers, qr: Option<&Markup>) -> Markup {
    let t = ui.msg();
    html! {
        div.lab {
            div.lab-t {
                p.lab-h { (t.shop_label_h()) }
                p.lab-d { (t.shop_label_danger()) " " b { (n.police) " · " (n.eu) } }
                p.lab-s { (ui.msg().sms()) " " b { (n.sms) } }
                p.lab-l { (t.shop_label_listen()) " " b { (n.line) } }
                p.lab-f { (t.shop_label_free()) }
            }
            @if let Some(q) = qr { div.qr { (q) } }
        }
    }
}

pub fn labels(ui: &Ui, sheet: LabelSheet, n: &Numbers, qr: Option<&Qr>) -> Markup {
    let svg = qr.map(|q| q.svg("QR"));
    let one = label(ui, n, svg.as_ref());
    html! {
        p.noprint { (ui.msg().shop_labels_hint(args::ShopLabelsHint {
            h: &mm(ui.lang, sheet.h),
            n: i64::from(sheet.n),
            sheet: sheet.sheet,
            w: &mm(ui.lang, sheet.w),
        })) }
        // Wider than a phone: a scrollable region a keyboard can reach.
        div.sheet-scroll tabindex="0" role="region" aria-label=(Support::Labels(sheet).name(ui)) {
            div class={ "labels labels-" (sheet.n) } {
                @for _ in 0..sheet.n { (one) }
            }
        }
    }
}

/// The bread-bag strip, 60 × 220 mm, one colour: the same drawing on the
/// print page and in the SVG file for a bag printer.
pub fn strip_svg(ui: &Ui, n: &Numbers, qr: Option<&Qr>, url: &str, standalone: bool) -> Markup {
    let t = ui.msg();
    let strip_h = t.shop_strip_h_list();
    html! {
        svg.strip xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 220"
            width=[standalone.then_some("60mm")] height=[standalone.then_some("220mm")]
            role="img" aria-label=(t.shop_fmt_strip())
            font-family="DejaVu Sans, Arial, Helvetica, sans-serif" text-anchor="middle" fill="#000" {
            rect width="60" height="220" fill="#fff" {}
            text x="30" y="18" font-size="6.5" font-weight="700" { (strip_h[0]) }
            text x="30" y="27" font-size="6.5" font-weight="700" { (strip_h[1]) }
            text x="30" y="45" font-size="4.5" { (t.shop_label_danger()) }
            text x="30" y="61" font-size="11" font-weight="900" { (n.police) " · " (n.eu) }
            text x="30" y="73" font-size="6" font-weight="700" { (ui.msg().sms()) " " (n.sms) }
            text x="30" y="94" font-size="4.5" { (t.shop_label_listen()) }
            text x="30" y="112" font-size="17" font-weight="900" { (n.line) }
            text x="30" y="121" font-size="3.6" { (t.shop_label_free()) }
            text x="30" y="134" font-size="4" { (ui.msg().pro_child()) tspan font-weight="700" { (n.child) } }
            @if let Some(q) = qr {
                svg x="10" y="144" width="40" height="40" viewBox={ "0 0 " (q.modules) " " (q.modules) } shape-rendering="crispEdges" {
                    rect width=(q.modules) height=(q.modules) fill="#fff" {}
                    path d=(q.path) {}
                }
            }
            text x="30" y="197" font-size="3.3" { (t.shop_strip_all()) }
            text x="30" y="204" font-size="3.2" textLength="52" lengthAdjust="spacingAndGlyphs" { (url) }
        }
    }
}

pub fn strip_page(ui: &Ui, n: &Numbers, qr: Option<&Qr>, url: &str, svg_href: &str) -> Markup {
    let one = strip_svg(ui, n, qr, url, false);
    html! {
        p.noprint { (ui.msg().shop_strip_hint()) " " a href=(svg_href) download { (ui.msg().shop_strip_svg()) } }
        div.sheet-scroll tabindex="0" role="region" aria-label=(ui.msg().shop_fmt_strip()) {
            div.strips { @for _ in 0..3 { div.strip-cut { (one) } } }
        }
    }
}

/// The A3 landscape placemat: numbers on the left, what a witness can do
/// and the commune's local contacts on the right.
pub fn placemat(ui: &Ui, n: &Numbers, qr: Option<&Qr>, url: &str, local: Markup) -> Markup {
    let t = ui.msg();
    let d = ui.msg();
    html! {
        section.placemat {
            div.pm-main {
                h1 { (t.shop_placemat_h1()) }
                p.p-h { (d.pro_danger()) }
                p { span.p-big { (n.police) } span.p-or { (d.pro_or()) } span.p-big { (n.eu) } }
                p.p-mid { (ui.msg().sms()) " " (n.sms) span.p-small { (d.pro_cannot_speak()) } }
                p.p-h { (d.pro_poster_listen()) }
                p { span.p-big.p-3919 { (n.line) } }
                p.p-small { (d.pro_poster_not_emergency_child()) strong { (n.child) } }
            }
            div.pm-side {
                h2 { (t.shop_placemat_witness_h()) }
                ul { @for line in ui.msg().witness_do_list(args::WitnessDoList { line: &n.line, police: &n.police }).iter().take(3) { li { (line) } } }
                (local)
                div.pm-qr {
                    @if let Some(q) = qr { div.qr { (q.svg("QR")) } }
                    p { (d.pro_poster_all()) br; strong { (breakable_url(url)) } }
                }
            }
        }
    }
}

/// A printed address may wrap only before a "/" of its path, never mid-word.
pub fn breakable_url(url: &str) -> Markup {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let mut parts = rest.split('/');
    let host = parts.next().unwrap_or_default();
    html! {
        span.url {
            @if !scheme.is_empty() { (scheme) "://" }
            (host)
            @for part in parts { wbr; "/" (part) }
        }
    }
}

/// The format links, plain `<a>`s so they work without JavaScript.
pub fn format_nav(ui: &Ui, base: &str, current: Support) -> Markup {
    html! {
        nav.links.noprint aria-label=(ui.msg().shop_formats_h()) {
            @for s in Support::ALL {
                @if s == current { strong { (s.name(ui)) } }
                @else if s == Support::Poster { a href=(base) { (s.name(ui)) } }
                @else { a href={ (base) "?format=" (s.id()) } { (s.name(ui)) } }
            }
            // The same numbers in eight languages, for a counter where many meet.
            a href="/affiche-multilingue" hreflang="mul" { (ui.msg().multi_poster_link()) }
        }
    }
}
