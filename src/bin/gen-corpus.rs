//! gen-corpus: writes N synthetic news articles as news-please JSON Lines,
//! deterministic for a given seed, for benchmarks (see BENCHMARKS.md).
//!
//! ```text
//! gen-corpus --seed 42 --count 10000 [--lang id|en|mix] > corpus.jsonl
//! ```
//!
//! Each record has a unique `url`, a `title`, `date_publish`, `language` and a
//! `maintext` of 3–6 KB: paragraphs mixing event sentences of the five types
//! (meetings, visits, weapons talks, missile tests, military exercises),
//! background sentences, and look-alike distractors (shareholder meetings,
//! football training, car and vaccine trials, tourist visits), with dates
//! such as `Senin (4/9/2023)`, `13 September 2023`, `on Wednesday`,
//! `last week`, and expected-status cues (`akan`, `will`). Names come from
//! the gazetteer under ontology/gazetteer; every sentence template is written
//! for this generator.

use std::io::{BufWriter, Write};

const PEOPLE: &str = include_str!("../../ontology/gazetteer/people.tsv");
const COUNTRIES: &str = include_str!("../../ontology/gazetteer/countries.tsv");
const CITIES: &str = include_str!("../../ontology/gazetteer/cities.tsv");
const PLACES: &str = include_str!("../../ontology/gazetteer/places.tsv");

const MIN_TEXT: usize = 3000;
const MAX_TEXT: usize = 6000;

/// splitmix64: tiny, fast, good enough for picking templates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    Id,
    En,
}

struct Named {
    en: String,
    id: String,
}

impl Named {
    fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Id => &self.id,
        }
    }
}

struct Person {
    name: String,
    country: usize,
}

struct World {
    people: Vec<Person>,
    countries: Vec<Named>,
    country_ids: Vec<String>,
    cities: Vec<Named>,
    seas: Vec<Named>,
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
}

fn cell<'a>(row: &[&'a str], i: usize) -> &'a str {
    row.get(i).copied().unwrap_or("").trim()
}

impl World {
    fn load() -> World {
        let mut countries = Vec::new();
        let mut country_ids = Vec::new();
        for r in rows(COUNTRIES) {
            let en = cell(&r, 2);
            if en.is_empty() {
                continue;
            }
            let id = cell(&r, 3);
            country_ids.push(cell(&r, 0).to_string());
            countries.push(Named {
                en: en.to_string(),
                id: if id.is_empty() { en } else { id }.to_string(),
            });
        }
        let mut people = Vec::new();
        for r in rows(PEOPLE) {
            let name = cell(&r, 2);
            if let Some(country) = country_ids.iter().position(|c| c == cell(&r, 7)) {
                if !name.is_empty() {
                    people.push(Person {
                        name: name.to_string(),
                        country,
                    });
                }
            }
        }
        // Capitals and other large cities: the places news is datelined from.
        let mut cities = Vec::new();
        for r in rows(CITIES) {
            let en = cell(&r, 2);
            if en.is_empty() || (cell(&r, 8).is_empty() && cities.len() % 3 != 0) {
                continue;
            }
            let id = cell(&r, 3);
            cities.push(Named {
                en: en.to_string(),
                id: if id.is_empty() { en } else { id }.to_string(),
            });
        }
        let mut seas = Vec::new();
        for r in rows(PLACES) {
            if cell(&r, 1) == "Sea" && !cell(&r, 2).is_empty() {
                let en = cell(&r, 2);
                let id = cell(&r, 3);
                seas.push(Named {
                    en: en.to_string(),
                    id: if id.is_empty() { en } else { id }.to_string(),
                });
            }
        }
        World {
            people,
            countries,
            country_ids,
            cities,
            seas,
        }
    }
}

/// A civil date.
#[derive(Clone, Copy)]
struct Date {
    y: i64,
    m: u32,
    d: u32,
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS_ID: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const DAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    fn days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Date { y, m, d }
    }
    /// 0 = Monday.
    fn weekday(self) -> usize {
        (self.days() + 3).rem_euclid(7) as usize
    }
    fn plus(self, days: i64) -> Date {
        Date::from_days(self.days() + days)
    }
}

