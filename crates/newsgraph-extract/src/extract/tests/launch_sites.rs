//! zmissile: a launch is where it starts, a place of the launching state's
//! own land said to be where ("from the Wonsan area"), rather than the sea
//! the missiles reach (events.tsv `home_over_waters`). Sentences written for
//! these tests.

use super::of_type;

fn places(language: &str, text: &str) -> Vec<Option<String>> {
    of_type(language, "2025-05-08 10:00:00", text, "MissileTest")
        .into_iter()
        .map(|e| e.2)
        .collect()
}

#[test]
fn a_launch_site_told_after_the_sea_is_the_place() {
    let text = "North Korea fired three short-range ballistic missiles into the Yellow Sea on \
                Tuesday. The missiles were launched from the South Hwanghae province area, the \
                South Korean military said.";
    assert_eq!(places("en", text), vec![Some("South_Hwanghae".to_string())]);
}

#[test]
fn a_launch_site_beats_the_sea_in_one_sentence() {
    let text = "North Korea fired two cruise missiles near Wonsan in the Sea of Japan on Tuesday.";
    assert_eq!(places("en", text), vec![Some("Wonsan".to_string())]);
    // Indonesian "ditembakkan dari kawasan X" says where, as "launched from".
    let text = "Korea Utara menembakkan dua rudal balistik ke Laut Timur pada Rabu (7/5/2025). \
                Rudal itu ditembakkan dari kawasan Wonsan, menurut militer Korea Selatan.";
    assert_eq!(places("id", text), vec![Some("Wonsan".to_string())]);
}

#[test]
fn a_home_city_not_said_to_be_where_leaves_the_sea() {
    // "Beijing time" tells the clock, not the launch site.
    let text = "China test-fired a long-range missile into the Pacific Ocean on Wednesday. \
                The rocket force launched it at 8:44 a.m. Beijing time, the ministry said.";
    assert_eq!(places("en", text), vec![Some("Pacific_Ocean".to_string())]);
}

#[test]
fn a_launch_site_beats_a_place_abroad() {
    // aweap: the city where another state spoke of the launch (or filed the
    // report) is no site of the launching state's own launch.
    let text = "North Korea fired a ballistic missile towards the sea on Monday, Japan's \
                defence ministry said in Tokyo. The missile was launched from the Jagang \
                province area, the South Korean military said.";
    assert_eq!(places("en", text), vec![Some("Chagang".to_string())]);
    let text = "Korea Utara menembakkan sebuah rudal balistik pada Senin (6/1/2025), kata \
                Kementerian Pertahanan Jepang di Tokyo. Rudal itu diluncurkan dari Provinsi \
                Jagang, menurut militer Korea Selatan.";
    assert_eq!(places("id", text), vec![Some("Chagang".to_string())]);
}
