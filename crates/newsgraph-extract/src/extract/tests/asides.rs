//! A third party beside the event takes no part in it (rparty): a relative
//! critic ("drills that Bolivia condemned"), the main clause before a clause
//! of time that holds the trigger (`aside` in references.tsv,
//! `critics::without_asides`). Sentences written for these tests.

// The same helper and publication date as the bare roles of stop 29.
use super::bare_roles::actors;
use super::strings;

#[test]
fn a_state_condemning_or_branding_the_event_in_a_relative_clause_takes_no_part() {
    for (language, text) in [
        ("en", "Chile and Peru held naval drills off Arica on Tuesday that Bolivia called a provocation."),
        ("en", "Chile and Peru held naval drills off Arica on Tuesday that Bolivia condemned."),
        ("id", "Chile dan Peru menggelar latihan angkatan laut yang dikecam Bolivia pada Selasa."),
    ] {
        let found = actors(language, text, "MilitaryExercise");
        assert_eq!(found, vec![strings(&["Chile", "Peru"])], "{text}");
    }
}

#[test]
fn a_launch_right_after_a_drill_keeps_each_its_own_parties() {
    // The drill's trigger stands in the clause of time: the launcher before it is another's.
    for (language, text) in [
        ("en", "Venezuela fired two missiles on Tuesday, hours after Colombia and Brazil ended their joint drills."),
        ("id", "Venezuela menembakkan dua rudal pada Selasa, beberapa jam setelah Kolombia dan Brasil mengakhiri latihan gabungan mereka."),
    ] {
        assert_eq!(
            actors(language, text, "MilitaryExercise"),
            vec![strings(&["Brazil", "Colombia"])],
            "{text}"
        );
        assert_eq!(
            actors(language, text, "MissileTest"),
            vec![strings(&["Venezuela"])],
            "{text}"
        );
    }
}

#[test]
fn parties_named_only_in_the_clause_or_by_their_own_name_for_the_event_stay() {
    // Nobody else named: the clause names the parties themselves.
    let text =
        "The naval drills began off Arica on Tuesday after Chile and Peru agreed on the plan.";
    assert_eq!(
        actors("en", text, "MilitaryExercise"),
        vec![strings(&["Chile", "Peru"])],
        "{text}"
    );
    // A launcher naming its own missile is its actor, not a critic.
    let text = "Venezuela fired a missile on Tuesday that Venezuela called the Relampago-2.";
    assert_eq!(
        actors("en", text, "MissileTest"),
        vec![strings(&["Venezuela"])],
        "{text}"
    );
}

#[test]
fn menlu_names_the_person_titled_menteri_luar_negeri_but_not_one_named_beside_it() {
    // `same_role` in titles.tsv: one role's forms.
    let text = "Menteri Luar Negeri Chile Ana Vargas tiba di Jakarta pada Senin. \
                Menlu kemudian bertemu Presiden Joko Widodo di Istana Merdeka.";
    assert_eq!(
        actors("id", text, "Meeting"),
        vec![strings(&["Joko_Widodo", "person-Ana_Vargas"])],
        "{text}"
    );
    // Named in the sentence, the guest is not also the bare role: the home state's.
    let text = "Menteri Luar Negeri Chile Ana Vargas tiba di Jakarta pada Senin. \
                Vargas dijadwalkan bertemu Menlu pada Selasa.";
    assert_eq!(
        actors("id", text, "Meeting"),
        vec![strings(&["Indonesia", "person-Ana_Vargas"])],
        "{text}"
    );
}
