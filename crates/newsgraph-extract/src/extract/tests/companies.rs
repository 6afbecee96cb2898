//! Stop 35 (yorg): a company the gazetteer lacks is recognised by a head
//! after its name ("Kestrel Group", "Industries") or before it ("PT"), with
//! the state written before it, and a deal reports it for that state
//! (`titles.tsv` `organisation_head`, `organisation_prefix`,
//! `not_organisation`). Sentences written for these tests.

use super::article;
use super::knowledge;
use super::named_parties::reported;
use crate::recognise::recognise;
use crate::segment::segment;

/// The ids of the organisations the article introduces itself, sorted.
fn minted_organisations(language: &str, text: &str) -> Vec<String> {
    let k = knowledge();
    let article = article(language, "2025-08-19 00:00:00", text);
    let recognised = recognise(segment(article, k), k);
    let mut ids: Vec<String> = recognised
        .minted
        .iter()
        .filter(|e| e.id.starts_with("organisation-"))
        .map(|e| e.id.clone())
        .collect();
    ids.sort();
    ids
}

#[test]
fn a_deal_names_a_company_by_its_head_and_state() {
    let text = "Brazil and India's Kestrel Group signed a memorandum of understanding on \
                Monday to build transport aircraft together.";
    let deals = reported("en", text, "WeaponsTalks");
    assert!(
        deals
            .iter()
            .any(|d| d.contains(&"organisation-Kestrel_Group".to_string())),
        "{deals:?}"
    );
}

#[test]
fn a_company_name_runs_on_to_its_last_head() {
    let text = "The frigates will be built by Varunastra Aerospace Industries in Chennai.";
    assert_eq!(
        minted_organisations("en", text),
        vec!["organisation-Varunastra_Aerospace_Industries".to_string()]
    );
}

#[test]
fn units_forums_and_state_bodies_are_no_companies() {
    for text in [
        "The Carrier Strike Group sailed past the strait on Monday.",
        "An Amphibious Ready Group and a Task Group joined the drill.",
        "The talks were held by the Nuclear Consultative Group in Seoul.",
        "The Ministry of National Defence said the radar works.",
        "The Directorate of Ordnance Industries opened a plant in Lahore.",
        "The leaders of the Group of Seven met in Italy.",
    ] {
        assert_eq!(
            minted_organisations("en", text),
            Vec::<String>::new(),
            "{text}"
        );
    }
}

#[test]
fn an_indonesian_company_is_named_with_its_legal_form() {
    let text = "Kemhan menandatangani kontrak dengan PT Sinar Baja Samudra untuk dua kapal \
                patroli pada Kamis (28/3/2024).";
    assert_eq!(
        minted_organisations("id", text),
        vec!["organisation-PT_Sinar_Baja_Samudra".to_string()]
    );
}

#[test]
fn a_company_of_an_indonesian_legal_form_is_a_party_for_indonesia() {
    let text = "Kemhan dan Turki menandatangani kontrak pembelian dua kapal patroli dengan \
                PT Sinar Baja Samudra pada Kamis (28/3/2024).";
    let deals = reported("id", text, "WeaponsTalks");
    assert!(
        deals
            .iter()
            .any(|d| d.contains(&"organisation-PT_Sinar_Baja_Samudra".to_string())),
        "{deals:?}"
    );
}