struct Gen<'w> {
    rng: Rng,
    w: &'w World,
    lang: Lang,
    published: Date,
}

impl Gen<'_> {
    fn country(&mut self) -> usize {
        // Favour the states that make security news, as real coverage does.
        const BUSY: [&str; 12] = [
            "Russia",
            "China",
            "United_States",
            "North_Korea",
            "South_Korea",
            "Japan",
            "Indonesia",
            "Ukraine",
            "Iran",
            "Australia",
            "India",
            "Philippines",
        ];
        if self.rng.chance(60) {
            let id = *self.rng.pick(&BUSY);
            if let Some(i) = self.w.country_ids.iter().position(|c| c == id) {
                return i;
            }
        }
        self.rng.below(self.w.countries.len())
    }
    fn state(&mut self) -> String {
        let c = self.country();
        self.w.countries[c].get(self.lang).to_string()
    }
    fn two_states(&mut self) -> (String, String) {
        let a = self.country();
        let mut b = self.country();
        while b == a {
            b = self.country();
        }
        (
            self.w.countries[a].get(self.lang).to_string(),
            self.w.countries[b].get(self.lang).to_string(),
        )
    }
    fn city(&mut self) -> String {
        let c = self.rng.below(self.w.cities.len());
        self.w.cities[c].get(self.lang).to_string()
    }
    fn sea(&mut self) -> String {
        let s = self.rng.below(self.w.seas.len());
        self.w.seas[s].get(self.lang).to_string()
    }
    /// A leader with a title: `Presiden Rusia Vladimir Putin`, `Japanese Prime Minister …`.
    fn leader(&mut self) -> String {
        let p = &self.w.people[self.rng.below(self.w.people.len())];
        let country = &self.w.countries[p.country];
        match self.lang {
            Lang::Id => {
                let title = *self.rng.pick(&[
                    "Presiden",
                    "Perdana Menteri",
                    "Menteri Luar Negeri",
                    "Menteri Pertahanan",
                    "Kepala Negara",
                ]);
                format!("{title} {} {}", country.id, p.name)
            }
            Lang::En => {
                let title = *self.rng.pick(&[
                    "President",
                    "Prime Minister",
                    "Foreign Minister",
                    "Defence Minister",
                    "leader",
                ]);
                format!("{} {title} {}", country.en, p.name)
            }
        }
    }
    fn two_leaders(&mut self) -> (String, String) {
        let a = self.leader();
        let mut b = self.leader();
        while b == a {
            b = self.leader();
        }
        (a, b)
    }
    /// A date phrase near publication, in one of the forms news uses.
    fn date(&mut self) -> String {
        let back = self.rng.below(9) as i64;
        let d = self.published.plus(-back);
        match (self.lang, self.rng.below(5)) {
            (Lang::Id, 0 | 1) => format!("{} ({}/{}/{})", DAYS_ID[d.weekday()], d.d, d.m, d.y),
            (Lang::Id, 2) => format!("pada {} {} {}", d.d, MONTHS_ID[d.m as usize - 1], d.y),
            (Lang::Id, 3) => "pekan lalu".to_string(),
            (Lang::Id, _) => format!("pada hari {}", DAYS_ID[d.weekday()]),
            (Lang::En, 0 | 1) => format!("on {}", DAYS_EN[d.weekday()]),
            (Lang::En, 2) => format!("on {} {} {}", d.d, MONTHS_EN[d.m as usize - 1], d.y),
            (Lang::En, 3) => "last week".to_string(),
            (Lang::En, _) => format!("on {} {}, {}", MONTHS_EN[d.m as usize - 1], d.d, d.y),
        }
    }
    /// A date phrase after publication, for expected events.
    fn future(&mut self) -> String {
        let ahead = 3 + self.rng.below(40) as i64;
        let d = self.published.plus(ahead);
        match (self.lang, self.rng.below(3)) {
            (Lang::Id, 0) => "pekan depan".to_string(),
            (Lang::Id, 1) => format!("pada {} {} {}", d.d, MONTHS_ID[d.m as usize - 1], d.y),
            (Lang::Id, _) => "bulan depan".to_string(),
            (Lang::En, 0) => "next week".to_string(),
            (Lang::En, 1) => format!("on {} {} {}", d.d, MONTHS_EN[d.m as usize - 1], d.y),
            (Lang::En, _) => "next month".to_string(),
        }
    }
    fn number(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.rng.below(hi - lo + 1)
    }

    fn event(&mut self) -> String {
        let kind = self.rng.below(5);
        let expected = self.rng.chance(25);
        match self.lang {
            Lang::Id => self.event_id(kind, expected),
            Lang::En => self.event_en(kind, expected),
        }
    }

    /// An Indonesian event sentence of kind 0 meeting, 1 visit, 2 weapons
    /// talks, 3 missile test, else exercise.
    fn event_id(&mut self, kind: usize, expected: bool) -> String {
        match kind {
            0 => {
                let (a, b) = self.two_leaders();
                let city = self.city();
                if expected {
                    let f = self.future();
                    format!("{a} akan bertemu dengan {b} di {city} {f} untuk membahas situasi keamanan kawasan, kata juru bicara kementerian.")
                } else {
                    let d = self.date();
                    match self.rng.below(3) {
                        0 => format!("{a} bertemu dengan {b} di {city} {d} dalam pertemuan tertutup yang berlangsung sekitar dua jam."),
                        1 => format!("{a} menyambut {b} di istana kepresidenan di {city} {d}, sebelum keduanya menggelar pembicaraan empat mata."),
                        _ => format!("Dalam pertemuan bilateral di {city} {d}, {a} dan {b} sepakat memperluas kerja sama ekonomi."),
                    }
                }
            }
            1 => {
                let a = self.leader();
                let city = self.city();
                if expected {
                    let f = self.future();
                    format!("{a} dijadwalkan melakukan kunjungan kenegaraan ke {city} {f}, menurut pernyataan resmi pemerintah.")
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("{a} tiba di {city} {d} untuk kunjungan resmi selama tiga hari."),
                        _ => format!("{a} melakukan kunjungan ke {city} {d} dan meninjau sejumlah proyek infrastruktur."),
                    }
                }
            }
            2 => {
                let (a, b) = self.two_states();
                if expected {
                    let f = self.future();
                    format!("{a} akan melanjutkan perundingan pembelian senjata dan amunisi dengan {b} {f}, ujar seorang pejabat senior.")
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("{a} dan {b} membahas pasokan artileri dan amunisi dalam perundingan di ibu kota {d}."),
                        _ => format!("{a} telah menandatangani kesepakatan pembelian alutsista senilai {} miliar dolar AS dari {b} {d}.", self.number(1, 9)),
                    }
                }
            }
            3 => {
                let a = self.state();
                let sea = self.sea();
                if expected {
                    let f = self.future();
                    format!("{a} diperkirakan akan melakukan uji coba rudal balistik antarbenua {f}, kata analis intelijen.")
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("{a} meluncurkan rudal balistik ke arah {sea} {d}, menurut kepala staf gabungan."),
                        _ => format!("Militer {a} menembakkan {} rudal jelajah di atas {sea} {d}.", self.number(2, 8)),
                    }
                }
            }
            _ => {
                let (a, b) = self.two_states();
                let sea = self.sea();
                if expected {
                    let f = self.future();
                    format!("Angkatan laut {a} dan {b} akan menggelar latihan militer gabungan di {sea} {f}.")
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("Pasukan {a} dan {b} memulai latihan perang bersama di {sea} {d} dengan melibatkan {} personel.", self.number(2, 40) * 100),
                        _ => format!("{a} menggelar latihan militer besar-besaran di dekat {sea} {d}, yang diikuti kapal perang dan pesawat tempur."),
                    }
                }
            }
        }
    }

    /// The English sentences of [`Self::event_id`]'s kinds.
    fn event_en(&mut self, kind: usize, expected: bool) -> String {
        match kind {
            0 => {
                let (a, b) = self.two_leaders();
                let city = self.city();
                if expected {
                    let f = self.future();
                    format!("{a} will meet {b} in {city} {f} to discuss regional security, a ministry spokesperson said.")
                } else {
                    let d = self.date();
                    match self.rng.below(3) {
                        0 => format!("{a} met {b} in {city} {d} for talks that lasted nearly two hours."),
                        1 => format!("{a} welcomed {b} at the presidential palace in {city} {d} before a closed-door session."),
                        _ => format!("At a summit in {city} {d}, {a} and {b} agreed to expand trade and investment."),
                    }
                }
            }
            1 => {
                let a = self.leader();
                let city = self.city();
                if expected {
                    let f = self.future();
                    format!(
                        "{a} is scheduled to visit {city} {f}, according to an official statement."
                    )
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("{a} arrived in {city} {d} for a three-day official stay."),
                        _ => format!(
                            "{a} visited {city} {d} and toured several infrastructure projects."
                        ),
                    }
                }
            }
            2 => {
                let (a, b) = self.two_states();
                if expected {
                    let f = self.future();
                    format!("{a} will resume arms talks with {b} {f}, a senior official said.")
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("{a} and {b} discussed supplies of artillery shells and ammunition during negotiations {d}."),
                        _ => format!("{a} has signed a weapons deal worth ${} billion with {b} {d}.", self.number(1, 9)),
                    }
                }
            }
            3 => {
                let a = self.state();
                let sea = self.sea();
                if expected {
                    let f = self.future();
                    format!("{a} is expected to test a new intercontinental ballistic missile {f}, intelligence analysts said.")
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("{a} launched a ballistic missile toward the {sea} {d}, the joint chiefs of staff said."),
                        _ => format!("The military of {a} fired {} cruise missiles over the {sea} {d}.", self.number(2, 8)),
                    }
                }
            }
            _ => {
                let (a, b) = self.two_states();
                let sea = self.sea();
                if expected {
                    let f = self.future();
                    format!("The navies of {a} and {b} will hold joint military exercises in the {sea} {f}.")
                } else {
                    let d = self.date();
                    match self.rng.below(2) {
                        0 => format!("Troops from {a} and {b} began joint drills in the {sea} {d} involving {} personnel.", self.number(2, 40) * 100),
                        _ => format!("{a} staged large-scale naval exercises near the {sea} {d}, with warships and fighter jets taking part."),
                    }
                }
            }
        }
    }

    /// Sentences with an event word that states no event of interest.
    fn distractor(&mut self) -> String {
        let city = self.city();
        let company = *self.rng.pick(&[
            "Sinar Maju",
            "Karya Nusantara",
            "Bumi Lestari",
            "Cahaya Timur",
            "Samudra Jaya",
            "Mitra Sentosa",
        ]);
        match (self.lang, self.rng.below(6)) {
            (Lang::Id, 0) => {
                let d = self.date();
                format!("PT {company} Tbk akan menggelar rapat umum pemegang saham tahunan (RUPS) di {city} {d} untuk membahas pembagian dividen.")
            }
            (Lang::Id, 1) => {
                let s = self.state();
                format!("Timnas sepak bola Indonesia menjalani latihan di {city} menjelang laga persahabatan melawan {s}, kata pelatih kepala.")
            }
            (Lang::Id, 2) => {
                let s = self.state();
                format!("Produsen mobil listrik asal {s} melakukan uji coba kendaraan terbarunya di jalan tol {city}.")
            }
            (Lang::Id, 3) => format!(
                "Uji coba vaksin tahap ketiga di {city} melibatkan {}.{} relawan dari berbagai kelompok usia.",
                self.number(1, 9),
                self.number(100, 999)
            ),
            (Lang::Id, 4) => format!(
                "Jumlah kunjungan wisman ke {city} naik {},{} persen dibandingkan periode yang sama tahun lalu.",
                self.number(2, 30),
                self.number(0, 9)
            ),
            (Lang::Id, _) => format!("Wali kota {city} bertemu dengan para penggemar klub sepak bola setempat di alun-alun."),
            (Lang::En, 0) => {
                let d = self.date();
                format!("{company} Holdings will hold its annual general meeting for shareholders in {city} {d}.")
            }
            (Lang::En, 1) => {
                let s = self.state();
                format!("The national football team trained in {city} ahead of a friendly against {s}, the coach said.")
            }
            (Lang::En, 2) => {
                let s = self.state();
                format!("A carmaker from {s} began road tests of its newest electric model on highways around {city}.")
            }
            (Lang::En, 3) => format!(
                "A late-stage vaccine trial in {city} enrolled {},{} volunteers of all ages.",
                self.number(1, 9),
                self.number(100, 999)
            ),
            (Lang::En, 4) => format!(
                "Tourists flocked to {city} this season, with foreign tourist arrivals up {} percent.",
                self.number(2, 30)
            ),
            (Lang::En, _) => format!("Hospital visits in {city} fell sharply after the new clinic opened."),
        }
    }

    fn background(&mut self) -> String {
        let city = self.city();
        match (self.lang, self.rng.below(10)) {
            (Lang::Id, 0) => format!("Nilai tukar rupiah ditutup melemah {} poin terhadap dolar AS pada perdagangan sore.", self.number(5, 120)),
            (Lang::Id, 1) => format!("Badan Pusat Statistik mencatat inflasi tahunan sebesar {},{} persen, lebih rendah dari perkiraan pasar.", self.number(1, 6), self.number(0, 9)),
            (Lang::Id, 2) => "Pengamat hubungan internasional menilai situasi di kawasan masih sangat dinamis dan perlu dicermati bersama.".to_string(),
            (Lang::Id, 3) => "Harga minyak mentah dunia naik tipis di tengah kekhawatiran pasar soal ketersediaan pasokan.".to_string(),
            (Lang::Id, 4) => format!("Hujan deras yang mengguyur {city} sejak pagi menyebabkan genangan di sejumlah ruas jalan utama."),
            (Lang::Id, 5) => "Pemerintah menegaskan komitmennya untuk menjaga stabilitas dan perdamaian di kawasan Asia Tenggara.".to_string(),
            (Lang::Id, 6) => format!("Menurut data kementerian, nilai ekspor nonmigas mencapai {} miliar dolar AS sepanjang semester pertama.", self.number(10, 99)),
            (Lang::Id, 7) => "Sejumlah warga mengaku khawatir dengan meningkatnya ketegangan, namun aktivitas sehari-hari tetap berjalan normal.".to_string(),
            (Lang::Id, 8) => format!("Diplomat senior dari {} menyatakan bahwa dialog tetap menjadi jalan terbaik untuk meredakan ketegangan.", self.state()),
            (Lang::Id, _) => format!("Indeks Harga Saham Gabungan ditutup menguat {},{} persen di level {}.", self.number(0, 2), self.number(1, 99), self.number(6500, 7500)),
            (Lang::En, 0) => format!("The local currency weakened {} basis points against the dollar in afternoon trading.", self.number(5, 120)),
            (Lang::En, 1) => format!("The statistics bureau reported annual inflation of {}.{} percent, below market forecasts.", self.number(1, 6), self.number(0, 9)),
            (Lang::En, 2) => "Analysts said the regional situation remained fluid and warranted close attention from all sides.".to_string(),
            (Lang::En, 3) => "Crude oil prices edged higher amid concerns about tight supply in global markets.".to_string(),
            (Lang::En, 4) => format!("Heavy rain in {city} flooded several main roads and snarled the morning commute."),
            (Lang::En, 5) => "The government reiterated its commitment to stability and peace in the wider region.".to_string(),
            (Lang::En, 6) => format!("Non-oil exports reached ${} billion in the first half of the year, ministry data showed.", self.number(10, 99)),
            (Lang::En, 7) => "Residents voiced concern over rising tensions, though daily life continued largely as normal.".to_string(),
            (Lang::En, 8) => format!("A senior diplomat from {} said dialogue remained the best way to ease tensions.", self.state()),
            (Lang::En, _) => format!("The benchmark stock index closed {}.{} percent higher at {} points.", self.number(0, 2), self.number(1, 99), self.number(6500, 7500)),
        }
    }

    fn title(&mut self) -> String {
        match (self.lang, self.rng.below(4)) {
            (Lang::Id, 0) => {
                let (a, b) = self.two_leaders();
                format!("{a} Bertemu {b}")
            }
            (Lang::Id, 1) => format!("{} Luncurkan Rudal Balistik Lagi", self.state()),
            (Lang::Id, 2) => format!("{} Kunjungi {}", self.leader(), self.city()),
            (Lang::Id, _) => format!("Latihan Militer Gabungan Digelar di {}", self.sea()),
            (Lang::En, 0) => {
                let (a, b) = self.two_leaders();
                format!("{a} meets {b}")
            }
            (Lang::En, 1) => format!("{} launches another ballistic missile", self.state()),
            (Lang::En, 2) => format!("{} visits {}", self.leader(), self.city()),
            (Lang::En, _) => format!("Joint military drills held in the {}", self.sea()),
        }
    }

    fn maintext(&mut self) -> String {
        let target = MIN_TEXT + self.rng.below(MAX_TEXT - MIN_TEXT - 400);
        let mut text = String::with_capacity(MAX_TEXT);
        let city = self.city();
        text.push_str(&match self.lang {
            Lang::Id => format!("{}, Kompas Lokal - ", city.to_uppercase()),
            Lang::En => format!("{} (Local Wire) - ", city.to_uppercase()),
        });
        let mut in_paragraph = 0;
        while text.len() < target {
            let roll = self.rng.below(100);
            let sentence = if roll < 30 {
                self.event()
            } else if roll < 45 {
                self.distractor()
            } else {
                self.background()
            };
            if text.len() + sentence.len() + 2 > MAX_TEXT {
                break;
            }
            if in_paragraph > 0 {
                text.push(' ');
            }
            text.push_str(&sentence);
            in_paragraph += 1;
            if in_paragraph >= 2 + self.rng.below(3) {
                text.push_str("\n\n");
                in_paragraph = 0;
            }
        }
        text.truncate(text.trim_end().len());
        text
    }
}

