//! Debug aid: prints the element chain above the first text node containing a needle: `chain <file.gz> <needle>`.
use std::io::Read;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(needle)) = (args.first(), args.get(1)) else { return };
    let Ok(bytes) = std::fs::read(path) else { return };
    let mut s = Vec::new();
    if flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut s).is_err() {
        return;
    }
    let doc = scraper::Html::parse_document(&String::from_utf8_lossy(&s));
    for n in doc.tree.root().descendants() {
        if n.value().as_text().is_some_and(|t| t.contains(needle.as_str())) {
            let mut chain = Vec::new();
            for a in n.ancestors() {
                if let Some(e) = a.value().as_element() {
                    let attrs: Vec<String> =
                        e.attrs().map(|(k, v)| format!("{k}={}", v.chars().take(40).collect::<String>())).collect();
                    chain.push(format!("{}[{}]", e.name(), attrs.join(" ")));
                }
            }
            println!("{}", chain.join("\n < "));
            return;
        }
    }
    println!("not found");
}
