//! Stop 32 (tfind): events found nowhere before. Each rule is data (a trigger
//! row, a gazetteer row, a title or attribution row); each test pairs the
//! construction with sentences that must still state nothing. Sentences
//! written for these tests; each positive fails without its rule.

use super::{events, of_type, strings};

const PUBLISHED: &str = "2024-06-20 09:00:00";

pub(super) fn nothing(language: &str, text: &str) {
    let found = events(language, PUBLISHED, text);
    assert!(found.is_empty(), "{text}: {found:?}");
}

pub(super) fn one(language: &str, text: &str, event_type: &str) -> (Vec<String>, Option<String>) {
    let found = of_type(language, PUBLISHED, text, event_type);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    (found[0].1.clone(), found[0].2.clone())
}

#[test]
fn leaders_of_an_organisation_who_gather_in_a_place_meet_there() {
    // en.meeting.gathered; Pacific_Islands_Forum and ECOWAS in the gazetteer.
    let (actors, place) = one(
        "en",
        "Foreign ministers of the Pacific Islands Forum gathered in Suva on Thursday.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Pacific_Islands_Forum"]));
    assert_eq!(place.as_deref(), Some("Suva"));
    let (actors, _) = one("en", "ECOWAS leaders met in Abuja on Sunday.", "Meeting");
    assert_eq!(actors, strings(&["ECOWAS"]));
    nothing(
        "en",
        "Thousands of protesters gathered in Suva on Thursday.",
    );
    nothing(
        "en",
        "Leaders of the opposition parties gathered in Jakarta on Monday to protest.",
    );
}

#[test]
fn an_annual_meeting_of_ministers_is_a_meeting_but_not_a_shareholders_one() {
    // en.meeting.meet and id.meeting.bertemu no longer exclude every annual meeting.
    let (actors, _) = one(
        "en",
        "Defence ministers of ASEAN met in Hanoi on Friday for their annual meeting.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["ASEAN"]));
    let (actors, _) = one(
        "id",
        "Para menteri pertahanan ASEAN berkumpul di Hanoi pada Jumat untuk pertemuan tahunan mereka.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["ASEAN"]));
    nothing(
        "id",
        "Pertemuan tahunan pemegang saham Garuda Indonesia digelar di Jakarta.",
    );
    nothing(
        "en",
        "The bank's annual meeting in Zurich approved a new dividend.",
    );
}

#[test]
fn an_annual_session_named_for_an_organisation_takes_it_as_a_party() {
    // id.meeting.org_session.
    let (actors, place) = one(
        "id",
        "Para pemimpin negara kepulauan berkumpul di Apia dalam pertemuan tahunan Forum Kepulauan Pasifik.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Pacific_Islands_Forum"]));
    assert_eq!(place.as_deref(), Some("Apia"));
    nothing(
        "id",
        "Konferensi tahunan Asosiasi Dokter Gigi Indonesia berlangsung di Surabaya.",
    );
}

#[test]
fn an_exercise_of_a_military_kind_needs_no_other_military_word() {
    // en.exercise.kind, id.exercise.forces.
    let (actors, _) = one(
        "en",
        "Vietnam and Cambodia held a maritime exercise in the Gulf of Thailand.",
        "MilitaryExercise",
    );
    assert_eq!(actors, strings(&["Cambodia", "Vietnam"]));
    let (actors, _) = one(
        "id",
        "Marinir Thailand dan Marinir Vietnam menggelar latihan amfibi di dekat Sattahip.",
        "MilitaryExercise",
    );
    assert_eq!(actors, strings(&["Thailand", "Vietnam"]));
    nothing(
        "en",
        "Singapore and Malaysia held a cyber defence exercise last week.",
    );
    nothing(
        "en",
        "The port authorities of Rotterdam and Antwerp held a maritime security exercise with shipping companies.",
    );
    nothing(
        "id",
        "Brimob Polda Jawa Timur menggelar latihan tembak di Surabaya.",
    );
    nothing(
        "id",
        "Pemain timnas berlatih di Bali bersama pelatih asal Korea Selatan.",
    );
}