fn usage() -> ! {
    eprintln!("usage: gen-corpus --seed N --count N [--lang id|en|mix]");
    std::process::exit(2)
}

fn main() {
    let mut seed = 42u64;
    let mut count = 1000usize;
    let mut lang = "mix".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--seed" => seed = value().parse().unwrap_or_else(|_| usage()),
            "--count" | "-n" => count = value().parse().unwrap_or_else(|_| usage()),
            "--lang" => lang = value(),
            "-h" | "--help" => {
                println!("usage: gen-corpus --seed N --count N [--lang id|en|mix]\nWrites N synthetic news-please JSON Lines records to standard output.");
                return;
            }
            _ => usage(),
        }
    }
    if !matches!(lang.as_str(), "id" | "en" | "mix") {
        usage();
    }
    let world = World::load();
    let mut rng = Rng(seed);
    let first = Date {
        y: 2023,
        m: 1,
        d: 1,
    }
    .days();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    for n in 0..count {
        let language = match lang.as_str() {
            "id" => Lang::Id,
            "en" => Lang::En,
            _ if rng.chance(50) => Lang::Id,
            _ => Lang::En,
        };
        let published = Date::from_days(first + rng.below(730) as i64);
        // Each article draws from its own stream, so records do not depend on
        // how many numbers the previous ones used.
        let mut g = Gen {
            rng: Rng(rng.next() ^ (n as u64).wrapping_mul(0xA076_1D64_78BD_642F)),
            w: &world,
            lang: language,
            published,
        };
        let title = g.title();
        let maintext = g.maintext();
        let (host, code, section) = match language {
            Lang::Id => ("berita.example.id", "id", "internasional"),
            Lang::En => ("news.example.com", "en", "world"),
        };
        let record = serde_json::json!({
            "url": format!(
                "https://{host}/{section}/{:04}/{:02}/{:02}/{n:08}",
                published.y, published.m, published.d
            ),
            "title": title,
            "date_publish": format!(
                "{:04}-{:02}-{:02} {:02}:{:02}:00",
                published.y,
                published.m,
                published.d,
                6 + g.rng.below(15),
                g.rng.below(60)
            ),
            "language": code,
            "maintext": maintext,
        });
        if serde_json::to_writer(&mut out, &record).is_err() || out.write_all(b"\n").is_err() {
            // Closed pipe (e.g. `| head`): stop quietly.
            return;
        }
    }
    let _ = out.flush();
}
