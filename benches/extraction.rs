//! Extraction alone, one core: `newsgraph::analyse` (segment → recognise →
//! extract → describe) article by article over generated articles held in
//! memory. `mix-chunked` runs the mixed corpus as the pipeline does instead:
//! `newsgraph::describe_chunk` on chunks of 128 articles (grouped by language,
//! and each chunk's descriptions held until the writer takes them), in a
//! one-thread pool.
//!
//! `cargo bench --bench extraction` prints MB/s (criterion's `thrpt` for the
//! `bytes` group, counting `maintext` bytes, 10^6 to the MB) and articles/s (the `articles`
//! group). The articles come from the `gen-corpus` binary (seed 42); set
//! NEWSGRAPH_BENCH_ARTICLES to change how many (default 500).

use std::process::Command;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use newsgraph::pipeline::CHUNK;
use newsgraph::{analyse, describe_chunk, Article, Knowledge};

fn corpus(count: usize, lang: &str) -> Vec<Article> {
    let output = Command::new(env!("CARGO_BIN_EXE_gen-corpus"))
        .args([
            "--seed",
            "42",
            "--count",
            &count.to_string(),
            "--lang",
            lang,
        ])
        .output()
        .expect("gen-corpus runs");
    assert!(output.status.success(), "gen-corpus failed");
    let text = String::from_utf8(output.stdout).expect("gen-corpus writes UTF-8");
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let v: serde_json::Value = serde_json::from_str(line).expect("gen-corpus writes JSON");
            let field = |k: &str| v[k].as_str().map(String::from);
            Article {
                source: format!("corpus.jsonl:{}", i + 1),
                url: field("url"),
                title: field("title"),
                date_published: field("date_publish"),
                language: field("language"),
                text: field("maintext").unwrap_or_default(),
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let count: usize = std::env::var("NEWSGRAPH_BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(500);
    let knowledge = Knowledge::embedded().expect("the built-in knowledge loads");
    let one_core = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    for lang in ["mix", "id", "en"] {
        let articles = corpus(count, lang);
        let bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();
        let quads: usize = articles
            .iter()
            .map(|a| analyse(a.clone(), &knowledge).1.quads.len())
            .sum();
        eprintln!(
            "extraction/{lang}: {count} articles, {:.2} MB of maintext ({} bytes/article), {:.1} quads/article",
            bytes as f64 / 1e6,
            bytes / count as u64,
            quads as f64 / count as f64
        );
        for (group, throughput) in [
            ("bytes", Throughput::BytesDecimal(bytes)),
            ("articles", Throughput::Elements(count as u64)),
        ] {
            if group == "articles" && lang != "mix" {
                continue;
            }
            let mut g = c.benchmark_group(format!("extraction-{group}"));
            g.throughput(throughput);
            g.sample_size(10);
            g.bench_function(lang, |b| {
                b.iter_batched(
                    || articles.clone(),
                    |batch| {
                        let mut n = 0usize;
                        for article in batch {
                            n += analyse(article, &knowledge).1.quads.len();
                        }
                        n
                    },
                    BatchSize::LargeInput,
                )
            });
            if group == "bytes" && lang == "mix" {
                g.bench_function("mix-chunked", |b| {
                    b.iter_batched(
                        || articles.clone(),
                        |batch| {
                            one_core.install(|| {
                                let mut n = 0usize;
                                let mut batch = batch.into_iter();
                                loop {
                                    let chunk: Vec<Article> = batch.by_ref().take(CHUNK).collect();
                                    if chunk.is_empty() {
                                        return n;
                                    }
                                    n += describe_chunk(chunk, &knowledge, false)
                                        .iter()
                                        .map(|d| d.quads.len())
                                        .sum::<usize>();
                                }
                            })
                        },
                        BatchSize::LargeInput,
                    )
                });
            }
            g.finish();
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
