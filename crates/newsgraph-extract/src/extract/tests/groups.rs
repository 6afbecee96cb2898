//! Participants given as a group ("the two defence ministers", "kedua
//! menteri", "both sides"): the parties named before (issue 14, qmerge), on
//! sentences written for these tests.

use super::{events, strings};

/// The sorted actor ids of every event of `event_type` found.
fn actors_of(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    events(language, "2024-11-12 08:00:00", text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| e.1)
        .collect()
}

#[test]
fn a_pair_named_by_role_is_the_two_people_named_before() {
    let before_en = "Indonesian Defence Minister Sjafrie Sjamsoeddin and Australian Defence Minister Richard Marles watched the landing from a command post.";
    let before_id = "Menteri Pertahanan Sjafrie Sjamsoeddin dan Menteri Pertahanan Australia Richard Marles menyaksikan pendaratan itu dari pos komando.";
    let pair = strings(&["Richard_Marles", "Sjafrie_Sjamsoeddin"]);
    for (language, before, after) in [
        (
            "en",
            before_en,
            "Afterwards the two defence ministers held brief talks.",
        ),
        ("en", before_en, "Later both ministers met in Surabaya."),
        (
            "en",
            before_en,
            "The two sides then held talks on maritime patrols.",
        ),
        (
            "id",
            before_id,
            "Seusai latihan, kedua menteri pertahanan menggelar pertemuan singkat.",
        ),
        (
            "id",
            before_id,
            "Kedua menteri kemudian bertemu di Surabaya.",
        ),
        (
            "id",
            before_id,
            "Kedua pejabat itu lalu mengadakan pembicaraan tertutup.",
        ),
    ] {
        let text = format!("{before} {after}");
        let found = actors_of(language, &text, "Meeting");
        assert_eq!(found, vec![pair.clone()], "{text}");
    }
}

#[test]
fn a_role_pair_with_no_two_people_before_states_no_meeting() {
    // Nobody named before: "the two ministers" stand for no one we know.
    for (language, text) in [
        (
            "en",
            "The weather was calm. Afterwards the two defence ministers held brief talks.",
        ),
        (
            "id",
            "Cuaca cerah. Seusai latihan, kedua menteri pertahanan menggelar pertemuan singkat.",
        ),
    ] {
        assert!(actors_of(language, text, "Meeting").is_empty(), "{text}");
    }
}

#[test]
fn both_sides_in_an_event_of_states_are_the_two_states_named_before() {
    let pair = strings(&["Greece", "France"]);
    let mut pair_sorted = pair.clone();
    pair_sorted.sort();
    for (language, text) in [
        ("en", "Greece and France signed a strategic partnership. Both sides also agreed a deal for three frigates."),
        ("id", "Yunani dan Prancis menandatangani kemitraan strategis. Kedua pihak juga menyepakati pembelian tiga kapal fregat."),
    ] {
        let found = actors_of(language, text, "WeaponsTalks");
        assert!(found.contains(&pair_sorted), "{text}: {found:?}");
    }
}

#[test]
fn states_named_as_observers_take_no_part_in_the_drill() {
    for (language, text, taking_part) in [
        (
            "en",
            "Thailand and the United States opened the Cobra Gold exercise on Tuesday. China and India sent officers to observe parts of the drill.",
            vec!["Thailand", "United_States"],
        ),
        (
            "en",
            "Fiji and Australia held a joint military exercise near Nadi on Monday, while Tonga and Samoa sent observers to the drills.",
            vec!["Australia", "Fiji"],
        ),
        (
            "en",
            "Japan and the Philippines held a joint naval exercise in the South China Sea on Monday. Australia and Canada took part in the drill as observers.",
            vec!["Japan", "Philippines"],
        ),
        (
            "id",
            "Indonesia dan Australia menggelar latihan gabungan di Situbondo pada Senin. Amerika Serikat dan Timor-Leste hadir sebagai peninjau dalam latihan itu.",
            vec!["Australia", "Indonesia"],
        ),
        (
            "id",
            "Latihan militer Komodo diikuti Indonesia, Malaysia dan Singapura, sementara Jepang mengirim pengamat ke latihan tersebut.",
            vec!["Indonesia", "Malaysia", "Singapore"],
        ),
        // A state monitoring the drills (blind4), when they are named after it.
        (
            "en",
            "Japan's defence ministry said it was closely monitoring the joint Chinese and Russian naval drills near Hokkaido.",
            vec!["China", "Russia"],
        ),
    ] {
        let found = actors_of(language, text, "MilitaryExercise");
        assert_eq!(found, vec![strings(&taking_part)], "{text}");
    }
}

