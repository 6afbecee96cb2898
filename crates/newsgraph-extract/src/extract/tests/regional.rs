//! Indonesian regional reports (xid): force chiefs named by office alone,
//! regional heads and unit commanders as titles, on sentences written for
//! these tests.

use super::{events, meetings, strings};

const PUBLISHED: &str = "2025-05-14 08:00:00";

#[test]
fn a_force_chief_named_by_office_alone_is_the_officer_titled_before() {
    let text = "Kepala Staf Angkatan Laut (KSAL) Laksamana TNI Muhammad Ali membuka latihan di Surabaya, Senin (12/5). \
                Sehari kemudian Kasal bertemu Kepala Staf Angkatan Laut Australia Laksamana Madya Mark Hammond di Jakarta.";
    let found = events("id", PUBLISHED, text);
    assert_eq!(
        meetings(&found),
        [strings(&["person-Mark_Hammond", "person-Muhammad_Ali"])],
        "{found:?}"
    );
    // With nobody so titled, the home state's chief.
    let alone = events(
        "id",
        PUBLISHED,
        "KSAL bertemu Kepala Staf Angkatan Laut Australia Laksamana Madya Mark Hammond di Jakarta, Senin (12/5).",
    );
    assert_eq!(
        meetings(&alone),
        [strings(&["Indonesia", "person-Mark_Hammond"])],
        "{alone:?}"
    );
}

#[test]
fn a_bare_panglima_is_the_commander_titled_before() {
    let text = "Panglima TNI Jenderal TNI Agus Subiyanto membuka latihan gabungan di Surabaya, Senin (12/5). \
                Esoknya Panglima bertemu Kepala Staf Angkatan Laut Australia Laksamana Madya Mark Hammond di Jakarta.";
    let found = events("id", PUBLISHED, text);
    assert_eq!(
        meetings(&found),
        [strings(&["Agus_Subiyanto", "person-Mark_Hammond"])],
        "{found:?}"
    );
}

#[test]
fn a_regional_head_is_named_after_the_seat_of_the_title() {
    for (text, host) in [
        (
            "Menteri Pertahanan Australia Richard Marles bertemu Gubernur Maluku Said Assagaff di Ambon, Senin (12/5).",
            "person-Said_Assagaff",
        ),
        (
            "Panglima TNI Jenderal TNI Agus Subiyanto bertatap muka dengan Penjabat Gubernur Papua Selatan Apolo Safanpo di Merauke, Senin (12/5).",
            "person-Apolo_Safanpo",
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        let met = meetings(&found);
        assert_eq!(met.len(), 1, "{text}: {found:?}");
        assert!(met[0].contains(&host.to_string()), "{text}: {found:?}");
    }
}

#[test]
fn a_unit_commander_and_a_corps_rank_introduce_the_name() {
    for (text, host) in [
        (
            "Menteri Pertahanan Australia Richard Marles juga menemui Danlantamal IX Ambon Brigjen TNI (Mar) Bambang Suswantono di Ambon, Senin (12/5).",
            "person-Bambang_Suswantono",
        ),
        (
            "Komandan kapal Kapten Rahul Mehra bertemu Gubernur Maluku Said Assagaff di Ambon, Senin (12/5).",
            "person-Rahul_Mehra",
        ),
        (
            "Air Commodore Mark Haywood bertemu Gubernur Maluku Said Assagaff di Ambon, Senin (12/5).",
            "person-Mark_Haywood",
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        let met = meetings(&found);
        assert_eq!(met.len(), 1, "{text}: {found:?}");
        assert!(met[0].contains(&host.to_string()), "{text}: {found:?}");
    }
}

#[test]
fn a_fleet_command_takes_part_for_its_state() {
    let found = events(
        "id",
        PUBLISHED,
        "Koarmada II menggelar latihan bersama Angkatan Laut Australia di perairan Laut Jawa, Senin (12/5).",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["Australia", "Indonesia"]),
        "{found:?}"
    );
}

#[test]
fn an_air_base_named_lanud_is_a_site() {
    let found = events(
        "id",
        PUBLISHED,
        "TNI AU menggelar latihan di Lanud Iswahjudi, Madiun, Senin (12/5).",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].2.as_deref(),
        Some("site-Lanud_Iswahjudi"),
        "{found:?}"
    );
}

