//! Events not found before (stop 30, rfind): weapons tests told by
//! "test-fired" or a hypersonic glide vehicle, "the launch of" missiles, a
//! deal agreed, arms vehicles, a year before the noun it dates, and an
//! event named by its parties joined with a hyphen. Sentences written for
//! these tests.

use super::strings;

const PUBLISHED: &str = "2024-05-15 09:00:00";

fn of_type(language: &str, text: &str, event_type: &str) -> Vec<super::Found> {
    super::of_type(language, PUBLISHED, text, event_type)
}

fn actors(text: &str, event_type: &str) -> Vec<Vec<String>> {
    of_type("en", text, event_type)
        .into_iter()
        .map(|e| e.1)
        .collect()
}

#[test]
fn test_fired_names_a_weapons_test_whatever_its_object() {
    for (text, state) in [
        (
            "India test-fired the Pralay from a launcher off the Odisha coast on Tuesday.",
            "India",
        ),
        (
            "France successfully test-launched an ASMPA-R from a Rafale jet on Wednesday.",
            "France",
        ),
        (
            "China tested a hypersonic glide vehicle off its coast on Monday.",
            "China",
        ),
        (
            "The US Army will conduct a test of a hypersonic weapon at Cape Canaveral later this month.",
            "United_States",
        ),
    ] {
        assert_eq!(actors(text, "MissileTest"), [strings(&[state])], "{text}");
    }
}

#[test]
fn guns_engines_apps_and_weapons_in_passing_are_no_test() {
    for text in [
        "The gunsmith test-fired the rifle at a range outside Dallas on Monday.",
        "Engineers in India test-fired a rocket engine for the crewed programme on Tuesday.",
        "Samsung test-launched a new payment app in South Korea on Tuesday.",
        "China is developing hypersonic glide vehicles, the Pentagon report said.",
        "Russia has used hypersonic weapons against Ukrainian cities, Kyiv said.",
        "The launch of the missile defence programme in Japan was delayed by budget cuts.",
    ] {
        assert!(actors(text, "MissileTest").is_empty(), "{text}");
    }
}

#[test]
fn the_launch_of_missiles_is_a_test() {
    let text =
        "North Korea's launch of two cruise missiles over the Yellow Sea on Sunday drew protests.";
    assert_eq!(actors(text, "MissileTest"), [strings(&["North_Korea"])]);
    let text = "The launch of two cruise missiles by North Korea on Sunday drew protests.";
    assert_eq!(actors(text, "MissileTest"), [strings(&["North_Korea"])]);
}

#[test]
fn a_deal_agreed_has_occurred_a_meeting_agreed_is_to_come() {
    let deal = of_type(
        "en",
        "Egypt agreed to buy 30 Rafale fighter jets from France, the ministry said.",
        "WeaponsTalks",
    );
    assert_eq!(deal.len(), 1);
    assert_eq!(deal[0].4, "occurred");
    let meeting = of_type(
        "en",
        "Jokowi and Albanese agreed to meet again in Canberra.",
        "Meeting",
    );
    assert!(meeting.iter().all(|e| e.4 == "expected"), "{meeting:?}");
    assert!(actors(
        "Egypt agreed to buy more wheat from Russia on Monday.",
        "WeaponsTalks"
    )
    .is_empty());
}

#[test]
fn combat_vehicles_are_arms_electric_ones_are_not() {
    assert_eq!(
        actors(
            "Australia awarded a contract to Rheinmetall for 129 Boxer combat reconnaissance vehicles.",
            "WeaponsTalks"
        ),
        [strings(&["Australia", "Germany"])]
    );
    assert!(actors(
        "Tesla signed a deal to supply electric vehicles to Thailand on Tuesday.",
        "WeaponsTalks"
    )
    .is_empty());
}

#[test]
fn a_year_before_the_noun_dates_the_event() {
    let visits = of_type(
        "en",
        "Kim Jong Un recalled his 2019 visit to Hanoi in a letter.",
        "Visit",
    );
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert_eq!(visits[0].3.as_deref(), Some("2019"));
}

#[test]
fn parties_joined_by_a_hyphen_are_no_name_of_the_event() {
    assert_eq!(
        actors(
            "Officials said the Japan-Philippines drills began off Luzon on Monday.",
            "MilitaryExercise"
        ),
        [strings(&["Japan", "Philippines"])]
    );
    assert_eq!(
        actors(
            "Officials said the Australia-Indonesia exercise ended in Darwin on Friday.",
            "MilitaryExercise"
        ),
        [strings(&["Australia", "Indonesia"])]
    );
}

#[test]
fn a_host_to_be_consultations_and_ministers_convened_are_meetings() {
    for (text, parties) in [
        (
            "Cyril Ramaphosa will host Bola Tinubu for talks in Pretoria later this month.",
            &["Bola_Tinubu", "Cyril_Ramaphosa"][..],
        ),
        (
            "Anwar Ibrahim and Paetongtarn Shinawatra held their annual consultation in Bangkok.",
            &["Anwar_Ibrahim", "Paetongtarn_Shinawatra"][..],
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan convened in Almaty on Monday.",
            &["Armenia", "Azerbaijan"][..],
        ),
    ] {
        assert_eq!(actors(text, "Meeting"), [strings(parties)], "{text}");
    }
}

