//! Prints how the main text of one HTML page (optionally gzipped) was chosen: candidate containers and every
//! block with its flags. `cargo run --release -p storyline-extract --example explain -- PAGE.html[.gz]`

use flate2::read::GzDecoder;
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: explain PAGE.html[.gz]")?;
    let mut bytes = Vec::new();
    if path.ends_with(".gz") {
        GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(&path)?;
    }
    print!("{}", storyline_extract::explain_html(&String::from_utf8_lossy(&bytes)));
    Ok(())
}
