//! Where a meeting is, on sentences written for these tests.

use super::events;

#[test]
fn a_sea_named_with_talks_is_their_topic_not_their_place() {
    for (language, text, place) in [
        ("en", "Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian Defence Minister Richard Marles on Friday. The meeting covered the South China Sea.", None),
        ("en", "Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian Defence Minister Richard Marles in Singapore on Friday to discuss the South China Sea.", Some("Singapore")),
        ("id", "Menteri Pertahanan Sjafrie Sjamsoeddin bertemu Menteri Pertahanan Australia Richard Marles pada Jumat. Pertemuan itu membahas Laut China Selatan.", None),
    ] {
        let found = events(language, "2024-06-01 09:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{text}: {found:?}");
        assert_eq!(meetings[0].2.as_deref(), place, "{text}");
    }
}
