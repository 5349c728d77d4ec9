//! The CAMEO tables: every code with its label and Goldstein score, the quad
//! class and PLOVER type of each code, and the intent counterpart of codes.
//! Loaded from the data files in `knowledge/events/`.

use std::collections::HashMap;

use crate::EventsError;

/// Built-in `cameo.tsv`: code, label, Goldstein score.
pub const CAMEO_TSV: &str = include_str!("../../../knowledge/events/cameo.tsv");
/// Built-in `roots.tsv`: root, quad class, default PLOVER type.
pub const ROOTS_TSV: &str = include_str!("../../../knowledge/events/roots.tsv");
/// Built-in `plover.tsv`: code prefix, PLOVER type (overrides the root's).
pub const PLOVER_TSV: &str = include_str!("../../../knowledge/events/plover.tsv");
/// Built-in `intent.tsv`: code prefix, intent code.
pub const INTENT_TSV: &str = include_str!("../../../knowledge/events/intent.tsv");

/// One CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code, e.g. "0742".
    pub code: String,
    /// Its label, e.g. "Provide military aid".
    pub label: String,
    /// Goldstein score, -10..=10.
    pub goldstein: f64,
}

/// A root's quad class and default PLOVER type.
#[derive(Debug, Clone, PartialEq)]
pub struct RootInfo {
    /// CAMEO quad class 1-4.
    pub quad_class: u8,
    /// PLOVER type for codes under this root without an override.
    pub plover: String,
}