#[test]
fn a_tour_that_begins_in_a_place_is_a_visit_there() {
    // en.visit.tour_in.
    let (actors, place) = one(
        "en",
        "Kenyan President William Ruto began an Asian tour in Tokyo on Monday.",
        "Visit",
    );
    assert_eq!(actors, strings(&["William_Ruto"]));
    assert_eq!(place.as_deref(), Some("Tokyo"));
    nothing(
        "en",
        "The British band Coldplay began a tour in Jakarta on Tuesday.",
    );
}

#[test]
fn building_weapons_together_is_a_deal() {
    // en.weapons.coproduce.
    let (actors, _) = one(
        "en",
        "Brazil and Sweden agreed to co-produce fighter jets at a plant near Sao Paulo.",
        "WeaponsTalks",
    );
    assert_eq!(actors, strings(&["Brazil", "Sweden"]));
    nothing("en", "Toyota and BMW agreed to co-develop a hydrogen car.");
}

#[test]
fn the_defence_ministry_named_alone_buys_for_the_home_state() {
    // bare_role "Kementerian Pertahanan" before a verb of buying or signing.
    let (actors, _) = one(
        "id",
        "Kementerian Pertahanan menandatangani kontrak pembelian 12 jet tempur dari Turki.",
        "WeaponsTalks",
    );
    assert_eq!(actors, strings(&["Indonesia", "Turkey"]));
    // Another state's ministry stays that state's; the foreign ministry is no bare role.
    let (actors, _) = one(
        "id",
        "Kementerian Pertahanan Jepang menandatangani kontrak pembelian jet tempur dari Amerika Serikat.",
        "WeaponsTalks",
    );
    assert_eq!(actors, strings(&["Japan", "United_States"]));
    nothing(
        "id",
        "Kementerian Luar Negeri mengimbau warga menunda perjalanan ke Haiti.",
    );
}

#[test]
fn buying_missiles_is_a_deal_and_announcing_ones_own_deal_names_no_source() {
    // id.weapons.missile_buy; en.attr.announced, id.attr.mengumumkan.
    let (actors, _) = one("id", "Mesir membeli rudal dari Prancis.", "WeaponsTalks");
    assert_eq!(actors, strings(&["Egypt", "France"]));
    nothing("id", "Toko itu menjual rudal mainan untuk anak-anak.");
    for (language, text) in [
        (
            "en",
            "Egypt announced the purchase of fighter jets from France.",
        ),
        ("id", "Mesir mengumumkan pembelian jet tempur dari Prancis."),
    ] {
        let (actors, _) = one(language, text, "WeaponsTalks");
        assert_eq!(actors, strings(&["Egypt", "France"]), "{text}");
    }
    // A source announcing what another did still reports it.
    let found = events(
        "en",
        PUBLISHED,
        "South Korea's military announced North Korea had fired two missiles into the sea.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["North_Korea"]));
}

#[test]
fn a_courtesy_call_is_a_meeting_and_jetting_in_a_trip() {
    // en.meeting.courtesy_call, en.visit.jetted.
    let (actors, place) = one(
        "en",
        "Thai Defence Minister Sutin Klungsang paid a courtesy call on Vietnamese Prime Minister Pham Minh Chinh in Hanoi.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Pham_Minh_Chinh", "Sutin_Klungsang"]));
    assert_eq!(place.as_deref(), Some("Hanoi"));
    let (actors, place) = one(
        "en",
        "Japanese Foreign Minister Yoko Kamikawa jetted into Port Moresby on Saturday.",
        "Visit",
    );
    assert_eq!(actors, strings(&["Yoko_Kamikawa"]));
    assert_eq!(place.as_deref(), Some("Port_Moresby"));
    nothing(
        "en",
        "Prabowo made a courtesy phone call to Anthony Albanese on Monday.",
    );
    nothing("en", "Tourists jetted into Bali for the holidays.");
}