#[test]
fn a_supply_ship_is_no_sale_and_a_monitoring_fleet_no_drill() {
    for text in [
        "Russia sent the cruiser Varyag to Chabahar on Monday, while China deployed the destroyer Urumqi, a frigate and a supply ship.",
        "A spokesman for the US Fifth Fleet said American forces were \"aware of and monitoring\" the drills.",
    ] {
        let found = super::events("en", "2024-03-13 00:00:00", text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn observers_alone_state_no_drill_and_a_watching_leader_stays() {
    let none =
        "Brazil, Canada and Germany are participating in the joint exercise as observer nations.";
    assert!(
        actors_of("en", none, "MilitaryExercise").is_empty(),
        "{none}"
    );
    // A leader who watches his forces' drill commands it: people stay.
    let leader = "North Korean leader Kim Jong Un observed a joint military exercise on Sunday.";
    assert_eq!(
        actors_of("en", leader, "MilitaryExercise"),
        vec![strings(&["North_Korea"])],
        "{leader}"
    );
}

#[test]
fn states_taking_part_in_the_drill_as_told_join_it() {
    for (language, text, taking_part) in [
        (
            "en",
            "Thailand and the United States opened the Cobra Gold exercise on Tuesday. Singapore, Japan, Indonesia, South Korea and Malaysia are also taking part in the joint military drill.",
            vec!["Indonesia", "Japan", "Malaysia", "Singapore", "South_Korea", "Thailand", "United_States"],
        ),
        (
            "en",
            "Thailand and the United States opened the Cobra Gold exercise on Tuesday. Troops from Singapore and Japan joined the large-scale military drill on Wednesday.",
            vec!["Japan", "Singapore", "Thailand", "United_States"],
        ),
        (
            "id",
            "Latihan Cobra Gold dibuka Thailand dan Amerika Serikat pada Selasa (27/2/2024). Singapura, Jepang, dan Malaysia juga ikut serta dalam latihan militer gabungan tersebut.",
            vec!["Japan", "Malaysia", "Singapore", "Thailand", "United_States"],
        ),
        (
            "id",
            "Indonesia dan Australia memulai latihan militer gabungan di Situbondo pada Senin (26/2/2024). Selandia Baru juga bergabung dalam latihan militer itu.",
            vec!["Australia", "Indonesia", "New_Zealand"],
        ),
    ] {
        let found = actors_of(language, text, "MilitaryExercise");
        assert_eq!(found, vec![strings(&taking_part)], "{text}");
    }
}

#[test]
fn states_taking_part_in_a_drill_of_another_year_stay_apart() {
    let text = "Thailand and the United States opened the Cobra Gold exercise on Tuesday. In 2019, Singapore and Japan took part in the joint military drill.";
    let found = actors_of("en", text, "MilitaryExercise");
    assert_eq!(
        found,
        vec![
            strings(&["Thailand", "United_States"]),
            strings(&["Japan", "Singapore"])
        ],
        "{text}"
    );
}

#[test]
fn an_organisation_named_by_its_short_form_before_its_people_is_a_party() {
    // wfront: "met Pentagon officials", "bertemu pejabat RAAF", "bertemu
    // dengan NATO": the organisation is the one party besides the person.
    for (language, text, organisation) in [
        (
            "en",
            "Indonesian Defence Minister Sjafrie Sjamsoeddin met Pentagon officials in Washington on Monday.",
            "United_States_Department_of_Defense",
        ),
        (
            "id",
            "Menhan Sjafrie Sjamsoeddin bertemu pejabat RAAF di Darwin pada Senin.",
            "Royal_Australian_Air_Force",
        ),
        (
            "id",
            "Menhan Sjafrie Sjamsoeddin bertemu dengan NATO di Brussel pada Kamis.",
            "NATO",
        ),
    ] {
        let mut expected = strings(&["Sjafrie_Sjamsoeddin", organisation]);
        expected.sort();
        assert_eq!(actors_of(language, text, "Meeting"), vec![expected], "{text}");
    }
    // The officials who report a meeting take no part in it.
    let text = "NATO officials said Sjafrie Sjamsoeddin met Lloyd Austin in Washington on Monday.";
    assert_eq!(
        actors_of("en", text, "Meeting"),
        vec![strings(&["Lloyd_Austin", "Sjafrie_Sjamsoeddin"])],
        "{text}"
    );
}