#[test]
fn games_concerts_courts_and_cabinets_are_no_meeting() {
    for text in [
        "Indonesia will host the Asian Games in 2026, the sports minister said.",
        "The stadium in Jakarta will host a concert by a Korean band next month.",
        "The court convened on Monday to hear the case against Trump in New York.",
        "Parliament convened in Jakarta for a special session on the budget.",
        "Jokowi held consultations with his cabinet on the budget in Jakarta.",
        "Thailand expects to welcome more Chinese tourists this year.",
    ] {
        assert!(actors(text, "Meeting").is_empty(), "{text}");
    }
}

#[test]
fn a_state_abbreviation_joins_a_demonym_before_a_group() {
    assert_eq!(
        actors(
            "U.S. and Iranian negotiators met in Geneva on Sunday.",
            "Meeting"
        ),
        [strings(&["Iran", "United_States"])]
    );
    // One state's officials alone are no second party.
    assert!(actors("U.S. officials met in Geneva on Sunday.", "Meeting").is_empty());
}

#[test]
fn a_tour_or_stops_visit_each_place() {
    let visits = of_type(
        "en",
        "Spanish Prime Minister Pedro Sanchez toured Mauritania, Gambia and Senegal this week.",
        "Visit",
    );
    assert_eq!(visits.len(), 3, "{visits:?}");
    let visits = of_type(
        "en",
        "On his first trip to the region, Richard Marles stopped in Tonga and Samoa.",
        "Visit",
    );
    assert_eq!(visits.len(), 2, "{visits:?}");
    assert_eq!(
        actors(
            "Kenya's defence cabinet secretary visited Haiti on Monday.",
            "Visit"
        ),
        [strings(&["Kenya"])]
    );
}

#[test]
fn a_tour_at_home_bands_and_rain_are_no_visit() {
    for text in [
        "Kenyan President William Ruto toured the Mombasa naval base on Monday.",
        "The Rolling Stones toured Australia and Japan last year.",
        "The rain stopped in Jakarta on Monday afternoon.",
        "Tourists from China toured Bali and Lombok last month.",
    ] {
        assert!(actors(text, "Visit").is_empty(), "{text}");
    }
}

#[test]
fn indonesian_year_after_the_event_noun_and_a_tour() {
    let visits = of_type(
        "id",
        "Presiden Jokowi mengenang kunjungan 2019 ke Hanoi.",
        "Visit",
    );
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert_eq!(visits[0].3.as_deref(), Some("2019"));
    let visits = of_type(
        "id",
        "Menlu Retno Marsudi berkeliling ke Mauritania dan Senegal pekan ini.",
        "Visit",
    );
    assert_eq!(visits.len(), 2, "{visits:?}");
    assert!(of_type(
        "id",
        "Wisatawan Jepang berkeliling ke Bali dan Lombok pekan lalu.",
        "Visit"
    )
    .is_empty());
}

#[test]
fn cooperative_activities_manoeuvres_and_named_drills_of_a_force() {
    for (text, parties) in [
        (
            "The Australian, Japanese and Philippine navies held a maritime cooperative activity in the West Philippine Sea on Sunday.",
            &["Australia", "Japan", "Philippines"][..],
        ),
        (
            "Dutch and German armoured units held a joint brigade manoeuvre at a training area on Monday.",
            &["Germany", "Netherlands"][..],
        ),
        (
            "Iranian, Russian and Chinese warships gathered off Chabahar for the Maritime Security Belt 2025 exercise.",
            &["China", "Iran", "Russia"][..],
        ),
        (
            "The Turkish navy's Blue Homeland exercise involved 87 ships in the Aegean.",
            &["Turkey"][..],
        ),
    ] {
        assert_eq!(actors(text, "MilitaryExercise"), [strings(parties)], "{text}");
    }
}

#[test]
fn workouts_and_political_manoeuvres_are_no_drill() {
    for text in [
        "Biden's Pilates exercises are a White House routine.",
        "Russia and China staged a joint political manoeuvre at the UN Security Council on Monday.",
        "Kim's New Year exercise of power worried Seoul.",
    ] {
        assert!(actors(text, "MilitaryExercise").is_empty(), "{text}");
    }
}

#[test]
fn receiving_arms_is_a_deal_receiving_training_is_not() {
    assert_eq!(
        actors(
            "Indonesia has received a grant of two decommissioned patrol vessels from Japan.",
            "WeaponsTalks"
        ),
        [strings(&["Indonesia", "Japan"])]
    );
    assert!(actors(
        "Ukrainian pilots received training on F-16 jets in Denmark last year.",
        "WeaponsTalks"
    )
    .is_empty());
}

#[test]
fn a_tour_of_a_mill_is_no_visit_of_its_own() {
    let text = "Xi last visited Serbia in June 2016, when he toured a steel mill in the town of Smederevo.";
    let visits = of_type("en", text, "Visit");
    assert_eq!(visits.len(), 1, "{visits:?}");
}

#[test]
fn resumed_negotiations_and_a_round_of_talks_are_meetings() {
    for (text, parties) in [
        (
            "Officials from Ethiopia, Sudan and Egypt resumed negotiations over the dam in Addis Ababa this week.",
            &["Egypt", "Ethiopia", "Sudan"][..],
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan held a fresh round of peace talks in Almaty on Monday.",
            &["Armenia", "Azerbaijan"][..],
        ),
    ] {
        assert_eq!(actors(text, "Meeting"), [strings(parties)], "{text}");
    }
    assert!(actors(
        "The United States and China resumed trade negotiations in Geneva on Monday.",
        "Meeting"
    )
    .is_empty());
}
