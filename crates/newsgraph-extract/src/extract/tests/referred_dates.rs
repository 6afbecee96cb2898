//! A trigger noun that refers back to the event reported ("Ruto's visit",
//! "kunjungan tersebut") keeps that event and its date: a date beyond another
//! trigger is that trigger's. Sentences written for these tests.

use super::{events, Found};

fn visits(found: &[Found]) -> Vec<(Vec<String>, Option<String>)> {
    let mut visits: Vec<_> = found
        .iter()
        .filter(|e| e.0 == "Visit")
        .map(|e| (e.1.clone(), e.3.clone()))
        .collect();
    visits.sort();
    visits
}

#[test]
fn a_possessed_visit_keeps_its_date_when_another_trip_is_dated_after_it() {
    let text = "Indonesian President Joko Widodo arrived in Nairobi on Saturday. \
                Widodo's visit follows a trip to Nairobi by Chinese Foreign Minister Wang Yi on Sept. 5.";
    let found = events("en", "2024-09-21 10:00:00", text);
    let dates: Vec<_> = visits(&found).into_iter().map(|v| v.1).collect();
    assert_eq!(dates.len(), 2, "{found:?}");
    assert!(dates.contains(&Some("2024-09-21".into())), "{found:?}");
    assert!(dates.contains(&Some("2024-09-05".into())), "{found:?}");
}

#[test]
fn a_visit_referred_to_by_tersebut_keeps_its_date() {
    let text = "Presiden Prabowo Subianto tiba di Tokyo pada Senin (9/6/2025). \
                Kunjungan tersebut menyusul lawatan Menteri Luar Negeri China Wang Yi ke Tokyo pada 2 Juni.";
    let found = events("id", "2025-06-10 10:00:00", text);
    let dates: Vec<_> = visits(&found).into_iter().map(|v| v.1).collect();
    assert_eq!(dates.len(), 2, "{found:?}");
    assert!(dates.contains(&Some("2025-06-09".into())), "{found:?}");
    assert!(dates.contains(&Some("2025-06-02".into())), "{found:?}");
}

#[test]
fn talks_referred_to_by_keduanya_keep_the_meeting_date() {
    let text = "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada Senin (9/6/2025). \
                Pembicaraan keduanya berlangsung setelah Korea Utara meluncurkan rudal balistik pada 2 Juni.";
    let found = events("id", "2025-06-10 10:00:00", text);
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 1, "{found:?}");
    assert_eq!(meetings[0].3.as_deref(), Some("2025-06-09"), "{found:?}");
}

#[test]
fn a_date_in_a_relative_clause_about_a_later_noun_is_not_the_talks_date() {
    let text = "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada Senin (9/6/2025). \
                Pembicaraan keduanya berpusat pada upaya menghidupkan kembali kesepakatan ekspor beras Vietnam yang ditinggalkan Hanoi pada April lalu.";
    let found = events("id", "2025-06-10 10:00:00", text);
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 1, "{found:?}");
    assert_eq!(meetings[0].3.as_deref(), Some("2025-06-09"), "{found:?}");
}

#[test]
fn kala_itu_takes_a_month_told_as_last_february() {
    // "Februari lalu" is a time told outright: "kala itu" in the next
    // sentence points back to it, not to the contract's day told before, so
    // the two mentions of the February meeting are one record.
    let text = "Kementerian Pertahanan menandatangani kontrak 12 kapal patroli dengan Turki pada Rabu (11/6/2025). \
                Kontrak itu berawal dari pertemuan Presiden Prabowo Subianto dengan Presiden Turki Recep Tayyip Erdoğan di Bogor pada Februari lalu. \
                Dalam kunjungan kenegaraan ke Indonesia kala itu, Erdoğan dan Prabowo menyaksikan penandatanganan sejumlah nota kesepahaman.";
    let found = events("id", "2025-06-12 08:00:00", text);
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 1, "{found:?}");
    assert_eq!(meetings[0].3.as_deref(), Some("2025-02"), "{found:?}");
}

#[test]
fn the_same_day_keeps_the_day_told_before_a_month_named_since() {
    // A month named in between ("September tahun lalu") is no day: "pada
    // hari yang sama" is still the day of the launch.
    let text = "Korea Utara menembakkan rudal balistik pada Jumat (15/3/2024). \
                Pyongyang makin dekat dengan Moskow sejak Kim Jong Un bertemu Vladimir Putin di Rusia pada September tahun lalu. \
                Pada hari yang sama, Kim Jong Un mengawasi latihan pasukan penerjun payung.";
    let found = events("id", "2024-03-16 00:00:00", text);
    let drill = found
        .iter()
        .find(|e| e.0 == "MilitaryExercise")
        .expect("a drill");
    assert_eq!(drill.3.as_deref(), Some("2024-03-15"), "{found:?}");
}
