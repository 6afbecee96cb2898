//! Dates: recognising date expressions in a sentence and resolving them to
//! ISO 8601 with their precision, against a reference date (publication, or
//! the date the text states). Entry points: [`DatePatterns::find`] and
//! [`DateExpression::resolve`].

use std::fmt;

use regex::{Captures, Regex};

use crate::patterns::{ascii_boundaries, prefilter_form, set_matches, PatternSet, LAZY_DFA_CACHE};

/// How much of a [`PartialDate`] is known, ordered coarsest first: the
/// smaller of two precisions is the coarser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// The year alone: `2023`.
    Year,
    /// Year and month: `2023-09`.
    Month,
    /// A calendar day: `2023-09-04`.
    Day,
}

/// A calendar date known to a precision: `2023-09-04`, `2023-09` or `2023`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// The year (Gregorian calendar).
    pub year: i32,
    /// The month, 1..=12; 1 when the precision is [`Precision::Year`].
    pub month: u32,
    /// The day of the month, 1..=28/31; 1 when the precision is coarser than
    /// [`Precision::Day`].
    pub day: u32,
    /// Which of the fields above are known; the others are 1.
    pub precision: Precision,
}

impl PartialDate {
    /// The day `year-month-day`, or `None` when there is no such day (month
    /// outside 1..=12, day 0 or past the end of the month).
    pub fn day(year: i32, month: u32, day: u32) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            Self {
                year,
                month,
                day,
                precision: Precision::Day,
            },
        )
    }

    /// The month `year-month`, or `None` when `month` is outside 1..=12.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self {
            year,
            month,
            day: 1,
            precision: Precision::Month,
        })
    }

    /// The year alone.
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: 1,
            day: 1,
            precision: Precision::Year,
        }
    }

    /// The same date known only to `precision`, or to its own precision when
    /// that is coarser (never finer): the fields it drops become 1.
    pub fn with_precision(self, precision: Precision) -> Self {
        let precision = precision.min(self.precision);
        match precision {
            Precision::Day => self,
            Precision::Month => Self {
                day: 1,
                precision,
                ..self
            },
            Precision::Year => Self {
                day: 1,
                month: 1,
                precision,
                ..self
            },
        }
    }

    /// The XSD datatype local name that carries this precision.
    pub fn xsd_type(&self) -> &'static str {
        match self.precision {
            Precision::Day => "date",
            Precision::Month => "gYearMonth",
            Precision::Year => "gYear",
        }
    }

    /// Compares at the coarser of both precisions.
    pub fn compare_coarse(&self, other: &Self) -> std::cmp::Ordering {
        let precision = self.precision.min(other.precision);
        let a = self.with_precision(precision);
        let b = other.with_precision(precision);
        (a.year, a.month, a.day).cmp(&(b.year, b.month, b.day))
    }

    /// True when one date lies within the other (`2023-09` and `2023-09-04`).
    pub fn is_compatible(&self, other: &Self) -> bool {
        self.compare_coarse(other) == std::cmp::Ordering::Equal
    }

    /// Days between two day-precise dates; `None` when either is vaguer.
    pub fn days_between(&self, other: &Self) -> Option<i64> {
        (self.precision == Precision::Day && other.precision == Precision::Day)
            .then(|| (self.days() - other.days()).abs())
    }

    fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    pub(crate) fn add_days(&self, days: i64) -> Self {
        let (year, month, day) = civil_from_days(self.days() + days);
        Self {
            year,
            month,
            day,
            precision: Precision::Day,
        }
    }

    fn add_months(&self, months: i32) -> Self {
        let total = self.year * 12 + self.month as i32 - 1 + months;
        Self {
            year: total.div_euclid(12),
            month: total.rem_euclid(12) as u32 + 1,
            day: 1,
            precision: Precision::Month,
        }
    }

    /// ISO weekday, 1 = Monday.
    fn weekday(&self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32 + 1
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Year => write!(f, "{:04}", self.year),
        }
    }
}

/// Parses a publication date such as `2023-09-13 00:00:00`, `2023-09-13T08:00:00Z` or `2023-09-13`.
pub fn parse_published(text: &str) -> Option<PartialDate> {
    let date = text.trim().get(..10)?;
    let mut parts = date.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    PartialDate::day(year, month, day)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil calendar algorithms: exact for the proleptic Gregorian calendar.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((yoe + era * 400 + i64::from(month <= 2)) as i32, month, day)
}

