//! Stop 38 (c2parid): events found with too few or the wrong parties.
//! Sentences written for these tests.

use super::bare_roles::actors;

#[test]
fn who_says_another_will_travel_is_not_the_traveller() {
    // The speaker stands first, but the clause it introduces names the visitor.
    let text = "Komandan Lanal Tarakan Kolonel Laut (P) Budi Hartono menyebut Panglima TNI \
                Jenderal TNI Agus Subiyanto dijadwalkan melakukan kunjungan kerja ke \
                Tarakan bulan depan.";
    let found = actors("id", text, "Visit");
    assert!(
        found.iter().all(|a| a.contains(&"Agus_Subiyanto".to_string())) && !found.is_empty(),
        "{found:?}"
    );
    // Said of no one else, the speaker is the traveller.
    let text = "Menteri Luar Negeri Sugiono mengatakan akan berkunjung ke Tokyo pekan depan.";
    let found = actors("id", text, "Visit");
    assert!(
        found.iter().any(|a| a.contains(&"Sugiono".to_string())),
        "{found:?}"
    );
}