#[test]
fn a_host_due_to_receive_a_named_guest_plans_a_meeting() {
    // en.meeting.host_plan.
    let found = of_type(
        "en",
        PUBLISHED,
        "Putin is next set to host Iranian President Ebrahim Raisi for talks in Moscow on Thursday.",
        "Meeting",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["Ebrahim_Raisi", "Vladimir_Putin"]));
    assert_eq!(found[0].4, "expected");
    nothing(
        "en",
        "Qatar is set to host the World Cup final in Doha on Sunday.",
    );
}

#[test]
fn a_contract_with_an_arms_maker_or_for_defence_equipment_is_a_deal() {
    // en.weapons.maker_contract, en.weapons.defence_equipment.
    let (actors, _) = one(
        "en",
        "Estonia signed a contract worth about $300 million with South Korea's Hanwha Aerospace on Tuesday.",
        "WeaponsTalks",
    );
    assert_eq!(actors, strings(&["Estonia", "South_Korea"]));
    let (actors, _) = one(
        "en",
        "Vietnam and India signed an arrangement on the procurement of defence equipment in March.",
        "WeaponsTalks",
    );
    assert_eq!(actors, strings(&["India", "Vietnam"]));
    nothing(
        "en",
        "Hanwha Ocean signed a contract with a Greek shipping company for four tankers.",
    );
}

#[test]
fn joint_training_that_forces_hold_is_an_exercise() {
    // en.exercise.training.
    for text in [
        "Indian and French troops held joint military training in Rajasthan on Monday.",
        "Japanese and Australian jets trained together over northern Australia for the first time.",
    ] {
        assert_eq!(
            of_type("en", PUBLISHED, text, "MilitaryExercise").len(),
            1,
            "{text}"
        );
    }
    nothing(
        "en",
        "The memorandum, signed by the two ministers, will allow intelligence sharing and joint training.",
    );
}

#[test]
fn talks_placed_before_their_parties_are_a_meeting() {
    // en.meeting.talks_in_between.
    let (actors, place) = one(
        "en",
        "The talks in Manila between Japanese Defense Minister Gen Nakatani and Philippine Defence Secretary Gilberto Teodoro focused on the South China Sea.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Gen_Nakatani", "Gilberto_Teodoro"]));
    assert_eq!(place.as_deref(), Some("Manila"));
}

#[test]
fn indonesian_signings_between_people_and_joint_commissions_are_meetings() {
    // id.meeting.signing_between, id.meeting.joint_commission.
    let (actors, _) = one(
        "id",
        "Perdana Menteri Thailand Anutin Charnvirakul dan Perdana Menteri Kamboja Hun Manet hadir; Prabowo menyaksikan penandatanganan deklarasi damai antara Anutin Charnvirakul dan Hun Manet.",
        "Meeting",
    );
    assert!(
        actors.contains(&"Anutin_Charnvirakul".to_string())
            && actors.contains(&"Hun_Manet".to_string()),
        "{actors:?}"
    );
    let (actors, place) = one(
        "id",
        "Sidang Komite Perbatasan Umum Malaysia-Indonesia akan digelar di Kuala Lumpur pada Maret mendatang.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Indonesia", "Malaysia"]));
    assert_eq!(place.as_deref(), Some("Kuala_Lumpur"));
    nothing(
        "id",
        "Kementerian Perdagangan menyaksikan penandatanganan kontrak antara PT Pertamina dan PT PLN.",
    );
}

#[test]
fn indonesian_inspections_abroad_are_visits_and_reviews_are_not() {
    // id.visit.tinjau.
    let (actors, place) = one(
        "id",
        "Menhan Sjafrie Sjamsoeddin dijadwalkan melakukan peninjauan galangan kapal di Nagasaki pada Kamis ini.",
        "Visit",
    );
    assert_eq!(actors, strings(&["Sjafrie_Sjamsoeddin"]));
    assert_eq!(place.as_deref(), Some("Nagasaki"));
    nothing(
        "id",
        "Menteri Keuangan akan meninjau ulang kebijakan subsidi di Jakarta.",
    );
}

