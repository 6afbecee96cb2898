//! The JSONL reader on arbitrary bytes, through a real `.jsonl` file.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    newsgraph_fuzz::read_file(data, "jsonl");
});
