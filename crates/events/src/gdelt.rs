//! Events as CSV in a GDELT-style column layout, for users who already analyse
//! GDELT event files in pandas or R.
//!
//! Columns ([`GDELT_COLUMNS`]), GDELT 1.0/2.0 names where GDELT has the field:
//!
//! | column | value |
//! | --- | --- |
//! | `GLOBALEVENTID` | Storyline event id (a hex string, not GDELT's integer) |
//! | `SQLDATE` | event date as `YYYYMMDD` |
//! | `MonthYear` | `YYYYMM` |
//! | `Year` | `YYYY` |
//! | `FractionDate` | year + (day of year − 1) / 365, 4 decimals |
//! | `Actor1Code` | source country code + role, e.g. `USAGOV` (empty when unknown) |
//! | `Actor1Name` | source actor's canonical name |
//! | `Actor1CountryCode` | ISO alpha-3 of the source |
//! | `Actor1Type1Code` | source role (`GOV`, `MIL`, ...) |
//! | `Actor2Code`, `Actor2Name`, `Actor2CountryCode`, `Actor2Type1Code` | the same for the target (empty when none) |
//! | `EventCode` | full CAMEO code |
//! | `EventBaseCode` | first three digits |
//! | `EventRootCode` | two-digit root |
//! | `QuadClass` | 1-4 |
//! | `GoldsteinScale` | -10..10 |
//! | `NumSources` | distinct outlets reporting the event (1 when not counted) |
//! | `ActionGeo_FullName` | stated location |
//! | `SOURCEURL` | the article's URL (or its source path) |
//!
//! followed by Storyline's own columns: `PLOVER`, `ArticleID`, `StoryID`,
//! `ReportedBy`, `Sentence`. The file is RFC 4180 CSV (comma separated, fields
//! with commas, quotes or newlines quoted).

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use storyline_model::{Actor, Event};

/// Column names, in order.
pub const GDELT_COLUMNS: &[&str] = &[
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumSources",
    "ActionGeo_FullName",
    "SOURCEURL",
    "PLOVER",
    "ArticleID",
    "StoryID",
    "ReportedBy",
    "Sentence",
];

fn actor_fields(actor: Option<&Actor>) -> [String; 4] {
    match actor {
        Some(a) => {
            let code = format!("{}{}", a.code.as_deref().unwrap_or(""), a.role.as_deref().unwrap_or(""));
            [code, a.name.clone(), a.code.clone().unwrap_or_default(), a.role.clone().unwrap_or_default()]
        }
        None => Default::default(),
    }
}

/// One event as the fields of [`GDELT_COLUMNS`]; `source_url` is the article's address.
pub fn gdelt_row(event: &Event, source_url: Option<&str>) -> Vec<String> {
    let date = storyline_model::parse_date_prefix(&event.date);
    let (sql, month, year, fraction) = match date {
        Some(d) => (
            d.format("%Y%m%d").to_string(),
            d.format("%Y%m").to_string(),
            d.format("%Y").to_string(),
            format!("{:.4}", fraction_date(d)),
        ),
        None => Default::default(),
    };
    let [a1code, a1name, a1country, a1type] = actor_fields(Some(&event.source));
    let [a2code, a2name, a2country, a2type] = actor_fields(event.target.as_ref());
    vec![
        event.id.clone(),
        sql,
        month,
        year,
        fraction,
        a1code,
        a1name,
        a1country,
        a1type,
        a2code,
        a2name,
        a2country,
        a2type,
        event.cameo.clone(),
        event.cameo.get(..3).unwrap_or(&event.cameo).to_string(),
        event.root.clone(),
        event.quad_class.to_string(),
        format!("{:.1}", event.goldstein),
        event.sources.unwrap_or(1).to_string(),
        event.location.clone().unwrap_or_default(),
        source_url.unwrap_or_default().to_string(),
        event.plover.clone(),
        event.article_id.clone(),
        event.story_id.clone().unwrap_or_default(),
        event.reported_by.clone().unwrap_or_default(),
        event.sentence.clone(),
    ]
}

fn fraction_date(d: NaiveDate) -> f64 {
    f64::from(d.year()) + f64::from(d.ordinal0()) / 365.0
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_fields<W: Write, S: AsRef<str>>(w: &mut W, fields: &[S]) -> io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| csv_field(f.as_ref())).collect();
    writeln!(w, "{}", line.join(","))
}

/// Writes the header line.
pub fn write_csv_header<W: Write>(w: &mut W) -> io::Result<()> {
    write_fields(w, GDELT_COLUMNS)
}

/// Writes one event as a CSV line.
pub fn write_csv_record<W: Write>(w: &mut W, event: &Event, source_url: Option<&str>) -> io::Result<()> {
    write_fields(w, &gdelt_row(event, source_url))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> Event {
        Event {
            id: "e1".into(),
            article_id: "a1".into(),
            story_id: Some("s1".into()),
            date: "2025-01-06".into(),
            source: Actor { name: "Antony Blinken".into(), code: Some("USA".into()), role: Some("GOV".into()) },
            target: None,
            cameo: "0331".into(),
            root: "03".into(),
            quad_class: 1,
            goldstein: 5.2,
            plover: "AGREE".into(),
            location: Some("Seoul".into()),
            sentence: "Blinken said, \"yes\".".into(),
            reported_by: None,
            sources: Some(2),
        }
    }

    #[test]
    fn row_has_one_field_per_column() {
        let row = gdelt_row(&event(), Some("http://x"));
        assert_eq!(row.len(), GDELT_COLUMNS.len());
        assert_eq!(row[1], "20250106");
        assert_eq!(row[2], "202501");
        assert_eq!(row[5], "USAGOV");
        assert_eq!(row[9], "");
        assert_eq!(row[14], "033");
        assert_eq!(row[17], "5.2");
        assert_eq!(row[18], "2");
        assert_eq!(row[4], "2025.0137");
    }

    #[test]
    fn csv_quotes_fields() {
        let mut out = Vec::new();
        write_csv_header(&mut out).unwrap();
        write_csv_record(&mut out, &event(), None).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("GLOBALEVENTID,SQLDATE"));
        assert!(lines[1].ends_with("\"Blinken said, \"\"yes\"\".\""));
    }
}
