//! English nominal and contract forms behind missed events (issue 14,
//! qrecall): "a test of India's missile", "signed a second executive
//! contract". Sentences written for these
//! tests; each fails without the data row it names.

use super::{english_actors, strings};

#[test]
fn a_test_of_a_states_missile_is_that_states_test() {
    // triggers.tsv en.missile.test_of: the possessor after "of" launches.
    for (text, launcher) in [
        ("A test of India's Agni missile was carried out off Odisha on Tuesday.", "India"),
        ("The launch of North Korea's new Hwasong missile on Monday drew condemnation from Japan.", "North_Korea"),
        ("Japan condemned the launch of North Korea's new ballistic missile on Monday.", "North_Korea"),
    ] {
        assert_eq!(english_actors(text, "MissileTest"), vec![strings(&[launcher])], "{text}");
    }
    // A deal for a state's missiles is no test.
    let sale = "The sale of India's BrahMos missiles to Vietnam was completed.";
    assert_eq!(
        english_actors(sale, "MissileTest"),
        Vec::<Vec<String>>::new()
    );
}

#[test]
fn a_contract_named_by_two_words_is_still_a_weapons_deal() {
    // triggers.tsv en.weapons.verb: "signed a second executive contract".
    for (text, parties) in [
        (
            "Peru and South Korea signed a second executive contract for 20 K2 tanks.",
            ["Peru", "South_Korea"],
        ),
        (
            "Egypt signed a new multi-year contract with Russia for Su-35 fighter jets.",
            ["Egypt", "Russia"],
        ),
    ] {
        assert_eq!(
            english_actors(text, "WeaponsTalks"),
            vec![strings(&parties)],
            "{text}"
        );
    }
}

#[test]
fn a_title_case_headline_names_its_people_by_their_short_names() {
    // recognise::open_world::title_case: in a headline of capitalised words
    // a short name followed by one ("Prabowo Meets") is not part of a longer name.
    for (text, event_type, actors) in [
        (
            "Prabowo Meets Xi Jinping In Beijing",
            "Meeting",
            vec!["Prabowo_Subianto", "Xi_Jinping"],
        ),
        (
            "Putin Arrives In Pyongyang",
            "Visit",
            vec!["Vladimir_Putin"],
        ),
    ] {
        assert_eq!(
            english_actors(text, event_type),
            vec![strings(&actors)],
            "{text}"
        );
    }
}

#[test]
fn live_fire_drills_and_named_kinds_of_exercise_are_exercises() {
    // triggers.tsv en.exercise.*: "fire drill" is excluded only as a word of
    // its own, not inside "live-fire drills"; "training", "defence",
    // "artillery", "peacekeeping" exercises are military ones.
    for (text, parties) in [
        ("Japanese marines conducted live-fire drills on Okinawa on Thursday.", vec!["Japan"]),
        ("Kenyan and French soldiers concluded a four-week training exercise near Nanyuki on Friday.", vec!["France", "Kenya"]),
        ("Thailand's army staged a large defence exercise near the border.", vec!["Thailand"]),
    ] {
        assert_eq!(english_actors(text, "MilitaryExercise"), vec![strings(&parties)], "{text}");
    }
    // A fire drill stays a civil one.
    let civil = "The school held a fire drill on Monday as Japanese troops watched.";
    assert_eq!(
        english_actors(civil, "MilitaryExercise"),
        Vec::<Vec<String>>::new()
    );
}
