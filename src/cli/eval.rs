//! `newsgraph eval`: scores printed for a person (or as JSON).

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use super::args::EvalArgs;
use super::load_knowledge;
use crate::eval::{evaluate, Counts, Ratio, Report};

pub fn run_eval(args: EvalArgs) -> Result<ExitCode> {
    let knowledge = load_knowledge(args.data.data.as_deref())?;
    let evaluation = evaluate(&args.dirs, &knowledge)?;
    for failure in &evaluation.failures {
        eprintln!("newsgraph: {failure}");
    }
    let report = &evaluation.report;
    if report.articles == 0 {
        anyhow::bail!(
            "no gold annotations (STEM.gold.json beside STEM.json) found in {}",
            args.dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer(&mut out, report)?;
        writeln!(out)?;
    } else {
        if args.per_article {
            write_per_article(report, &mut out)?;
        }
        write_summary(report, &mut out)?;
    }
    out.flush()?;
    let f1 = report.counts.f1();
    if let Some(floor) = args.min_f1.filter(|floor| f1 < *floor) {
        eprintln!("newsgraph: event F1 {f1:.3} is below --min-f1 {floor}");
        return Ok(ExitCode::from(1));
    }
    if !evaluation.failures.is_empty() {
        eprintln!(
            "newsgraph: {} annotation(s) could not be read; the other {} were scored",
            evaluation.failures.len(),
            report.articles
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn write_summary(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    let c = report.counts;
    writeln!(
        out,
        "{} articles: event F1 {:.3} (P {:.3} R {:.3}; tp {} fp {} fn {})",
        report.articles,
        c.f1(),
        c.precision(),
        c.recall(),
        c.tp,
        c.fp,
        c.fn_
    )?;
    writeln!(
        out,
        "\n{:<18} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}",
        "", "tp", "fp", "fn", "P", "R", "F1"
    )?;
    let rows = report
        .by_type
        .iter()
        .map(|(t, c)| (t.as_str(), *c))
        .chain(report.by_language.iter().map(|(l, c)| (l.as_str(), *c)));
    for (i, (name, counts)) in rows.enumerate() {
        if i == report.by_type.len() {
            writeln!(out)?;
        }
        write_counts(name, counts, out)?;
    }
    writeln!(out)?;
    write_ratio("date", report.date, out)?;
    write_ratio("date exact", report.date_exact, out)?;
    write_ratio("place", report.location, out)?;
    write_ratio("status", report.status, out)?;
    write_ratio("offsets exact", report.evidence_offsets_exact, out)?;
    write_ratio("same IRI across", report.cross_article_same_iri, out)?;
    writeln!(
        out,
        "{:<18} {} events on {} articles without gold events",
        "distractors", report.events_on_distractors, report.distractors
    )?;
    write_causes("misses, why", &report.miss_causes, out)?;
    write_causes("false, why", &report.false_causes, out)
}

/// One line per cause, the most frequent first.
fn write_causes(
    name: &str,
    causes: &BTreeMap<&'static str, usize>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut rows: Vec<(&str, usize)> = causes.iter().map(|(c, n)| (*c, *n)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (i, (cause, n)) in rows.into_iter().enumerate() {
        let label = if i == 0 { name } else { "" };
        writeln!(out, "{label:<18} {n:>4}  {cause}")?;
    }
    Ok(())
}

fn write_counts(name: &str, c: Counts, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{name:<18} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}",
        c.tp,
        c.fp,
        c.fn_,
        c.precision(),
        c.recall(),
        c.f1()
    )
}

fn write_ratio(name: &str, r: Ratio, out: &mut impl Write) -> std::io::Result<()> {
    let share = if r.total == 0 {
        String::from("-")
    } else {
        format!("{:.3}", r.right as f64 / r.total as f64)
    };
    writeln!(out, "{name:<18} {:>4}/{:<4} {share}", r.right, r.total)
}

fn write_per_article(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    for a in &report.per_article {
        let c = a.counts;
        writeln!(out, "{}: tp={} fp={} fn={}", a.article, c.tp, c.fp, c.fn_)?;
        for (line, cause) in a.spurious.iter().zip(&a.spurious_causes) {
            writeln!(out, "   spurious {line}: {cause}")?;
        }
        for (line, cause) in a.missed.iter().zip(&a.missed_causes) {
            writeln!(out, "   missed   {line}: {cause}")?;
        }
        for line in &a.wrong {
            writeln!(out, "   wrong    {line}")?;
        }
    }
    for line in &report.cross_article_split {
        writeln!(out, "two IRIs for one event: {line}")?;
    }
    writeln!(out)
}
