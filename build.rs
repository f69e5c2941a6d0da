//! Generates one typed method per message of `locales/fr.ftl` (the source
//! catalogue) and of `locales/fr-facile.ftl`, so a page that names a message
//! or a variable wrongly does not compile: `m.near_h(place)` for `near-h`,
//! `m.poster(args::Poster { eu, line, police, sms })` for a message with
//! several variables (named, so two cannot be swapped), and
//! `m.months_list()` for the numbered messages `months-1` … `months-12`.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

#[path = "src/locale/variables.rs"]
mod variables;

fn rust_name(id: &str) -> String {
    let n = id.replace('-', "_");
    match n.as_str() {
        "type" | "match" | "for" | "in" | "ref" | "move" | "use" | "mod" | "fn" | "self"
        | "where" | "as" | "loop" => format!("r#{n}"),
        _ => n,
    }
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `$n` is a count (plural forms, the day of a date); every other variable is text.
fn param_type(v: &str) -> &'static str {
    if v == "n" {
        "i64"
    } else {
        "&'x str"
    }
}

/// A numbered message: `witness-do-3` is item 3 of `witness-do`;
/// `safety-body-2-title` item 2 of `safety-body` … `-title`.
fn numbered(id: &str) -> Option<(String, usize)> {
    let parts: Vec<&str> = id.split('-').collect();
    let at = parts
        .iter()
        .rposition(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))?;
    if at == 0 {
        return None;
    }
    let i: usize = parts[at].parse().ok()?;
    let mut key = parts[..at].join("-");
    if at + 1 < parts.len() {
        key.push('-');
        key.push_str(&parts[at + 1..].join("-"));
    }
    Some((key, i))
}

/// How a method takes its variables: none, one by position, or several by name.
fn signature(
    name: &str,
    vars: &BTreeSet<String>,
    args_mod: &str,
    structs: &mut String,
) -> (String, String) {
    let mut sets = String::new();
    match vars.len() {
        0 => return (String::new(), sets),
        1 => {
            let v = vars.iter().next().map(String::as_str).unwrap_or_default();
            let _ = writeln!(sets, "        args.set({v:?}, {});", rust_name(v));
            let ty = param_type(v).replace("'x ", "");
            return (format!(", {}: {ty}", rust_name(v)), sets);
        }
        _ => {}
    }
    let ty = camel(name);
    let _ = writeln!(structs, "    /// The variables of `{name}`.");
    let _ = writeln!(structs, "    #[derive(Clone, Copy)]");
    let _ = writeln!(structs, "    pub struct {ty}<'x> {{");
    for v in vars {
        let _ = writeln!(structs, "        pub {}: {},", rust_name(v), param_type(v));
        let _ = writeln!(sets, "        args.set({v:?}, a.{});", rust_name(v));
    }
    let _ = writeln!(structs, "    }}");
    (format!(", a: {args_mod}::{ty}<'_>"), sets)
}

fn generate(path: &str, ty: &str, args_mod: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{path} does not parse: {errors:?}"),
    };
    let mut methods = String::new();
    let mut structs = String::new();
    let mut groups: BTreeMap<String, BTreeMap<usize, (String, BTreeSet<String>)>> = BTreeMap::new();
    let mut ids = BTreeSet::new();
    // Messages without variables, by the index their method reads.
    let mut plain_ids: Vec<String> = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let Some(value) = &m.value else { continue };
        let id = m.id.name;
        ids.insert(rust_name(id));
        let mut vars = BTreeSet::new();
        variables::pattern_variables(value, &mut vars);
        if let Some((key, i)) = numbered(id) {
            groups
                .entry(key)
                .or_default()
                .insert(i, (id.to_string(), vars.clone()));
        }
        let (params, sets) = signature(id, &vars, args_mod, &mut structs);
        let _ = writeln!(methods, "    /// `{id}`");
        let _ = writeln!(
            methods,
            "    pub fn {}(&self{params}) -> Cow<'a, str> {{",
            rust_name(id)
        );
        if vars.is_empty() {
            let _ = writeln!(methods, "        self.plain({})", plain_ids.len());
            plain_ids.push(id.to_string());
        } else {
            let _ = writeln!(methods, "        let mut args = FluentArgs::new();");
            methods.push_str(&sets);
            let _ = writeln!(methods, "        self.with({id:?}, &args)");
        }
        let _ = writeln!(methods, "    }}");
    }
    for (key, items) in &groups {
        // Only runs 1..=N with no gap are lists.
        if items.keys().copied().ne(1..=items.len()) {
            continue;
        }
        let name = format!("{key}-list");
        if ids.contains(&rust_name(&name)) {
            continue;
        }
        let vars: BTreeSet<String> = items.values().flat_map(|(_, v)| v.clone()).collect();
        let (params, _) = signature(&name, &vars, args_mod, &mut structs);
        let n = items.len();
        let _ = writeln!(methods, "    /// `{key}`, items 1 to {n}.");
        let _ = writeln!(
            methods,
            "    pub fn {}(&self{params}) -> [Cow<'a, str>; {n}] {{",
            rust_name(&name)
        );
        methods.push_str("        [\n");
        for (id, item_vars) in items.values() {
            let call = match item_vars.len() {
                0 => String::new(),
                1 if vars.len() == 1 => {
                    rust_name(item_vars.iter().next().map(String::as_str).unwrap_or(""))
                }
                1 => format!(
                    "a.{}",
                    rust_name(item_vars.iter().next().map(String::as_str).unwrap_or(""))
                ),
                _ => {
                    let fields: Vec<String> = item_vars
                        .iter()
                        .map(|v| format!("{}: a.{}", rust_name(v), rust_name(v)))
                        .collect();
                    format!("{args_mod}::{} {{ {} }}", camel(id), fields.join(", "))
                }
            };
            let _ = writeln!(methods, "            self.{}({call}),", rust_name(id));
        }
        methods.push_str("        ]\n    }\n");
    }
    let plain_n = plain_ids.len();
    let plain_list: String = plain_ids
        .iter()
        .map(|id| format!("        {id:?},\n"))
        .collect();
    format!(
        "// Generated by build.rs from {path}: one method per message.\n\
         impl<'a> {ty}<'a> {{\n{methods}}}\n\n\
         impl {ty}<'_> {{\n    /// The messages without variables, by index.\n    \
         const PLAIN: [&'static str; {plain_n}] = [\n{plain_list}    ];\n}}\n\n\
         /// Named variables of the messages that have several.\n\
         pub mod {args_mod} {{\n{structs}}}\n"
    )
}

fn main() {
    println!("cargo:rerun-if-changed=src/locale/variables.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let site = generate("locales/fr.ftl", "Messages", "args");
    std::fs::write(out.join("messages.rs"), site).expect("OUT_DIR is writable");
    let easy = generate("locales/fr-facile.ftl", "EasyMessages", "easy_args");
    std::fs::write(out.join("easy_messages.rs"), easy).expect("OUT_DIR is writable");
}