/// What a date expression says, before it is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpression {
    /// A calendar date; a missing year is taken from the reference date.
    Calendar {
        /// The year, when the text gives it.
        year: Option<i32>,
        /// The month (1 = January), when the text gives it.
        month: Option<u32>,
        /// The day of the month as written: not checked against the month
        /// until resolved (an impossible date resolves to none).
        day: Option<u32>,
    },
    /// A weekday name alone ("on Wednesday", "Sabtu").
    Weekday(u32),
    /// "last week", "bulan ini": an offset from the reference date.
    Relative {
        /// What the offset counts.
        unit: TimeUnit,
        /// How many units from the reference date: negative before it, 0 the
        /// reference's own day, week, month or year.
        offset: i32,
    },
    /// "two days later", "sehari kemudian": an offset from the time the text
    /// told last, which only the extraction knows (`dates::event_date`);
    /// without one it dates nothing.
    Later {
        /// What the offset counts.
        unit: TimeUnit,
        /// How many units after the time told last.
        offset: i32,
    },
    /// "tiga hari sebelum KTT pada 10 Oktober", "two days after the summit
    /// on …": an offset from the anchor, the date stated right after it in its
    /// phrase ([`anchor_of`]), not from the reference date; none without one.
    Anchored {
        /// What the offset counts.
        unit: TimeUnit,
        /// How many units from the anchor: negative before it.
        offset: i32,
    },
    /// "last September", "Agustus mendatang", "13 September lalu": the
    /// nearest such month (or day) before (or after) the reference date.
    DirectedMonth {
        /// The month, 1..=12.
        month: u32,
        /// The day of the month, when the text gives one.
        day: Option<u32>,
        /// After the reference date ("mendatang", "next") rather than before it.
        forward: bool,
    },
    /// "Friday last week", "Senin pekan depan": a weekday of the week
    /// `offset` weeks from the reference date's (weeks start on Monday).
    WeekdayOfWeek {
        /// ISO weekday, 1 = Monday.
        weekday: u32,
        /// Weeks from the reference date's week.
        offset: i32,
    },
    /// "July last year", "Juli tahun ini": a month (and day) of the year
    /// `offset` years from the reference date's.
    MonthOfYear {
        /// The month, 1..=12.
        month: u32,
        /// The day of the month, when the text gives it.
        day: Option<u32>,
        /// Years from the reference date's year: -1 for last year.
        offset: i32,
    },
}

/// A date expression found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offset where the expression starts: into the text given to
    /// [`DatePatterns::find`], into the article text once recognised.
    pub start: usize,
    /// Byte offset just past the expression's end, counted like `start`.
    pub end: usize,
    /// What the expression says, not yet anchored to a reference date.
    pub expression: DateExpression,
    /// The dates it names from the article's reference date: set by
    /// `recognise` once that date is known, empty from [`DatePatterns::find`].
    pub readings: DateReadings,
}

/// The two dates an expression can name from a reference date: read back
/// (what happened) and ahead (what is expected), for a bare weekday or
/// month; the same date twice for one that names its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateReadings {
    /// Read as the past or present.
    pub back: Option<PartialDate>,
    /// Read as the future.
    pub ahead: Option<PartialDate>,
}

impl DateReadings {
    /// Both readings of `expression` from `reference`.
    pub fn of(expression: &DateExpression, reference: Option<PartialDate>) -> Self {
        Self {
            back: expression.resolve(reference, false),
            ahead: expression.resolve(reference, true),
        }
    }

    /// The date for an event that is expected (`ahead`) or not.
    pub fn read(&self, ahead: bool) -> Option<PartialDate> {
        if ahead {
            self.ahead
        } else {
            self.back
        }
    }
}

impl DateExpression {
    /// Whether the expression names its year ("April 2019", "24/4/2019") or
    /// its day of a month ("Jumat (15/3)", "March 15"), so that "at the
    /// time" or "the same day" later in the text can point back to it.
    pub fn is_explicit(&self) -> bool {
        matches!(
            self,
            DateExpression::Calendar { year: Some(_), .. }
                | DateExpression::Calendar {
                    day: Some(_),
                    month: Some(_),
                    ..
                }
        )
    }

    /// Whether the expression is explicit or names a month it points to from
    /// the report ("Februari lalu", "July last year"): a time "kala itu" or
    /// "at the time" in the next sentence points back to.
    pub fn names_time(&self) -> bool {
        self.is_explicit()
            || matches!(
                self,
                DateExpression::DirectedMonth { .. } | DateExpression::MonthOfYear { .. }
            )
    }

    /// Whether the expression states a time outright or names a weekday
    /// ("on Tuesday", "Friday last week"): a time "two days later" can count
    /// from.
    pub fn is_told_day(&self) -> bool {
        self.is_explicit()
            || matches!(
                self,
                DateExpression::Weekday(_) | DateExpression::WeekdayOfWeek { .. }
            )
    }

