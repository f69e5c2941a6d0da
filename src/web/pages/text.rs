//! Text spliced into a page, escaped as maud escapes it but a run at a time:
//! most of what a card splices (names, messages, addresses) has nothing to
//! escape, and maud's own escaping pushes it byte by byte.

use maud::Render;

/// Any text, escaped for HTML text and attribute values (`&`, `<`, `>`, `"`),
/// exactly as maud's own splice would.
pub struct Text<T: AsRef<str>>(pub T);

impl<T: AsRef<str>> Render for Text<T> {
    fn render_to(&self, out: &mut String) {
        let mut rest = self.0.as_ref();
        while let Some(i) = rest
            .bytes()
            .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"'))
        {
            out.push_str(&rest[..i]);
            out.push_str(match rest.as_bytes()[i] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                _ => "&quot;",
            });
            rest = &rest[i + 1..];
        }
        out.push_str(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::Text;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the text, the page gets the bytes maud's own splice gives.
        #[test]
        fn text_renders_exactly_as_a_maud_splice(s in "(\\PC|[&<>\"'])*") {
            let ours = maud::html! { p title=(Text(&s)) { (Text(&s)) } }.into_string();
            let maud = maud::html! { p title=(s) { (s) } }.into_string();
            prop_assert_eq!(ours, maud);
        }
    }

    #[test]
    fn markup_characters_are_escaped() {
        let out = maud::html! { (Text("a < b & \"c\" > d")) }.into_string();
        assert_eq!(out, "a &lt; b &amp; &quot;c&quot; &gt; d");
    }
}
