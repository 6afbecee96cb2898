//! A person a title introduced, named later by the first word of their name
//! alone ("Wekesa Baraka … Baraka tiba"), as Indonesian news does (zname).
//! Sentences written for these tests.

use super::bare_roles::actors;

#[test]
fn a_minted_person_is_found_again_by_first_name_alone() {
    let text = "Menteri Pertahanan Kenya Baraka Wekesa bertemu Presiden Joko Widodo di \
                Jakarta, Senin (13/5/2024). Baraka dijadwalkan berkunjung ke Surabaya pada \
                Rabu.";
    let found = actors("id", text, "Visit");
    assert!(
        found
            .iter()
            .any(|a| a.contains(&"person-Baraka_Wekesa".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_first_name_followed_by_another_name_word_is_someone_else() {
    let text = "Menteri Pertahanan Kenya Baraka Wekesa bertemu Presiden Joko Widodo di \
                Jakarta, Senin (13/5/2024). Baraka Odhiambo dijadwalkan berkunjung ke \
                Surabaya pada Rabu.";
    let found = actors("id", text, "Visit");
    assert!(
        found
            .iter()
            .all(|a| !a.contains(&"person-Baraka_Wekesa".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_title_read_into_a_name_is_no_first_name() {
    // "his Kenyan counterpart General Wekesa" mints "General Wekesa"; a later
    // "General staff" names nobody.
    let text = "Indonesian Defence Minister Prabowo Subianto met his Kenyan counterpart \
                General Wekesa in Jakarta on Monday. General staff officers from Kenya \
                visited Surabaya on Tuesday.";
    let found = actors("en", text, "Visit");
    assert!(
        found.iter().flatten().all(|a| !a.contains("Wekesa")),
        "{found:?}"
    );
}
