//! A role standing alone (`bare_role` in `titles.tsv`, qparty): "Presiden
//! kemudian menerima …", "The prime minister met …" names the person the
//! article titled with the role, else (Indonesian) Indonesia's official.
//! Sentences written for these tests.

use super::{events, strings};

const PUBLISHED: &str = "2024-05-15 09:00:00";

/// The sorted actors of every event of `event_type`.
pub(super) fn actors(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    super::of_type(language, PUBLISHED, text, event_type)
        .into_iter()
        .map(|e| e.1)
        .collect()
}

#[test]
fn a_bare_role_names_the_person_titled_with_it_before() {
    let text = "Presiden Joko Widodo tiba di Bogor pada Senin pagi. Presiden kemudian \
                menerima Perdana Menteri Jepang Fumio Kishida di Istana Bogor pada Senin.";
    let found = actors("id", text, "Meeting");
    assert_eq!(found, vec![strings(&["Fumio_Kishida", "Joko_Widodo"])]);
    let text = "Prime Minister Fumio Kishida arrived in Manila on Monday. The prime minister \
                met President Ferdinand Marcos Jr. on Tuesday.";
    let found = actors("en", text, "Meeting");
    assert_eq!(
        found,
        vec![strings(&["Ferdinand_Marcos_Jr", "Fumio_Kishida"])]
    );
}

#[test]
fn an_indonesian_bare_role_with_nobody_titled_is_indonesia() {
    for text in [
        "Presiden menerima Perdana Menteri Jepang Fumio Kishida di Istana Bogor pada Rabu.",
        "Menhan bertemu Perdana Menteri Jepang Fumio Kishida di Jakarta pada Selasa.",
    ] {
        let found = actors("id", text, "Meeting");
        assert_eq!(
            found,
            vec![strings(&["Fumio_Kishida", "Indonesia"])],
            "{text}"
        );
    }
    // English reports have no home state: nobody titled, no one.
    let text = "The prime minister met President Ferdinand Marcos Jr. in Manila on Tuesday.";
    assert!(actors("en", text, "Meeting").is_empty(), "{text}");
}

#[test]
fn a_pair_a_former_holder_a_critic_or_a_speaker_is_no_bare_role_party() {
    let none = [
        (
            "id",
            "Mantan Presiden bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo pada Selasa.",
        ),
        (
            "id",
            "Presiden direncanakan tidak akan bertemu Presiden Rusia Vladimir Putin di Kazan.",
        ),
    ];
    for (language, text) in none {
        let found = actors(language, text, "Meeting");
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    for (language, text) in [
        ("id", "Presiden mengecam latihan gabungan China dan Rusia di Laut Jepang pada Senin."),
        ("en", "President Joko Widodo spoke in Jakarta. The president criticised the joint drills of China and Russia in the Sea of Japan on Monday."),
    ] {
        let found = actors(language, text, "MilitaryExercise");
        assert_eq!(found, vec![strings(&["China", "Russia"])], "{text}");
    }
    let text =
        "Presiden mengatakan Korea Utara meluncurkan rudal balistik ke Laut Jepang pada Senin.";
    assert_eq!(
        actors("id", text, "MissileTest"),
        vec![strings(&["North_Korea"])]
    );
}

#[test]
fn a_counterpart_named_by_no_state_in_a_meeting_abroad_is_the_host_state() {
    for (language, text, host) in [
        ("en", "Defence Minister Rajnath Singh held talks with his counterpart in Tokyo on Tuesday.", "Japan"),
        ("en", "Defence Minister Richard Marles flew to Jakarta on Monday, where he met his counterpart for talks.", "Indonesia"),
        ("id", "Menteri Pertahanan Prabowo Subianto bertemu mitranya di Tokyo pada Selasa.", "Japan"),
    ] {
        let found = actors(language, text, "Meeting");
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].contains(&host.to_string()), "{text}: {found:?}");
    }
}

#[test]
fn a_counterpart_at_home_at_a_gathering_or_where_one_speaks_names_no_host() {
    for (language, text) in [
        ("en", "Defence Minister Prabowo Subianto met his counterpart in Jakarta on Friday."),
        ("id", "Menteri Pertahanan Prabowo Subianto bertemu mitranya di Jakarta pada Selasa."),
        ("en", "Defence Minister Rajnath Singh met his counterpart on the sidelines of the ASEAN meeting in Vientiane on Tuesday."),
        ("en", "Defence Minister Rajnath Singh said in Tokyo on Tuesday that he would meet his counterpart soon."),
    ] {
        let found = actors(language, text, "Meeting");
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_speaker_who_speaks_right_after_talks_took_part_in_them() {
    let text = "\"The door remains open,\" Japan's foreign minister said after a meeting with \
                his South Korean counterpart in Seoul on Monday.";
    assert_eq!(
        actors("en", text, "Meeting"),
        vec![strings(&["Japan", "South_Korea"])]
    );
    let text = "Menlu Aljazair mengatakan seusai berunding dengan mitranya dari Nigeria di Abuja \
                pada Senin bahwa kerja sama akan diperluas.";
    assert_eq!(
        actors("id", text, "Meeting"),
        vec![strings(&["Algeria", "Nigeria"])]
    );
    // A speaker of talks between others stays out of them.
    let text = "China's foreign ministry said after the talks between Japan and South Korea \
                in Seoul on Monday that it was concerned.";
    assert_eq!(
        actors("en", text, "Meeting"),
        vec![strings(&["Japan", "South_Korea"])]
    );
}

#[test]
fn not_knowing_of_a_plan_states_no_event_of_the_bare_role() {
    let text = "Juru bicara Kemlu menyatakan tidak mengetahui adanya rencana Menteri Luar Negeri \
                untuk berkunjung ke Pyongyang.";
    let found = events("id", PUBLISHED, text);
    assert!(found.is_empty(), "{text}: {found:?}");
}

#[test]
fn the_visiting_demonym_official_is_a_guest_of_that_state_not_a_place() {
    let text = "Vietnamese Prime Minister Pham Minh Chinh received the visiting Australian \
                foreign minister in Hanoi on Thursday.";
    let found = events("en", PUBLISHED, text);
    let meetings: Vec<&Vec<String>> = found
        .iter()
        .filter(|e| e.0 == "Meeting")
        .map(|e| &e.1)
        .collect();
    assert_eq!(
        meetings,
        vec![&strings(&["Australia", "Pham_Minh_Chinh"])],
        "{found:?}"
    );
    // The host does not travel to the guest's state.
    assert!(
        !found
            .iter()
            .any(|e| e.0 == "Visit" && e.2.as_deref() == Some("Australia")),
        "{found:?}"
    );
    // Visiting tourists are no officials.
    let text = "The visiting Japanese tourists met local officials in Hanoi on Thursday.";
    assert!(events("en", PUBLISHED, text).is_empty(), "{text}");
}
