//! Indonesian constructions of meetings, weapons talks and missile tests
//! (issue 14), on sentences written for these tests.

use super::{events, strings};

const PUBLISHED: &str = "2024-03-08 00:00:00";

fn types(text: &str) -> Vec<String> {
    events("id", PUBLISHED, text)
        .into_iter()
        .map(|f| f.0)
        .collect()
}

#[test]
fn a_supply_verb_is_about_arms_only_when_arms_are_its_object() {
    // Arms named elsewhere in the sentence do not make a delegation a deal.
    for text in [
        "Tiongkok mengirim delegasi sebanyak 40 orang ke Vietnam, sementara Vietnam menyiapkan pasukan dan senjata ringan untuk upacara.",
        "Kamboja mendapatkan bantuan beras dari Jepang, sementara Thailand sibuk memperbarui senjata.",
        "Malaysia mengirim kapal rumah sakit ke Gaza, jauh dari zona pertempuran dan senjata berat.",
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(found.iter().all(|f| f.0 != "WeaponsTalks"), "{text}: {found:?}");
    }
    for (text, parties) in [
        (
            "Filipina membeli dua kapal perang dari Korea Selatan pada Senin.",
            ["Philippines", "South_Korea"],
        ),
        (
            "Mesir memesan 30 jet tempur Rafale dari Prancis.",
            ["Egypt", "France"],
        ),
        (
            "Korea Utara diam-diam memasok peluru artileri kepada Rusia tahun lalu.",
            ["North_Korea", "Russia"],
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        let talks = found.iter().find(|f| f.0 == "WeaponsTalks");
        assert_eq!(
            talks.map(|f| f.1.clone()),
            Some(strings(&parties)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_allegation_of_arms_supply_or_its_denial_is_no_deal() {
    for text in [
        "Iran membantah tuduhan Amerika Serikat soal pasokan drone ke Rusia.",
        "Amerika Serikat menuduh Iran memasok drone ke Rusia.",
        "Kedua negara membantah laporan intelijen Barat tentang Iran memasok rudal ke Rusia.",
        "Korea Utara dituding menjual peluru artileri kepada Rusia untuk perang di Ukraina.",
    ] {
        assert!(!types(text).contains(&"WeaponsTalks".to_string()), "{text}");
    }
}

#[test]
fn trade_negotiations_are_not_a_meeting() {
    for text in [
        "Indonesia dan Uni Eropa melanjutkan perundingan dagang di Brussel pekan ini.",
        "Negosiasi tarif antara Indonesia dan Amerika Serikat berlanjut di Washington.",
        "Pemerintah Malaysia dan Singapura memulai pembicaraan perdagangan bebas di Kuala Lumpur.",
    ] {
        assert!(!types(text).contains(&"Meeting".to_string()), "{text}");
    }
    // Talks between ministers still are one.
    let found = events(
        "id",
        PUBLISHED,
        "Menteri Luar Negeri Retno Marsudi melakukan pembicaraan bilateral dengan Menteri Luar Negeri Wang Yi di Beijing.",
    );
    assert!(found.iter().any(|f| f.0 == "Meeting"), "{found:?}");
}

fn launchers(text: &str) -> Vec<Vec<String>> {
    events("id", PUBLISHED, text)
        .into_iter()
        .filter(|f| f.0 == "MissileTest")
        .map(|f| f.1)
        .collect()
}

#[test]
fn who_detects_a_launch_or_reports_it_for_a_state_is_not_the_launcher() {
    for text in [
        "Kepala Staf Gabungan Korea Selatan mengatakan pihaknya mendeteksi dua rudal balistik yang ditembakkan Korea Utara ke Laut Jepang pada Selasa.",
        "Militer Jepang telah melacak rudal jelajah yang ditembakkan oleh Korea Utara pada Selasa.",
        "Militer Korea Selatan mengatakan rudal balistik jarak pendek diluncurkan dari wilayah barat laut Korea Utara pada Kamis.",
        "Angkatan Bersenjata Korea Selatan menyatakan rudal jelajah ditembakkan dari pesisir Korea Utara pada Kamis.",
    ] {
        assert_eq!(launchers(text), vec![strings(&["North_Korea"])], "{text}");
    }
    // An agency that tells of its own launch is still the launcher.
    let text = "Militer Korea Selatan mengatakan pasukannya menembakkan rudal balistik di lepas pantai barat pada Kamis.";
    assert_eq!(launchers(text), vec![strings(&["South_Korea"])], "{text}");
}

#[test]
fn taking_part_in_an_exercise_not_yet_stated_introduces_it() {
    // "mengikuti latihan …" refers to an exercise; with none stated before,
    // the sentence states it.
    for (text, states, place) in [
        (
            "Dalam mengikuti latihan maritim Komodo di Bali pada Februari 2025, TNI Angkatan Laut mengundang 56 negara.",
            &["Indonesia"][..],
            "Bali",
        ),
        (
            "Angkatan Laut Australia ikut serta dalam latihan gabungan Pitch Black di Darwin pada Juli.",
            &["Australia"][..],
            "Darwin",
        ),
        (
            "Pasukan Jepang bergabung dalam latihan militer Balikatan di Luzon bulan lalu.",
            // Balikatan is held by the Philippines and the United States
            // (lists/standing-parties.tsv); Japan joins this edition.
            &["Japan", "Philippines", "United_States"][..],
            "Luzon",
        ),
    ] {
        let found = events("id", "2024-06-10 00:00:00", text);
        let drill = found.iter().find(|f| f.0 == "MilitaryExercise");
        assert_eq!(
            drill.map(|f| (f.1.clone(), f.2.clone())),
            Some((strings(states), Some(place.to_string()))),
            "{text}: {found:?}"
        );
    }
    // A later reference still continues the exercise already stated.
    let found = events(
        "id",
        "2024-06-10 00:00:00",
        "Korea Selatan dan Amerika Serikat menggelar latihan gabungan di Pohang. Latihan itu melibatkan 30 kapal perang.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_meeting_that_finally_took_place_stays_occurred_beside_its_plans() {
    // "akhirnya" states that it happened, so a plan told after it (talks to
    // come) does not turn the meeting into a plan.
    for text in [
        "Prabowo Subianto dan Anthony Albanese akhirnya bertemu di Sydney. Keduanya juga akan mengadakan pembicaraan tentang keamanan kawasan.",
        "Kim Jong Un dan Vladimir Putin akhirnya bertatap muka di Vladivostok. Setelah itu keduanya akan mengadakan negosiasi.",
        "Retno Marsudi dan Wang Yi akhirnya bertemu di Beijing. Keduanya juga akan mengadakan pembicaraan tentang Laut China Selatan.",
    ] {
        let found = events("id", PUBLISHED, text);
        let statuses: Vec<&str> = found.iter().map(|f| f.4).collect();
        assert_eq!(statuses, vec!["occurred"], "{text}: {found:?}");
    }
}

#[test]
fn a_place_of_the_war_talked_about_is_not_where_they_meet() {
    for text in [
        "Kim Jong Un bertemu Vladimir Putin untuk membahas dukungan bagi operasi militer di Ukraina.",
        "Sergei Lavrov bertemu Wang Yi untuk membahas operasi militernya di Ukraina.",
        "Vladimir Putin bertemu Kim Jong Un untuk membicarakan agresi di Ukraina.",
    ] {
        let found = events("id", PUBLISHED, text);
        let meeting = found.iter().find(|f| f.0 == "Meeting").expect(text);
        assert_eq!(meeting.2, None, "{text}: {found:?}");
    }
}

#[test]
fn a_purchase_or_grant_of_patrol_ships_transport_aircraft_or_vehicles_is_weapons_talks() {
    // id.weapons.deal / id.weapons.transfer: agreement and grant words and
    // hardware beyond jets and tanks.
    for (text, parties) in [
        (
            "Nigeria dan Italia menyepakati pembelian 24 pesawat serang ringan, Senin (15/7/2024).",
            ["Italy", "Nigeria"],
        ),
        (
            "Jepang sepakat menghibahkan kapal patroli kepada Filipina, Senin (15/7/2024).",
            ["Japan", "Philippines"],
        ),
        (
            "Kenya membeli kendaraan lapis baja dari Afrika Selatan, Senin (15/7/2024).",
            ["Kenya", "South_Africa"],
        ),
    ] {
        let found = events("id", "2024-07-16 08:00:00", text);
        let talks = found.iter().find(|e| e.0 == "WeaponsTalks").expect(text);
        assert_eq!(talks.1, strings(&parties), "{text}");
    }
    // Missiles only talked about make no deal.
    let text = "Kedua menteri membahas ancaman rudal Korea Utara di Tokyo, Senin (15/7/2024).";
    let found = events("id", "2024-07-16 08:00:00", text);
    assert!(found.iter().all(|e| e.0 != "WeaponsTalks"), "{found:?}");
}