    /// Anchors the expression. `future` says the event is expected, which
    /// sends a bare weekday or month forward instead of back.
    pub fn resolve(&self, reference: Option<PartialDate>, future: bool) -> Option<PartialDate> {
        match *self {
            DateExpression::Calendar {
                year: Some(year),
                month: None,
                ..
            } => Some(PartialDate::year(year)),
            DateExpression::Calendar {
                year: Some(year),
                month: Some(month),
                day: None,
            } => PartialDate::month(year, month),
            DateExpression::Calendar {
                year: Some(year),
                month: Some(month),
                day: Some(day),
            } => PartialDate::day(year, month, day),
            DateExpression::Calendar {
                year: None,
                month: Some(month),
                day,
            } => {
                let reference = reference?;
                let mut year = reference.year;
                // A month ahead of publication is last year's when it happened,
                // and a month behind is next year's when it is expected.
                if !future && month > reference.month + 1 {
                    year -= 1;
                } else if future && month + 1 < reference.month {
                    year += 1;
                }
                month_in(year, month, day)
            }
            DateExpression::Calendar { .. } => None,
            DateExpression::Weekday(weekday) => {
                let reference = reference?.with_precision(Precision::Day);
                if reference.precision != Precision::Day {
                    return None;
                }
                let today = reference.weekday() as i64;
                let target = weekday as i64;
                let delta = if future {
                    (target - today).rem_euclid(7)
                } else {
                    -(today - target).rem_euclid(7)
                };
                Some(reference.add_days(delta))
            }
            DateExpression::DirectedMonth {
                month,
                day: Some(day),
                forward,
            } => directed_day(reference?, month, day, forward),
            DateExpression::DirectedMonth {
                month,
                day: None,
                forward,
            } => directed_month(reference?, month, forward),
            DateExpression::WeekdayOfWeek { weekday, offset } => {
                weekday_of_week(reference?, weekday, offset)
            }
            DateExpression::MonthOfYear { month, day, offset } => {
                month_in(reference?.year + offset, month, day)
            }
            DateExpression::Anchored { .. } | DateExpression::Later { .. } => None,
            DateExpression::Relative { unit, offset } => {
                let reference = reference?;
                Some(match unit {
                    TimeUnit::Day => reference.add_days(i64::from(offset)),
                    TimeUnit::Week => reference
                        .add_days(7 * i64::from(offset))
                        .with_precision(Precision::Month),
                    TimeUnit::Month => reference.add_months(offset),
                    TimeUnit::Year => PartialDate::year(reference.year + offset),
                })
            }
        }
    }
}

/// Most bytes between an anchored offset and its anchor's date ("tiga hari
/// sebelum KTT ASEAN di Vientiane pada …").
const ANCHOR_WINDOW: usize = 100;

/// The index in `dates` (one sentence's, in text order; bytes into `text`)
/// of the anchor of the anchored offset at `index`: the first other date
/// after it within its phrase (no comma, semicolon or colon between).
pub fn anchor_of(text: &str, dates: &[DateMention], index: usize) -> Option<usize> {
    let anchored = dates.get(index)?;
    if !matches!(anchored.expression, DateExpression::Anchored { .. }) {
        return None;
    }
    let (next, date) = dates
        .iter()
        .enumerate()
        .find(|(_, d)| d.start >= anchored.end)?;
    let gap = text.get(anchored.end..date.start)?;
    let in_phrase = gap.len() <= ANCHOR_WINDOW && !gap.contains([',', ';', ':']);
    let anchor = !matches!(date.expression, DateExpression::Anchored { .. });
    (in_phrase && anchor).then_some(next)
}

/// Reads every anchored offset of one sentence's `dates` (the others
/// already read from `reference`). With an anchor, from the anchor's
/// readings: "tiga hari sebelum … pada 20 Oktober 2024" is 17 October, the
/// date of what the sentence tells besides. Without one, as the date of
/// what it counts from, the rest of the sentence being now: "two months
/// after talks in Hanoi" dates the talks two months before the reference.
pub fn read_anchored(text: &str, dates: &mut [DateMention], reference: Option<PartialDate>) {
    for index in 0..dates.len() {
        let DateExpression::Anchored { unit, offset } = dates[index].expression else {
            continue;
        };
        let counted = DateExpression::Relative { unit, offset };
        dates[index].readings = match anchor_of(text, dates, index).map(|a| dates[a].readings) {
            Some(anchor) => DateReadings {
                back: anchor.back.and_then(|d| counted.resolve(Some(d), false)),
                ahead: anchor.ahead.and_then(|d| counted.resolve(Some(d), true)),
            },
            None => DateReadings::of(
                &DateExpression::Relative {
                    unit,
                    offset: -offset,
                },
                reference,
            ),
        };
    }
}

