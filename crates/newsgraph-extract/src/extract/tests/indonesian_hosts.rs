//! Indonesian host and guest constructions, launches that are no weapons
//! test, and other forms the blind own-words corpus showed missing (issue
//! 14), on sentences written for these tests.

use super::{events, strings};

const PUBLISHED: &str = "2024-03-08 00:00:00";

#[test]
fn a_host_receiving_a_named_guest_is_a_meeting() {
    for (text, pair) in [
        (
            "Perdana Menteri Anwar Ibrahim menerima Presiden Turki Recep Tayyip Erdogan di Putrajaya, Senin (4/3/2024).",
            ["Anwar_Ibrahim", "Recep_Tayyip_Erdogan"],
        ),
        // The guest first, the host after the passive verb.
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov diterima Presiden Joko Widodo di Istana Merdeka pada Selasa (5/3/2024).",
            ["Joko_Widodo", "Sergei_Lavrov"],
        ),
        // A stop on a trip, told with a passive after a travel verb.
        (
            "Dalam perjalanan pulang, Presiden Prabowo Subianto singgah di Abu Dhabi dan diterima Presiden Mohamed bin Zayed, Rabu (6/3/2024).",
            ["Mohamed_bin_Zayed", "Prabowo_Subianto"],
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(
            found
                .iter()
                .any(|f| f.0 == "Meeting" && f.1 == strings(&pair) && f.4 == "occurred"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn receiving_a_thing_is_no_meeting() {
    for text in [
        "Presiden Vladimir Putin menerima undangan Presiden Prabowo Subianto untuk datang tahun depan.",
        "Dalam rilis yang diterima redaksi pada Minggu (3/3/2024), Presiden Joko Widodo menyebut Perdana Menteri Anwar Ibrahim sahabat lama.",
        "Presiden Joko Widodo menerima Penghargaan Perdamaian yang juga pernah diberikan kepada Perdana Menteri Anwar Ibrahim.",
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(found.iter().all(|f| f.0 != "Meeting"), "{text}: {found:?}");
    }
}
