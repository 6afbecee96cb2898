//! The WARC reader on a `.warc.gz` written as Common Crawl writes one: the
//! input is cut before every line that starts with `WARC/`, and each piece
//! becomes a gzip member of its own.
#![no_main]

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut starts = vec![0];
    starts.extend(
        (1..data.len()).filter(|&i| data[i - 1] == b'\n' && data[i..].starts_with(b"WARC/")),
    );
    starts.push(data.len());
    let mut gz = Vec::new();
    for piece in starts.windows(2) {
        let mut member = GzEncoder::new(Vec::new(), Compression::fast());
        member.write_all(&data[piece[0]..piece[1]]).unwrap();
        gz.extend(member.finish().unwrap());
    }
    newsgraph_fuzz::read_file(&gz, "warc.gz");
});