/// `weekday` (1 = Monday) of the week `offset` weeks from the reference
/// date's; none when the reference is vaguer than a day.
fn weekday_of_week(reference: PartialDate, weekday: u32, offset: i32) -> Option<PartialDate> {
    if reference.precision != Precision::Day {
        return None;
    }
    let monday = reference.add_days(1 - i64::from(reference.weekday()));
    Some(monday.add_days(7 * i64::from(offset) + i64::from(weekday) - 1))
}

/// "September lalu": the last September before the reference date's month
/// (or, `forward`, the next after it).
fn directed_month(reference: PartialDate, month: u32, forward: bool) -> Option<PartialDate> {
    let year = match (forward, month.cmp(&reference.month)) {
        (true, std::cmp::Ordering::Greater) | (false, std::cmp::Ordering::Less) => reference.year,
        (true, _) => reference.year + 1,
        (false, _) => reference.year - 1,
    };
    PartialDate::month(year, month)
}

/// "13 September lalu": the last 13 September on or before the reference
/// date (or, `forward`, the next on or after it). A reference known only to
/// its month counts the whole month as now.
fn directed_day(
    reference: PartialDate,
    month: u32,
    day: u32,
    forward: bool,
) -> Option<PartialDate> {
    let stated = (month, day);
    let now = match reference.precision {
        Precision::Day => (reference.month, reference.day),
        Precision::Month if forward => (reference.month, 1),
        Precision::Month => (reference.month, 31),
        Precision::Year => return None,
    };
    let year = match (forward, stated.cmp(&now)) {
        (false, std::cmp::Ordering::Greater) => reference.year - 1,
        (true, std::cmp::Ordering::Less) => reference.year + 1,
        _ => reference.year,
    };
    PartialDate::day(year, month, day)
}

/// The unit of a relative date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    /// Days (`day:-1`: the day before the reference date).
    Day,
    /// Weeks of seven days; the date found keeps only its month, as a week
    /// does not say which day.
    Week,
    /// Calendar months; the date found is a month.
    Month,
    /// Years; the date found is a year.
    Year,
}

/// A phrase that names a date relative to the reference date ("last week").
#[derive(Debug)]
pub struct RelativeDate {
    /// The unit of `offset` (the `UNIT` of the row's `UNIT:OFFSET` value).
    pub unit: TimeUnit,
    /// How many units from the reference date; negative is before it.
    pub offset: i32,
    /// The phrase, case-insensitive (the row's pattern column).
    pub pattern: Regex,
}

/// Names and phrases the date recogniser needs for one language.
#[derive(Debug, Default)]
pub struct DateLexicon {
    /// (surface form, month number 1..=12)
    pub months: Vec<(String, u32)>,
    /// (surface form, ISO weekday 1 = Monday ..= 7)
    pub weekdays: Vec<(String, u32)>,
    /// Phrases that name a date by its offset (`relative` rows).
    pub relative: Vec<RelativeDate>,
    /// Words that must precede a bare month or year for it to count as a date ("in", "pada").
    pub prefixes: Vec<String>,
    /// Whether `4/9/2023` means 4 September (day first) in this language.
    pub day_first: bool,
    /// Counted offsets ("two months ago", "dua bulan setelah"): number words,
    /// unit words, and direction words with their sign.
    pub numbers: Vec<(String, u32)>,
    /// (unit word, the unit it counts)
    pub units: Vec<(String, TimeUnit)>,
    /// (direction word, -1 for past or +1 for future)
    pub directions: Vec<(String, i32)>,
    /// (direction word, -1 before or +1 after) of an offset counted from
    /// what follows it ("tiga hari sebelum", "two days after"), not from the
    /// reference date.
    pub anchored_directions: Vec<(String, i32)>,
    /// Direction words of an offset counted from the time told last ("two
    /// days later", "sehari kemudian").
    pub later_directions: Vec<String>,
    /// Words next to a bare month that say which one is meant: "last
    /// September" (-1), "Agustus mendatang" (+1).
    pub month_directions: Vec<(String, i32)>,
    /// Suffixes a day number may carry ("May 5th", "5th May").
    pub ordinals: Vec<String>,
    /// Words between a day number and its month ("the 5th of May").
    pub day_links: Vec<String>,
    /// Words between the two days of a range ("from 20 to 23 May", "19
    /// hingga 21 Agustus"); a hyphen always joins them.
    pub range_links: Vec<String>,
}

/// Reads one match of a date pattern: the mention, or `None` when its words
/// name no date the lexicon knows.
type Decoder = fn(&DatePatterns, &Captures) -> Option<DateMention>;

