//! Time zones (IANA, from the database bundled into the binary, so every machine
//! agrees): local times on pages and in e-mail, and when a person's digest is due.

use std::sync::LazyLock;

use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// A time zone; cheap to copy (an index into the bundled database).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone(u16);

struct Table {
    names: Vec<String>,
    zones: Vec<TimeZone>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let db = jiff::tz::db();
    let mut names: Vec<String> = db
        .available()
        .map(|n| n.as_str().to_owned())
        // Only canonical Area/Location names (and UTC): no legacy aliases such as
        // "EST5EDT" or "Etc/GMT+2", whose sign confuses everyone.
        .filter(|n| n == "UTC" || (n.contains('/') && !n.starts_with("Etc/")))
        .collect();
    names.sort();
    names.dedup();
    let zones = names
        .iter()
        .map(|n| db.get(n).unwrap_or(TimeZone::UTC))
        .collect();
    Table { names, zones }
});

/// The default when nothing was chosen.
pub const DEFAULT_ZONE_NAME: &str = "Europe/Helsinki";

impl Zone {
    /// Finds a zone by its IANA name (`Europe/Helsinki`), exactly as listed.
    pub fn find(name: &str) -> Option<Zone> {
        let t = &*TABLE;
        let i = t.names.binary_search_by(|n| n.as_str().cmp(name)).ok()?;
        u16::try_from(i).ok().map(Zone)
    }

    /// UTC.
    pub fn utc() -> Zone {
        Zone::find("UTC").unwrap_or(Zone(0))
    }

    /// The zone named `name`, or the product default, or UTC.
    pub fn find_or_default(name: Option<&str>) -> Zone {
        name.and_then(Zone::find)
            .or_else(|| Zone::find(DEFAULT_ZONE_NAME))
            .unwrap_or_else(Zone::utc)
    }

    /// Every zone people can choose, sorted by name.
    pub fn names() -> &'static [String] {
        &TABLE.names
    }

    /// The IANA name.
    pub fn name(self) -> &'static str {
        TABLE
            .names
            .get(usize::from(self.0))
            .map(String::as_str)
            .unwrap_or("UTC")
    }

    fn tz(self) -> TimeZone {
        TABLE
            .zones
            .get(usize::from(self.0))
            .cloned()
            .unwrap_or(TimeZone::UTC)
    }

    /// A moment (unix milliseconds) as local time in this zone.
    pub fn local(self, unix_ms: i64) -> Option<ZonedDateTime> {
        Some(
            Timestamp::from_millisecond(unix_ms)
                .ok()?
                .to_zoned_datetime(self.tz()),
        )
    }

    /// The next moment after `now_ms` that is `hour`:00 local time in this zone,
    /// on an ISO `weekday` (1 = Monday) when one is given. Across a daylight-saving
    /// change the local hour may not exist; the moment after the gap is taken.
    pub fn next_at(self, now_ms: i64, hour: i8, weekday: Option<i8>) -> Option<i64> {
        let tz = self.tz();
        let now = Timestamp::from_millisecond(now_ms).ok()?;
        let mut day = now.to_zoned_datetime(tz.clone()).date();
        let want = weekday.and_then(|w| Weekday::from_monday_one_offset(w).ok());
        for _ in 0..9 {
            let candidate = day
                .at(hour.clamp(0, 23), 0, 0, 0)
                .to_zoned_datetime(tz.clone())
                .ok()?;
            let right_day = want.is_none_or(|w| candidate.weekday() == w);
            if right_day && candidate.timestamp() > now {
                return Some(candidate.timestamp().as_millisecond());
            }
            day = day.tomorrow().ok()?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-12-02T10:30:00Z, a Wednesday; Helsinki is UTC+2 in winter.
    const NOW: i64 = 1_796_207_400_000;

    #[test]
    fn zones_are_found_by_iana_name_only() {
        assert!(Zone::find("Europe/Helsinki").is_some());
        assert!(Zone::find("Europe/Tallinn").is_some());
        assert!(Zone::find("europe/helsinki").is_none());
        assert!(Zone::find("Mars/Olympus").is_none());
        assert_eq!(Zone::find_or_default(None).name(), "Europe/Helsinki");
        assert!(Zone::names().len() > 300);
    }

    #[test]
    fn the_next_digest_hour_is_local() {
        let hki = Zone::find_or_default(Some("Europe/Helsinki"));
        // 12:30 local now, so 08:00 local is tomorrow, 06:00 UTC.
        let next = hki.next_at(NOW, 8, None).unwrap_or_default();
        assert_eq!(next, 1_796_277_600_000);
        // 13:00 local is still today.
        assert_eq!(hki.next_at(NOW, 13, None), Some(1_796_209_200_000));
        // Monday 08:00 local: 2026-12-07T06:00Z.
        assert_eq!(hki.next_at(NOW, 8, Some(1)), Some(1_796_623_200_000));
    }

    #[test]
    fn a_missing_local_hour_at_the_spring_change_still_gives_a_time() {
        // 2027-03-28 03:00 does not exist in Helsinki (clocks jump 03:00 → 04:00).
        let hki = Zone::find_or_default(Some("Europe/Helsinki"));
        let before = 1_806_184_800_000; // 2027-03-27T22:00:00Z, 2027-03-28 00:00 local
        let at = hki.next_at(before, 3, None).unwrap_or_default();
        assert!(at > before && at - before < 6 * 3_600_000);
    }
}
