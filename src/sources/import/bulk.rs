//! The DILA's daily bulk file of the whole local directory
//! (`all_latest.tar.bz2`, about 365 MB; inside, one JSON document of about
//! 273 MB, `{"service": [...]}`). The service host's robots.txt disallows its
//! API, so this file is the default source. It is read as a stream: one
//! service at a time is in memory, never the document.

use super::ImportError;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::io::{BufReader, Read};
use std::path::Path;

pub const DEFAULT_URL: &str =
    "https://lecomarquage.service-public.gouv.fr/donnees_locales_v4/all_latest.tar.bz2";

/// Calls `each` with every service of the archive at `path`: a tar (bzip2 or
/// plain) holding a JSON document, or the JSON document itself.
pub fn read(path: &Path, each: &mut dyn FnMut(&Value)) -> Result<usize, ImportError> {
    let io = |e: std::io::Error| ImportError::Io(path.display().to_string(), e);
    let mut head = [0u8; 3];
    let mut file = std::fs::File::open(path).map_err(io)?;
    let n = file.read(&mut head).map_err(io)?;
    std::io::Seek::rewind(&mut file).map_err(io)?;
    let raw: Box<dyn Read> = if head[..n] == *b"BZh" {
        Box::new(bzip2::read::MultiBzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    if head[..n].first() == Some(&b'{') || head[..n].first() == Some(&b'[') {
        return services(raw, path, each);
    }
    let mut archive = tar::Archive::new(raw);
    for entry in archive.entries().map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.path().map_err(io)?.to_string_lossy().into_owned();
        if name.ends_with(".json") {
            return services(BufReader::new(entry), path, each);
        }
    }
    Err(ImportError::Io(
        path.display().to_string(),
        std::io::Error::other("aucun fichier JSON dans l'archive"),
    ))
}

fn services(r: impl Read, path: &Path, each: &mut dyn FnMut(&Value)) -> Result<usize, ImportError> {
    let mut de = serde_json::Deserializer::from_reader(r);
    let n = de
        .deserialize_any(Services { each })
        .map_err(|e| ImportError::Json {
            page: 1,
            url: path.display().to_string(),
            message: e.to_string(),
        })?;
    Ok(n)
}

/// `{"service": [...]}` (other keys skipped), or the list itself.
struct Services<'a> {
    each: &'a mut dyn FnMut(&Value),
}

impl<'de> Visitor<'de> for Services<'_> {
    type Value = usize;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("{\"service\": [...]}")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let mut n = 0;
        while let Some(key) = map.next_key::<String>()? {
            if key == "service" {
                n += map.next_value_seed(List { each: self.each })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(n)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<usize, A::Error> {
        List { each: self.each }.visit_seq(seq)
    }
}

struct List<'a> {
    each: &'a mut dyn FnMut(&Value),
}

impl<'de> DeserializeSeed<'de> for List<'_> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for List<'_> {
    type Value = usize;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of services")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut n = 0;
        while let Some(v) = seq.next_element::<Value>()? {
            (self.each)(&v);
            n += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_are_read_one_by_one_from_plain_json_and_other_keys_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.json");
        std::fs::write(
            &p,
            r#"{"meta": {"n": [1, 2]}, "service": [{"id": "a", "pivot": [{"type_service_local": "cidf"}]}, {"id": "b"}]}"#,
        )
        .unwrap();
        let mut ids = vec![];
        let n = read(&p, &mut |v| {
            ids.push((v["id"].clone(), v["pivot"][0]["type_service_local"].clone()))
        })
        .unwrap();
        assert_eq!(n, 2);
        assert_eq!(ids[0].1, "cidf");
        std::fs::write(&p, r#"{"service": [{"id": "a"}, "#).unwrap();
        assert!(matches!(
            read(&p, &mut |_| {}),
            Err(ImportError::Json { .. })
        ));
    }
}