#[test]
fn indonesian_deals_of_more_words_and_more_arms() {
    // id.weapons.more_words, id.weapons.more_arms.
    for (text, pair) in [
        (
            "Malaysia menjajaki pembelian kendaraan taktis buatan Indonesia.",
            ["Indonesia", "Malaysia"],
        ),
        (
            "Indonesia dan Jepang menandatangani perjanjian transfer peralatan dan teknologi pertahanan.",
            ["Indonesia", "Japan"],
        ),
        (
            "Pembicaraan menteri pertahanan Indonesia dan Jepang difokuskan pada peluang alih teknologi kapal fregat.",
            ["Indonesia", "Japan"],
        ),
    ] {
        let (actors, _) = one("id", text, "WeaponsTalks");
        assert_eq!(actors, strings(&pair), "{text}");
    }
    nothing(
        "id",
        "Presiden dan Perdana Menteri Australia mengumumkan perjanjian bilateral baru dari atas geladak kapal induk HMAS Canberra.",
    );
}

#[test]
fn the_visit_of_a_named_traveller_to_a_place_is_a_visit() {
    // en.visit.visit_of.
    let (actors, place) = one(
        "en",
        "The state visit of Kenyan President William Ruto to Japan began on Tuesday.",
        "Visit",
    );
    assert_eq!(actors, strings(&["William_Ruto"]));
    assert_eq!(place.as_deref(), Some("Japan"));
    nothing(
        "en",
        "The visit of the Brazilian football team to Tokyo was cancelled.",
    );
}

#[test]
fn indonesian_talks_held_with_someone_are_a_meeting() {
    // id.meeting.pembicaraan.
    let (actors, place) = one(
        "id",
        "Menlu Retno Marsudi mengadakan pembicaraan bilateral dengan Menlu Jepang Yoko Kamikawa di Tokyo.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Retno_Marsudi", "Yoko_Kamikawa"]));
    assert_eq!(place.as_deref(), Some("Tokyo"));
    // Talks to buy arms are the deal's alone.
    let found = events(
        "id",
        PUBLISHED,
        "Filipina melanjutkan pembicaraan dengan Amerika Serikat untuk pembelian jet F-16.",
    );
    assert!(found.iter().all(|e| e.0 == "WeaponsTalks"), "{found:?}");
}

#[test]
fn an_indonesian_test_named_by_bare_uji_is_a_launch() {
    // id.missile.uji.
    for (text, state) in [
        (
            "Lembaga riset militer Taiwan melakukan uji rudal dari pangkalan Jiupeng pada dini hari.",
            "Taiwan",
        ),
        (
            "Militer Korea Utara melepaskan tembakan rudal balistik ke Laut Timur, Rabu.",
            "North_Korea",
        ),
    ] {
        let (actors, _) = one("id", text, "MissileTest");
        assert_eq!(actors, strings(&[state]), "{text}");
    }
    nothing(
        "id",
        "Rusia melepaskan tembakan rudal ke kota Kharkiv, menewaskan tiga warga.",
    );
    nothing(
        "id",
        "Indonesia belum pernah melakukan uji rudal jarak jauh.",
    );
}

#[test]
fn inspecting_a_site_in_a_named_place_abroad_is_a_visit() {
    // en.visit.toured_site.
    let (actors, place) = one(
        "en",
        "Indian Prime Minister Narendra Modi inspected a shipyard in Busan on Friday.",
        "Visit",
    );
    assert_eq!(actors, strings(&["Narendra_Modi"]));
    assert_eq!(place.as_deref(), Some("Busan"));
    nothing("en", "IAEA inspectors inspected a plant in Isfahan.");
}
