//! Prints what extraction finds in one file: `extract_file <path> [--html]`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: extract_file <path> [--html]")?;
    let bytes = std::fs::read(path)?;
    let body = if path.ends_with(".gz") {
        use std::io::Read;
        let mut s = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut s)?;
        String::from_utf8_lossy(&s).into_owned()
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let e = if args.iter().any(|a| a == "--html") || path.contains(".html") {
        storyline_extract::extract_html(&body, None)
    } else {
        storyline_extract::extract_text(&body)
    };
    println!(
        "title: {:?}\nauthors: {:?}\npublished: {:?}\nmodified: {:?}\noutlet: {:?}\nurl: {:?}\nlanguage: {:?}\n---\n{}",
        e.title, e.authors, e.published, e.modified, e.outlet, e.url, e.language, e.text
    );
    Ok(())
}