/// The CAMEO code list with Goldstein scores, quad classes, PLOVER types and intent codes.
#[derive(Debug, Clone, Default)]
pub struct CameoTables {
    codes: HashMap<String, CameoCode>,
    roots: HashMap<String, RootInfo>,
    plover: HashMap<String, String>,
    intent: HashMap<String, String>,
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            None
        } else {
            Some((i + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn invalid(file: &str, line: usize, why: impl std::fmt::Display) -> EventsError {
    EventsError::Invalid(format!("{file} line {line}: {why}"))
}

fn is_code(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

impl CameoTables {
    /// The tables shipped with Storyline.
    pub fn builtin() -> Result<Self, EventsError> {
        Self::parse(CAMEO_TSV, ROOTS_TSV, PLOVER_TSV, INTENT_TSV)
    }

    /// Parses and validates the four table files: codes unique and well formed,
    /// Goldstein in -10..=10, every root with a quad class and PLOVER type, every
    /// override and intent code a known code.
    pub fn parse(cameo: &str, roots: &str, plover: &str, intent: &str) -> Result<Self, EventsError> {
        let mut t = CameoTables::default();
        for (line, cols) in data_lines(cameo) {
            let [code, label, score] = cols.as_slice() else {
                return Err(invalid("cameo.tsv", line, "expected code, label, goldstein"));
            };
            if !is_code(code) {
                return Err(invalid("cameo.tsv", line, format!("bad code {code:?}")));
            }
            let goldstein: f64 =
                score.parse().map_err(|_| invalid("cameo.tsv", line, format!("bad Goldstein score {score:?}")))?;
            if !(-10.0..=10.0).contains(&goldstein) {
                return Err(invalid("cameo.tsv", line, format!("Goldstein {goldstein} out of -10..10")));
            }
            let entry = CameoCode { code: code.to_string(), label: label.to_string(), goldstein };
            if t.codes.insert(code.to_string(), entry).is_some() {
                return Err(invalid("cameo.tsv", line, format!("duplicate code {code}")));
            }
        }
        for (line, cols) in data_lines(roots) {
            let [root, quad, plover_type] = cols.as_slice() else {
                return Err(invalid("roots.tsv", line, "expected root, quad class, PLOVER"));
            };
            let quad_class: u8 = quad.parse().map_err(|_| invalid("roots.tsv", line, "bad quad class"))?;
            if !(1..=4).contains(&quad_class) || plover_type.is_empty() || !t.codes.contains_key(*root) {
                return Err(invalid("roots.tsv", line, format!("bad root entry {root}")));
            }
            t.roots.insert(root.to_string(), RootInfo { quad_class, plover: plover_type.to_string() });
        }
        for (line, cols) in data_lines(plover) {
            let [prefix, plover_type] = cols.as_slice() else {
                return Err(invalid("plover.tsv", line, "expected code prefix, PLOVER"));
            };
            if !t.codes.contains_key(*prefix) || plover_type.is_empty() {
                return Err(invalid("plover.tsv", line, format!("unknown code {prefix}")));
            }
            t.plover.insert(prefix.to_string(), plover_type.to_string());
        }
        for (line, cols) in data_lines(intent) {
            let [prefix, code] = cols.as_slice() else {
                return Err(invalid("intent.tsv", line, "expected code prefix, intent code"));
            };
            if !t.codes.contains_key(*prefix) || !(*code == "-" || t.codes.contains_key(*code)) {
                return Err(invalid("intent.tsv", line, format!("unknown code in {prefix} -> {code}")));
            }
            t.intent.insert(prefix.to_string(), code.to_string());
        }
        for code in t.codes.keys() {
            let root = code.get(..2).unwrap_or_default();
            if !t.roots.contains_key(root) {
                return Err(EventsError::Invalid(format!("roots.tsv: no quad class for root {root} of {code}")));
            }
        }
        Ok(t)
    }

    /// The entry of a code, if it is a CAMEO code.
    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    /// All codes, unordered.
    pub fn codes(&self) -> impl Iterator<Item = &CameoCode> {
        self.codes.values()
    }

    /// Goldstein score of a code (0 when unknown).
    pub fn goldstein(&self, code: &str) -> f64 {
        self.codes.get(code).map(|c| c.goldstein).unwrap_or(0.0)
    }

    /// Quad class of a code's root (0 when unknown).
    pub fn quad_class(&self, code: &str) -> u8 {
        code.get(..2).and_then(|r| self.roots.get(r)).map(|r| r.quad_class).unwrap_or(0)
    }

    /// The root's entry.
    pub fn root(&self, root: &str) -> Option<&RootInfo> {
        self.roots.get(root)
    }

    /// PLOVER type of a code: the longest listed prefix, else the root's default.
    pub fn plover(&self, code: &str) -> &str {
        longest_prefix(&self.plover, code)
            .map(String::as_str)
            .or_else(|| code.get(..2).and_then(|r| self.roots.get(r)).map(|r| r.plover.as_str()))
            .unwrap_or("OTHER")
    }

    /// The intent code for an event the sentence only states as intended, if one is defined.
    pub fn intent_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.intent, code).map(String::as_str).filter(|c| *c != "-")
    }
}

fn longest_prefix<'a>(map: &'a HashMap<String, String>, code: &str) -> Option<&'a String> {
    (2..=code.len()).rev().find_map(|n| code.get(..n).and_then(|p| map.get(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_tables_are_valid_and_complete() {
        let t = CameoTables::builtin().unwrap();
        assert!(t.codes().count() > 300);
        for r in 1..=20 {
            let root = format!("{r:02}");
            let info = t.root(&root).unwrap();
            assert!((1..=4).contains(&info.quad_class));
            assert!(!t.plover(&root).is_empty());
        }
        for c in t.codes() {
            assert!((-10.0..=10.0).contains(&c.goldstein), "{}", c.code);
            assert!(!c.label.is_empty());
        }
        assert_eq!(t.goldstein("072"), 8.3);
        assert_eq!(t.quad_class("072"), 2);
        assert_eq!(t.quad_class("111"), 3);
        assert_eq!(t.quad_class("190"), 4);
        assert_eq!(t.plover("072"), "AID");
        assert_eq!(t.plover("0841"), "RETREAT");
        assert_eq!(t.plover("163"), "COERCE");
        assert_eq!(t.intent_code("072"), Some("0332"));
        assert_eq!(t.intent_code("060"), Some("031"));
        assert_eq!(t.intent_code("111"), None);
    }

    #[test]
    fn duplicate_codes_and_bad_scores_are_rejected() {
        let roots = "01\t1\tOTHER\n";
        assert!(CameoTables::parse("01\tA\t0\n01\tB\t0\n", roots, "", "").is_err());
        assert!(CameoTables::parse("01\tA\t11\n", roots, "", "").is_err());
        assert!(CameoTables::parse("01\tA\t0\n02\tB\t0\n", roots, "", "").is_err(), "root 02 lacks a quad class");
        assert!(CameoTables::parse("01\tA\t0\n", roots, "", "").is_ok());
    }
}
