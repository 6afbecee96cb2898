//! Stop 35 (xmeet): meetings told within a visit with all their parties: the
//! hosts met, a counterpart named by role after a pronoun, a short name.
//! Sentences written for these tests; each fails without its rule.

use super::bare_roles::actors;
use super::strings;

#[test]
fn a_pronoun_meets_the_state_of_a_counterpart_named_by_role() {
    let text = "Indian Foreign Minister Subrahmanyam Jaishankar arrived in Moscow on Monday. \
                He met his Russian counterpart on Tuesday.";
    assert_eq!(
        actors("en", text, "Meeting"),
        vec![strings(&["Russia", "Subrahmanyam_Jaishankar"])]
    );
}

#[test]
fn hosts_met_after_an_arrival_are_the_state_visited() {
    for (language, text) in [
        (
            "en",
            "Indian Foreign Minister Subrahmanyam Jaishankar arrived in Moscow on Monday. \
             He met his counterpart on Tuesday.",
        ),
        (
            "en",
            "Indian Foreign Minister Subrahmanyam Jaishankar arrived in Moscow on Monday. \
             Jaishankar held talks with his hosts on Tuesday.",
        ),
        (
            "id",
            "Menteri Luar Negeri India Subrahmanyam Jaishankar tiba di Moskow pada Senin. \
             Ia kemudian menggelar pembicaraan dengan tuan rumah pada Selasa.",
        ),
    ] {
        assert_eq!(
            actors(language, text, "Meeting"),
            vec![strings(&["Russia", "Subrahmanyam_Jaishankar"])],
            "{text}"
        );
    }
    // Back home, the trip told before hosts nothing.
    let home = "Subrahmanyam Jaishankar returned to New Delhi from Moscow on Monday. \
                He met his counterpart on Tuesday.";
    assert!(actors("en", home, "Meeting").is_empty());
}

#[test]
fn the_hosts_and_a_host_named_later_are_one_meeting() {
    for (language, text) in [
        (
            "en",
            "Kenyan President William Ruto arrived in Jakarta on Tuesday. He held talks with \
             his hosts on Wednesday. On Wednesday Ruto also met President Joko Widodo at the \
             Merdeka Palace.",
        ),
        (
            "id",
            "Presiden Kenya William Ruto tiba di Jakarta pada Selasa. Ia berbincang dengan \
             tuan rumah pada Rabu. Pada Rabu, Ruto juga bertemu Presiden Joko Widodo di \
             Istana Merdeka.",
        ),
    ] {
        assert_eq!(
            actors(language, text, "Meeting"),
            vec![strings(&["Indonesia", "Joko_Widodo", "William_Ruto"])],
            "{text}"
        );
    }
    // Two states meeting elsewhere are no mention of two of their people.
    let apart = "Defence Secretary Lloyd Austin met Chinese Defence Minister Dong Jun in \
                 Singapore on Friday. On Friday the United States and China also held talks \
                 in Washington.";
    assert_eq!(actors("en", apart, "Meeting").len(), 2, "{apart}");
}

#[test]
fn an_indonesian_commander_is_named_again_by_his_first_name() {
    let text = "Indonesian military chief Agus Subiyanto opened the drill in Baturaja on \
                Monday. Afterwards Agus held talks with Samuel Paparo.";
    assert_eq!(
        actors("en", text, "Meeting"),
        vec![strings(&["Agus_Subiyanto", "Samuel_Paparo"])]
    );
}

#[test]
fn a_listed_last_name_after_another_given_name_is_someone_else() {
    // "Hammond" alone may be the listed Philip Hammond; "Mark Hammond" is not.
    let text = "President Joko Widodo met Mark Hammond in Makassar on Monday.";
    assert!(actors("en", text, "Meeting").is_empty(), "{text}");
    let titled = "President Joko Widodo met Foreign Secretary Hammond in Jakarta on Monday.";
    assert_eq!(
        actors("en", titled, "Meeting"),
        vec![strings(&["Joko_Widodo", "Philip_Hammond"])]
    );
}

#[test]
fn a_service_chief_met_by_abbreviation_and_a_foreign_rank_in_english() {
    let text = "Upacara itu dipimpin Kepala Staf Angkatan Laut Laksamana TNI Muhammad Ali. \
                Sehari sebelumnya, KSAL menggelar pertemuan bilateral dengan Kepala Angkatan \
                Laut Australia Vice Admiral Mark Hammond di Makassar.";
    assert_eq!(
        actors("id", text, "Meeting"),
        vec![strings(&["person-Mark_Hammond", "person-Muhammad_Ali"])]
    );
}

#[test]
fn leaders_who_sat_down_together_met() {
    // c2paren: "sat down" at a venue or with someone is a meeting; alone
    // with reporters it is none (no second party).
    let text = "Fumio Kishida arrived in Nairobi on Tuesday. \
                Kishida and President William Ruto sat down at State House on Wednesday morning.";
    assert_eq!(
        actors("en", text, "Meeting"),
        vec![strings(&["Fumio_Kishida", "William_Ruto"])]
    );
    let alone = "Fumio Kishida arrived in Nairobi on Tuesday. \
                 Kishida sat down with reporters on Wednesday morning.";
    assert!(actors("en", alone, "Meeting").is_empty());
}