#[test]
fn a_rank_before_a_force_is_no_name() {
    // The commander's one-word name is no entity; the rank is none either.
    let found = events(
        "id",
        PUBLISHED,
        "Laksamana Madya Mark Hammond bertemu Danlantamal VII Laksamana Pertama TNI Hermanto di Kupang, Selasa (13/5).",
    );
    assert!(
        found
            .iter()
            .all(|e| e.1.iter().all(|a| !a.contains("Laksamana"))),
        "{found:?}"
    );
}

#[test]
fn a_ships_name_ends_before_its_captains_rank() {
    let found = events(
        "id",
        PUBLISHED,
        "Komandan INS Sahyadri Kapten Rahul Mehra bertemu Gubernur Maluku Said Assagaff di Ambon, Rabu (14/5).",
    );
    assert_eq!(
        meetings(&found),
        [strings(&["person-Rahul_Mehra", "person-Said_Assagaff"])],
        "{found:?}"
    );
    // A title as the first word of the name is the ship's namesake.
    let namesake = events(
        "id",
        PUBLISHED,
        "KRI Sultan Iskandar Muda menembakkan rudal Exocet di Laut Jawa, Senin (12/5).",
    );
    assert_eq!(namesake.len(), 1, "{namesake:?}");
    assert_eq!(namesake[0].1, strings(&["Indonesia"]), "{namesake:?}");
}

#[test]
fn a_unit_between_a_title_and_a_rank_is_no_person() {
    // "Lanal Ternate" names the commander's base; the rank after it names him.
    let found = events(
        "id",
        PUBLISHED,
        "Kedatangan rombongan itu disambut Komandan Lanal Ternate Kolonel Laut (P) Budi Santoso di dermaga, Rabu (14/5).",
    );
    assert!(
        found
            .iter()
            .all(|e| e.1.iter().all(|a| !a.contains("Lanal"))),
        "{found:?}"
    );
}

#[test]
fn a_navy_rank_without_its_corps_is_no_word_of_the_name() {
    let found = events(
        "id",
        PUBLISHED,
        "Letkol Laut Dewi Lestari bertemu Gubernur Maluku Said Assagaff di Ambon, Rabu (14/5).",
    );
    assert_eq!(
        meetings(&found),
        [strings(&["person-Dewi_Lestari", "person-Said_Assagaff"])],
        "{found:?}"
    );
}

#[test]
fn a_courtesy_call_is_a_meeting_and_no_visit() {
    let found = events(
        "id",
        PUBLISHED,
        "Kapten Rahul Mehra melakukan kunjungan kehormatan kepada Gubernur Maluku Said Assagaff di Ambon, Rabu (14/5).",
    );
    assert!(found.iter().all(|e| e.0 != "Visit"), "{found:?}");
    assert_eq!(
        meetings(&found),
        [strings(&["person-Rahul_Mehra", "person-Said_Assagaff"])],
        "{found:?}"
    );
}

#[test]
fn a_ships_call_is_no_visit_of_who_speaks_of_it() {
    let found = events(
        "id",
        PUBLISHED,
        "Gubernur Maluku Said Assagaff menyebut kunjungan dua kapal Jepang itu sebagai kehormatan bagi warga Ambon, Rabu (14/5).",
    );
    assert!(found.iter().all(|e| e.0 != "Visit"), "{found:?}");
    // A person's visit told by the same noun stays one.
    let person = events(
        "id",
        PUBLISHED,
        "Kunjungan Menteri Pertahanan Australia Richard Marles ke Ambon berlangsung Rabu (14/5).",
    );
    assert!(person.iter().any(|e| e.0 == "Visit"), "{person:?}");
}

#[test]
fn talks_told_by_their_length_are_no_meeting() {
    let found = events(
        "id",
        PUBLISHED,
        "Setelah perundingan berbulan-bulan, Malaysia menerima usulan Indonesia soal batas laut di Sulawesi, Rabu (14/5).",
    );
    assert!(found.iter().all(|e| e.0 != "Meeting"), "{found:?}");
}