/// The date regexes of one language, built from its lexicon.
#[derive(Debug)]
pub struct DatePatterns {
    /// Each date pattern with what reads its matches; the prefilter set holds
    /// them in this order, then the lexicon's relative ones.
    table: Vec<(Regex, Decoder)>,
    month_directions: Vec<(String, i32)>,
    numbers: Vec<(String, u32)>,
    units: Vec<(String, TimeUnit)>,
    directions: Vec<(String, i32)>,
    anchored_directions: Vec<(String, i32)>,
    later_directions: Vec<String>,
    months: Vec<(String, u32)>,
    weekdays: Vec<(String, u32)>,
    day_first: bool,
    /// Every pattern above, then the lexicon's relative ones: one pass tells
    /// which to run, and most sentences hold no date at all.
    any: PatternSet,
}

/// The names as one regex alternation, longest first (so "Sept" beats "Sep");
/// a pattern that matches nothing when there are none (the regex crate has no `(?!)`).
fn alternation<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut names: Vec<&str> = names.collect();
    if names.is_empty() {
        return r"[^\s\S]".to_string();
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
}

/// A calendar date from what a match holds.
fn calendar(year: Option<u32>, month: Option<u32>, day: Option<u32>) -> DateExpression {
    DateExpression::Calendar {
        year: year.map(|y| y as i32),
        month,
        day,
    }
}

/// The number a group holds, if it matched.
fn number(m: Option<regex::Match>) -> Option<u32> {
    m.and_then(|m| m.as_str().parse::<u32>().ok())
}

/// A mention spanning the group `group` of a match (0: the whole match).
fn mention(caps: &Captures, group: usize, expression: DateExpression) -> Option<DateMention> {
    let span = caps.get(group)?;
    Some(DateMention {
        start: span.start(),
        end: span.end(),
        expression,
        readings: DateReadings::default(),
    })
}

