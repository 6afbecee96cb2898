//! Stop 33 (ufind): visits told by the welcome a guest gets ("was welcomed
//! with full military honours", "was received by President X", "disambut
//! dengan upacara kenegaraan", "diterima Presiden X"), trips "menuju" a
//! place, palaces as sites of their state, and arms offered or lent.
//! Sentences written for these tests.

use super::strings;

const PUBLISHED: &str = "2025-07-10 09:00:00";

fn of_type(language: &str, text: &str, event_type: &str) -> Vec<super::Found> {
    super::of_type(language, PUBLISHED, text, event_type)
}

fn visit(language: &str, text: &str) -> Option<(Vec<String>, Option<String>)> {
    let found = of_type(language, text, "Visit");
    assert!(found.len() <= 1, "{text}: {found:?}");
    found.into_iter().next().map(|e| (e.1, e.2))
}

#[test]
fn a_welcome_ceremony_tells_the_guests_visit() {
    for (language, text, place) in [
        (
            "en",
            "Kenyan President William Ruto was welcomed with full military honours at Malacañang Palace on Tuesday.",
            "Malacanang_Palace",
        ),
        (
            "en",
            "Chilean President Gabriel Boric was accorded a ceremonial welcome in New Delhi on Monday.",
            "New_Delhi",
        ),
        (
            "id",
            // A palace told with its city: the city (places::city_of_venue).
            "Presiden Chile Gabriel Boric disambut dengan upacara kenegaraan di Istana Merdeka, Jakarta, Rabu (9/7/2025).",
            "Jakarta",
        ),
    ] {
        let (actors, at) = visit(language, text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(actors.len(), 1, "{text}");
        assert_eq!(at.as_deref(), Some(place), "{text}");
    }
}

#[test]
fn a_guest_received_by_a_host_is_on_a_visit_not_the_host() {
    for (language, text, guest) in [
        (
            "en",
            "Chilean President Gabriel Boric was received by Indian President Droupadi Murmu at Rashtrapati Bhavan on Monday.",
            "Gabriel_Boric",
        ),
        (
            "en",
            "Kenyan President William Ruto was hosted by Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday.",
            "William_Ruto",
        ),
        (
            "id",
            "Presiden Kenya William Ruto diterima oleh Presiden Prabowo Subianto di Istana Bogor, Senin (7/7/2025).",
            "William_Ruto",
        ),
    ] {
        let (actors, _) = visit(language, text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(actors, strings(&[guest]), "{text}");
    }
}

#[test]
fn a_welcome_at_home_or_of_no_traveller_is_no_visit() {
    for (language, text) in [
        ("en", "Indonesian President Prabowo Subianto was welcomed with full military honours on his return to Jakarta on Monday."),
        ("en", "The national football team was welcomed with a guard of honour in Jakarta on Monday."),
        ("en", "The proposal was received by President Joe Biden at the White House on Monday."),
        ("en", "Indian Defence Minister Rajnath Singh was received by Prime Minister Narendra Modi in New Delhi on Monday."),
        ("id", "Timnas Indonesia disambut dengan upacara di Bandara Soekarno-Hatta, Jakarta, Senin (7/7/2025)."),
        ("id", "Usulan itu diterima Presiden Prabowo Subianto di Istana Merdeka, Senin (7/7/2025)."),
        ("id", "Menhan Sjafrie diterima Presiden Prabowo Subianto di Istana Merdeka, Jakarta, Senin (7/7/2025)."),
    ] {
        assert_eq!(visit(language, text), None, "{text}");
    }
}

#[test]
fn leaving_towards_a_place_is_a_trip_there() {
    let text = "Menhan Sjafrie bertolak menuju Tokyo, Senin (7/7/2025).";
    let (_, at) = visit("id", text).unwrap_or_else(|| panic!("{text}"));
    assert_eq!(at.as_deref(), Some("Tokyo"));
    let text = "Bus rombongan berangkat menuju Bandung, Senin (7/7/2025).";
    assert_eq!(visit("id", text), None, "{text}");
}

#[test]
fn arms_offered_or_lent_are_a_deal() {
    for (language, text, states) in [
        ("en", "Sweden has offered Gripen fighter jets to Thailand, officials said on Monday.", ["Sweden", "Thailand"]),
        ("en", "The United States will lend three Patriot batteries to Ukraine, the Pentagon said on Monday.", ["Ukraine", "United_States"]),
        ("id", "Korea Selatan menawarkan jet tempur KF-21 kepada Filipina, Selasa (8/7/2025).", ["Philippines", "South_Korea"]),
        ("id", "Amerika Serikat meminjamkan tiga baterai Patriot kepada Ukraina, kata Pentagon.", ["Ukraine", "United_States"]),
    ] {
        let found = of_type(language, text, "WeaponsTalks");
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let mut actors = found[0].1.clone();
        actors.sort();
        assert_eq!(actors, strings(&states), "{text}");
    }
}

#[test]
fn an_offer_of_help_a_loan_or_a_denied_offer_is_no_deal() {
    for (language, text) in [
        ("en", "Japan offered help to the Philippines after the typhoon on Monday."),
        ("en", "Turkey offered to mediate between Russia and Ukraine on Monday."),
        ("en", "The bank offered a loan to Indonesia to build a railway on Monday."),
        ("en", "Sweden has not offered Gripen fighter jets to Thailand, the ministry said on Monday."),
        ("id", "Jepang menawarkan bantuan kepada Filipina setelah topan, Senin (7/7/2025)."),
        ("id", "Bank Dunia menawarkan pinjaman kepada Indonesia untuk membangun jalan tol, Senin (7/7/2025)."),
    ] {
        assert!(of_type(language, text, "WeaponsTalks").is_empty(), "{text}");
    }
}

#[test]
fn a_place_chosen_as_a_trips_destination_is_visited() {
    for (language, text, place) in [
        ("en", "Kenyan President William Ruto made Jakarta the destination of his first overseas trip.", "Jakarta"),
        ("en", "Kenyan President William Ruto chose Japan as the first stop of his foreign tour.", "Japan"),
        ("id", "Presiden Kenya William Ruto menjadikan Jakarta tujuan lawatan luar negeri pertamanya.", "Jakarta"),
        ("id", "Presiden Kenya William Ruto memilih Jepang sebagai tujuan kunjungan pertamanya.", "Japan"),
    ] {
        let (actors, at) = visit(language, text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(actors, strings(&["William_Ruto"]), "{text}");
        assert_eq!(at.as_deref(), Some(place), "{text}");
    }
}

#[test]
fn a_holiday_or_investment_destination_is_no_visit() {
    for (language, text) in [
        (
            "en",
            "Many Kenyan families made Bali their first holiday destination this year.",
        ),
        (
            "en",
            "The company chose Vietnam as its investment destination.",
        ),
        (
            "id",
            "Banyak keluarga Kenya menjadikan Bali tujuan wisata utama tahun ini.",
        ),
        (
            "id",
            "Perusahaan itu memilih Vietnam sebagai tujuan investasi.",
        ),
    ] {
        assert_eq!(visit(language, text), None, "{text}");
    }
}

#[test]
fn a_defence_industry_town_abroad_is_a_visits_place() {
    for (text, place) in [
        (
            "Kenyan President William Ruto toured a shipyard in Okpo on Tuesday.",
            "Okpo",
        ),
        (
            "Kenyan President William Ruto arrived in Komsomolsk-on-Amur on Friday.",
            "Komsomolsk-on-Amur",
        ),
        (
            "Kenyan President William Ruto will visit a submarine base in Toulon on Thursday.",
            "Toulon",
        ),
    ] {
        let (_, at) = visit("en", text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(at.as_deref(), Some(place), "{text}");
    }
    let text = "South Korean President Lee Jae-myung toured a shipyard in Okpo on Tuesday.";
    assert_eq!(visit("en", text), None, "{text}");
}

#[test]
fn words_before_and_said_are_the_event_not_its_source() {
    let text = "Kenyan President William Ruto arrived in Tokyo on Monday and told reporters he wanted closer defence ties.";
    let (_, at) = visit("en", text).unwrap_or_else(|| panic!("{text}"));
    assert_eq!(at.as_deref(), Some("Tokyo"));
    let text = "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing and said the two countries would deepen ties.";
    let found = of_type("en", text, "Meeting");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Beijing"), "{found:?}");
}

#[test]
fn kata_sebelum_dan_mengatakan_adalah_peristiwanya() {
    let text = "Media Kenya menayangkan Presiden William Ruto tiba di Tokyo pada Jumat dan menyebut ia akan mengunjungi pabrik kapal.";
    let (_, at) = visit("id", text).unwrap_or_else(|| panic!("{text}"));
    assert_eq!(at.as_deref(), Some("Tokyo"));
    let text = "Presiden Kenya William Ruto bertemu Presiden Xi Jinping di Beijing dan menyatakan kedua negara akan memperdalam hubungan.";
    let found = of_type("id", text, "Meeting");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Beijing"), "{found:?}");
}