/// The value of the first entry of `table` named `word`, in any case.
fn lookup<T: Copy>(table: &[(String, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

impl DatePatterns {
    /// Each date pattern of the lexicon's words, with its decoder.
    fn table(lexicon: &DateLexicon) -> [(String, Decoder); 10] {
        let m = alternation(lexicon.months.iter().map(|(n, _)| n.as_str()));
        let w = alternation(lexicon.weekdays.iter().map(|(n, _)| n.as_str()));
        let p = alternation(lexicon.prefixes.iter().map(String::as_str));
        let o = alternation(lexicon.ordinals.iter().map(String::as_str));
        let d = alternation(lexicon.month_directions.iter().map(|(n, _)| n.as_str()));
        let l = alternation(lexicon.day_links.iter().map(String::as_str));
        // The end of a day range: "5-6 September", "from 20 to 23 May" reads
        // as its first day, the start of the event it dates.
        let r = alternation(lexicon.range_links.iter().map(String::as_str));
        let till = format!(r"(?:\s*[-–]\s*|\s+(?i:{r})\s+)\d{{1,2}}(?:{o})?");
        let n = alternation(lexicon.numbers.iter().map(|(n, _)| n.as_str()));
        let u = alternation(lexicon.units.iter().map(|(n, _)| n.as_str()));
        let dir = alternation(
            lexicon
                .directions
                .iter()
                .chain(&lexicon.anchored_directions)
                .map(|(n, _)| n.as_str())
                .chain(lexicon.later_directions.iter().map(String::as_str)),
        );
        [
            (
                r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b|\((\d{1,2})/(\d{1,2})\)".into(),
                Self::numeric,
            ),
            (r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b".into(), Self::iso),
            (
                // "5 September 2023", "5th of September", "5-6 September": a range reads as its first day.
                format!(
                    r"\b(\d{{1,2}})(?:{o})?(?:{till})?\s+(?:(?i:{l})\s+)?({m})\.?(?:,?\s+((?:19|20)\d{{2}}))?\b"
                ),
                Self::day_month,
            ),
            (
                format!(
                    r"\b({m})\.?\s+(\d{{1,2}})(?:{o})?(?:{till})?\b(?:,?\s+((?:19|20)\d{{2}})\b)?"
                ),
                Self::month_day,
            ),
            (
                format!(r"\b({m})\.?,?\s+((?:19|20)\d{{2}})\b"),
                Self::month_year,
            ),
            // "mid-November", "pertengahan-November": a hyphen joins them too.
            (
                format!(r"(?i:\b(?:{p}))(?:\s+|-)({m})\b"),
                Self::prefixed_month,
            ),
            (
                format!(r"(?i:\b(?:{p}))\s+((?:19|20)\d{{2}})\b"),
                Self::prefixed_year,
            ),
            (
                format!(
                    r"\b({w})\b(?:\s*,?\s*\(?\s*(\d{{1,2}})/(\d{{1,2}})(?:/((?:19|20)\d{{2}}))?\s*\)?)?"
                ),
                Self::weekday,
            ),
            (
                format!(
                    r"(?i)\b(?P<n>\d{{1,3}}|{n})\s*(?P<unit>{u})\s+(?:[\w-]+\s+)?(?P<dir>{dir})\b"
                ),
                Self::counted,
            ),
            (
                format!(
                    r"(?i:\b(?P<d1>{d}))\s+(?P<m1>{m})\b|\b(?:(?P<day>\d{{1,2}})(?:{o})?(?:{till})?\s+)?(?P<m2>{m})\s+(?i:(?P<d2>{d})\b)"
                ),
                Self::directed_month,
            ),
        ]
    }

    /// Compiles the date patterns of one language's lexicon.
    pub(crate) fn build(lexicon: &DateLexicon) -> Result<Self, regex::Error> {
        let table = Self::table(lexicon);
        let table = table
            .into_iter()
            .map(|(pattern, decoder)| Ok((Regex::new(&ascii_boundaries(&pattern))?, decoder)))
            .collect::<Result<Vec<_>, regex::Error>>()?;
        let relative = lexicon
            .relative
            .iter()
            .map(|r| format!("(?i:{})", r.pattern.as_str()));
        let all = table
            .iter()
            .map(|(r, _)| r.as_str().to_string())
            .chain(relative);
        let all: Vec<String> = all.map(|p| prefilter_form(&p).into_owned()).collect();
        let any = PatternSet::new(&all, false, LAZY_DFA_CACHE)?;
        Ok(Self {
            table,
            any,
            month_directions: lexicon.month_directions.clone(),
            numbers: lexicon.numbers.clone(),
            units: lexicon.units.clone(),
            directions: lexicon.directions.clone(),
            anchored_directions: lexicon.anchored_directions.clone(),
            later_directions: lexicon.later_directions.clone(),
            months: lexicon.months.clone(),
            weekdays: lexicon.weekdays.clone(),
            day_first: lexicon.day_first,
        })
    }

    fn month_number(&self, name: &str) -> Option<u32> {
        self.months.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
    }

    /// Day and month of two numbers in this language's order.
    fn day_month_of(&self, a: Option<u32>, b: Option<u32>) -> (Option<u32>, Option<u32>) {
        if self.day_first {
            (a, b)
        } else {
            (b, a)
        }
    }

    /// `4/9/2023`, `(4/9)`.
    fn numeric(&self, caps: &Captures) -> Option<DateMention> {
        let (a, b, year) = match caps.get(1) {
            Some(_) => (
                number(caps.get(1)),
                number(caps.get(2)),
                number(caps.get(3)),
            ),
            None => (number(caps.get(4)), number(caps.get(5)), None),
        };
        let (day, month) = self.day_month_of(a, b);
        month.filter(|m| (1..=12).contains(m))?;
        mention(caps, 0, calendar(year, month, day))
    }

    /// `2023-09-04`.
    fn iso(&self, caps: &Captures) -> Option<DateMention> {
        let month = number(caps.get(2)).filter(|m| (1..=12).contains(m))?;
        mention(
            caps,
            0,
            calendar(number(caps.get(1)), Some(month), number(caps.get(3))),
        )
    }

    /// `4 September 2023`.
    fn day_month(&self, caps: &Captures) -> Option<DateMention> {
        let month = caps.get(2).and_then(|m| self.month_number(m.as_str()));
        mention(
            caps,
            0,
            calendar(number(caps.get(3)), month, number(caps.get(1))),
        )
    }

    /// `September 4, 2023`.
    fn month_day(&self, caps: &Captures) -> Option<DateMention> {
        let month = caps.get(1).and_then(|m| self.month_number(m.as_str()));
        mention(
            caps,
            0,
            calendar(number(caps.get(3)), month, number(caps.get(2))),
        )
    }

    /// `September 2023`.
    fn month_year(&self, caps: &Captures) -> Option<DateMention> {
        let month = caps.get(1).and_then(|m| self.month_number(m.as_str()));
        mention(caps, 0, calendar(number(caps.get(2)), month, None))
    }

    /// A bare month after a prefix: the month alone.
    fn prefixed_month(&self, caps: &Captures) -> Option<DateMention> {
        let month = self.month_number(caps.get(1)?.as_str());
        mention(caps, 1, calendar(None, month, None))
    }

    /// A bare year after a prefix: the year alone.
    fn prefixed_year(&self, caps: &Captures) -> Option<DateMention> {
        mention(caps, 1, calendar(number(caps.get(1)), None, None))
    }

    /// A weekday, with its date in brackets when one follows.
    fn weekday(&self, caps: &Captures) -> Option<DateMention> {
        let expression = match caps.get(2) {
            Some(_) => {
                let (day, month) = self.day_month_of(number(caps.get(2)), number(caps.get(3)));
                calendar(number(caps.get(4)), month, day)
            }
            None => {
                let name = caps.get(1)?.as_str();
                let (_, day) = self.weekdays.iter().find(|(n, _)| n == name)?;
                DateExpression::Weekday(*day)
            }
        };
        mention(caps, 0, expression)
    }

    /// A counted offset: number, unit, direction.
    fn counted(&self, caps: &Captures) -> Option<DateMention> {
        let n_text = &caps["n"];
        let count = n_text
            .parse::<u32>()
            .ok()
            .or_else(|| lookup(&self.numbers, n_text))?;
        let unit = lookup(&self.units, &caps["unit"])?;
        let dir = &caps["dir"];
        if let Some(sign) = lookup(&self.anchored_directions, dir) {
            let offset = sign * count as i32;
            return mention(caps, 0, DateExpression::Anchored { unit, offset });
        }
        if self.later_directions.iter().any(|w| w == dir) {
            let offset = count as i32;
            return mention(caps, 0, DateExpression::Later { unit, offset });
        }
        let sign = lookup(&self.directions, dir)?;
        let offset = sign * count as i32;
        mention(caps, 0, DateExpression::Relative { unit, offset })
    }

    /// A month with a word that says which one.
    fn directed_month(&self, caps: &Captures) -> Option<DateMention> {
        let name = caps.name("m1").or(caps.name("m2"))?.as_str();
        let word = caps.name("d1").or(caps.name("d2"))?.as_str();
        let sign = lookup(&self.month_directions, word)?;
        let month = self.month_number(name)?;
        let forward = sign > 0;
        let day = number(caps.name("day"));
        mention(
            caps,
            0,
            DateExpression::DirectedMonth {
                month,
                day,
                forward,
            },
        )
    }

    /// Date expressions in `text`, non-overlapping, longest first, in text order.
    pub fn find(&self, text: &str, lexicon: &DateLexicon) -> Vec<DateMention> {
        let Some(which) = set_matches(&self.any, text) else {
            return Vec::new();
        };
        let mut found: Vec<DateMention> = Vec::new();
        for (index, (regex, decode)) in self.table.iter().enumerate() {
            if which.matched(index) {
                found.extend(regex.captures_iter(text).filter_map(|c| decode(self, &c)));
            }
        }
        for (k, relative) in lexicon.relative.iter().enumerate() {
            if !which.matched(self.table.len() + k) {
                continue;
            }
            let expression = DateExpression::Relative {
                unit: relative.unit,
                offset: relative.offset,
            };
            found.extend(relative.pattern.find_iter(text).map(|m| DateMention {
                start: m.start(),
                end: m.end(),
                expression,
                readings: DateReadings::default(),
            }));
        }
        let joined = months_of_relative_years(text, &found);
        found.extend(joined);
        let joined = weekdays_of_relative_weeks(text, &found);
        found.extend(joined);
        // Longest expressions win; a weekday with its date in brackets beats either part.
        found.sort_by_key(|d| (std::cmp::Reverse(d.end - d.start), d.start));
        let mut chosen: Vec<DateMention> = Vec::new();
        for mention in found {
            if chosen
                .iter()
                .all(|c| mention.end <= c.start || mention.start >= c.end)
            {
                chosen.push(mention);
            }
        }
        chosen.sort_by_key(|d| d.start);
        chosen
    }
}

/// A month of a year, on a day of it when one is given.
fn month_in(year: i32, month: u32, day: Option<u32>) -> Option<PartialDate> {
    match day {
        Some(day) => PartialDate::day(year, month, day),
        None => PartialDate::month(year, month),
    }
}

/// A month without a year and the relative year right after it ("July last
/// year", "Juli tahun lalu") as one expression, longer than either part so it
/// wins over them: the year word dates the month, not the event on its own.
fn months_of_relative_years(text: &str, found: &[DateMention]) -> Vec<DateMention> {
    let separator = |c: char| c.is_whitespace() || c == ',';
    join_adjacent(text, found, separator, |first, second| {
        match (first, second) {
            (
                DateExpression::Calendar {
                    year: None,
                    month: Some(month),
                    day,
                },
                DateExpression::Relative {
                    unit: TimeUnit::Year,
                    offset,
                },
            ) => Some(DateExpression::MonthOfYear { month, day, offset }),
            _ => None,
        }
    })
}

/// A weekday and the relative week right after it ("Friday last week",
/// "Jumat pekan lalu") as one expression that wins over both parts: the
/// week says which of the two nearest such weekdays is meant.
fn weekdays_of_relative_weeks(text: &str, found: &[DateMention]) -> Vec<DateMention> {
    join_adjacent(text, found, char::is_whitespace, |first, second| {
        match (first, second) {
            (
                DateExpression::Weekday(weekday),
                DateExpression::Relative {
                    unit: TimeUnit::Week,
                    offset,
                },
            ) => Some(DateExpression::WeekdayOfWeek { weekday, offset }),
            _ => None,
        }
    })
}

/// Every pair of mentions, the second after the first with only
/// `separator` characters between, that `combine` makes one expression: the
/// joined mention spans both.
fn join_adjacent(
    text: &str,
    found: &[DateMention],
    separator: impl Fn(char) -> bool,
    combine: impl Fn(DateExpression, DateExpression) -> Option<DateExpression>,
) -> Vec<DateMention> {
    let mut joined = Vec::new();
    for first in found {
        for second in found {
            let Some(expression) = combine(first.expression, second.expression) else {
                continue;
            };
            let between = text.get(first.end..second.start).unwrap_or("x");
            if second.start >= first.end && between.chars().all(&separator) {
                joined.push(DateMention {
                    start: first.start,
                    end: second.end,
                    expression,
                    readings: DateReadings::default(),
                });
            }
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_round_trip_and_weekday() {
        let date = PartialDate::day(2023, 9, 4).unwrap();
        assert_eq!(date.weekday(), 1, "4 September 2023 was a Monday");
        assert_eq!(date.add_days(-7).to_string(), "2023-08-28");
        assert_eq!(
            PartialDate::day(2024, 2, 28)
                .unwrap()
                .add_days(1)
                .to_string(),
            "2024-02-29"
        );
        assert!(PartialDate::day(2023, 2, 29).is_none());
    }

    #[test]
    fn weekday_resolves_back_when_past_and_forward_when_expected() {
        let wednesday = PartialDate::day(2019, 4, 24).unwrap();
        let thursday = DateExpression::Weekday(4);
        assert_eq!(
            thursday.resolve(Some(wednesday), true).unwrap().to_string(),
            "2019-04-25"
        );
        assert_eq!(
            thursday
                .resolve(Some(wednesday), false)
                .unwrap()
                .to_string(),
            "2019-04-18"
        );
        assert_eq!(
            DateExpression::Weekday(3)
                .resolve(Some(wednesday), false)
                .unwrap()
                .to_string(),
            "2019-04-24"
        );
    }

    #[test]
    fn a_mention_read_once_serves_both_statuses() {
        let published = PartialDate::day(2024, 1, 10).unwrap();
        let december = DateExpression::Calendar {
            year: None,
            month: Some(12),
            day: None,
        };
        let readings = DateReadings::of(&december, Some(published));
        assert_eq!(readings.read(false).unwrap().to_string(), "2023-12");
        assert_eq!(readings.read(true).unwrap().to_string(), "2024-12");
        // A date that names its year reads the same both ways; none without a reference.
        let stated = DateExpression::Calendar {
            year: Some(2021),
            month: Some(3),
            day: Some(4),
        };
        let readings = DateReadings::of(&stated, None);
        assert_eq!(readings.back, readings.ahead);
        assert_eq!(readings.back.unwrap().to_string(), "2021-03-04");
        assert_eq!(DateReadings::of(&december, None), DateReadings::default());
    }

    #[test]
    fn bare_month_takes_the_year_that_fits_the_status() {
        let published = PartialDate::day(2024, 1, 10).unwrap();
        let december = DateExpression::Calendar {
            year: None,
            month: Some(12),
            day: None,
        };
        assert_eq!(
            december
                .resolve(Some(published), false)
                .unwrap()
                .to_string(),
            "2023-12"
        );
        let july = DateExpression::Calendar {
            year: None,
            month: Some(7),
            day: None,
        };
        assert_eq!(
            july.resolve(Some(PartialDate::day(2023, 9, 1).unwrap()), false)
                .unwrap()
                .to_string(),
            "2023-07"
        );
        assert_eq!(
            july.resolve(Some(PartialDate::day(2023, 9, 1).unwrap()), true)
                .unwrap()
                .to_string(),
            "2024-07"
        );
    }

    #[test]
    fn relative_week_keeps_month_precision() {
        let published = PartialDate::day(2023, 9, 4).unwrap();
        let last_week = DateExpression::Relative {
            unit: TimeUnit::Week,
            offset: -1,
        };
        assert_eq!(
            last_week
                .resolve(Some(published), false)
                .unwrap()
                .to_string(),
            "2023-08"
        );
        let this_month = DateExpression::Relative {
            unit: TimeUnit::Month,
            offset: 0,
        };
        assert_eq!(
            this_month
                .resolve(Some(published), false)
                .unwrap()
                .to_string(),
            "2023-09"
        );
    }

    #[test]
    fn publication_dates_parse() {
        assert_eq!(
            parse_published("2023-09-13 00:00:00").unwrap().to_string(),
            "2023-09-13"
        );
        assert_eq!(
            parse_published("2024-06-19T02:05:00Z").unwrap().to_string(),
            "2024-06-19"
        );
        assert!(parse_published("13/09/2023").is_none());
    }
}
