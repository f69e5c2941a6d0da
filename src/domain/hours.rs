//! Opening hours, evaluated in the place's own time zone with French public holidays.

use chrono::{Datelike, NaiveDate, TimeZone, Timelike, Weekday};
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum HoursError {
    #[error("jour inconnu « {0} »")]
    Day(String),
    #[error("heure invalide « {0} »")]
    Time(String),
    #[error("plage vide ou inversée {0}–{1}")]
    Range(String, String),
}

/// One opening slot on one weekday, in minutes after local midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// ISO weekday, 1 = Monday.
    pub day: u8,
    pub open: u16,
    pub close: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hours {
    /// Answers 24 hours a day, every day (holidays included).
    AlwaysOpen,
    /// Fixed weekly slots; closed on French public holidays.
    Weekly { slots: Vec<Slot> },
}

/// Whether a resource is open at a given moment, and when that changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenState {
    Open {
        closes: Option<(Weekday, u16)>,
    },
    /// The next opening: its day, minute, and how many days from now on the
    /// place's own clock (0 = later today, 7 = the same weekday next week).
    Closed {
        opens: Option<(Weekday, u16, u8)>,
    },
}

pub fn parse_day(s: &str) -> Result<u8, HoursError> {
    let key = deunicode::deunicode(s.trim()).to_ascii_lowercase();
    let d = match key.as_str() {
        "lundi" | "monday" | "mon" | "lun" | "mo" => 1,
        "mardi" | "tuesday" | "tue" | "mar" | "tu" => 2,
        "mercredi" | "wednesday" | "wed" | "mer" | "we" => 3,
        "jeudi" | "thursday" | "thu" | "jeu" | "th" => 4,
        "vendredi" | "friday" | "fri" | "ven" | "fr" => 5,
        "samedi" | "saturday" | "sat" | "sam" | "sa" => 6,
        "dimanche" | "sunday" | "sun" | "dim" | "su" => 7,
        _ => return Err(HoursError::Day(s.chars().take(20).collect())),
    };
    Ok(d)
}

/// "09:00", "09:00:00" or "9h30" → minutes after midnight; "24:00" allowed as a close.
pub fn parse_time(s: &str) -> Result<u16, HoursError> {
    let err = || HoursError::Time(s.chars().take(20).collect());
    let t = s.trim().replace('h', ":");
    let mut parts = t.split(':');
    let h: u16 = parts
        .next()
        .filter(|p| !p.is_empty())
        .ok_or_else(err)?
        .parse()
        .map_err(|_| err())?;
    let m: u16 = match parts.next() {
        Some("") | None => 0,
        Some(p) => p.parse().map_err(|_| err())?,
    };
    if h > 24 || m > 59 || (h == 24 && m > 0) {
        return Err(err());
    }
    Ok(h * 60 + m)
}

impl Hours {
    /// Slots for days `from..=to` (a range wraps past Sunday if needed).
    pub fn add_range(
        slots: &mut Vec<Slot>,
        from: u8,
        to: u8,
        open: &str,
        close: &str,
    ) -> Result<(), HoursError> {
        let (o, c) = (parse_time(open)?, parse_time(close)?);
        if c <= o {
            return Err(HoursError::Range(open.to_string(), close.to_string()));
        }
        let mut d = from;
        loop {
            slots.push(Slot {
                day: d,
                open: o,
                close: c,
            });
            if d == to {
                break;
            }
            d = d % 7 + 1;
        }
        Ok(())
    }

    /// The hours in the hand-kept records' syntax ("lundi 09:00-12:00,14:00-17:00; mardi …"),
    /// which `sources::hand::parse_hours` reads back: what a back-office form starts from.
    pub fn syntax(&self) -> String {
        const DAYS: [&str; 7] = [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ];
        match self {
            Hours::AlwaysOpen => "24/7".into(),
            Hours::Weekly { slots } => (1..=7u8)
                .filter_map(|d| {
                    let ranges: Vec<String> = slots
                        .iter()
                        .filter(|s| s.day == d)
                        .map(|s| format!("{}-{}", format_minutes(s.open), format_minutes(s.close)))
                        .collect();
                    (!ranges.is_empty())
                        .then(|| format!("{} {}", DAYS[usize::from(d - 1)], ranges.join(",")))
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    pub fn weekly(mut slots: Vec<Slot>) -> Self {
        slots.sort_by_key(|s| (s.day, s.open));
        slots.dedup();
        Hours::Weekly { slots }
    }

    /// State at `now`, on the place's own clock, closed on the national
    /// public holidays.
    pub fn state_at<Tz: TimeZone>(&self, now: chrono::DateTime<Tz>) -> OpenState {
        self.state_in(now, None)
    }

    /// State at `now` for a place of département `dep`: its local public
    /// holidays close it too (Alsace-Moselle, overseas abolition days).
    pub fn state_in<Tz: TimeZone>(
        &self,
        now: chrono::DateTime<Tz>,
        dep: Option<&crate::domain::codes::DepCode>,
    ) -> OpenState {
        let is_public_holiday = |d: NaiveDate| is_holiday_in(d, dep);
        let slots = match self {
            Hours::AlwaysOpen => return OpenState::Open { closes: None },
            Hours::Weekly { slots } => slots,
        };
        let date = now.date_naive();
        let minute = (now.hour() * 60 + now.minute()) as u16;
        let today = date.weekday().number_from_monday() as u8;
        if !is_public_holiday(date) {
            if let Some(s) = slots
                .iter()
                .find(|s| s.day == today && s.open <= minute && minute < s.close)
            {
                return OpenState::Open {
                    closes: Some((date.weekday(), s.close)),
                };
            }
        }
        // Next opening within the coming week, skipping holidays.
        for offset in 0..8u64 {
            let d = date + chrono::Days::new(offset);
            if is_public_holiday(d) {
                continue;
            }
            let wd = d.weekday().number_from_monday() as u8;
            if let Some(s) = slots
                .iter()
                .filter(|s| s.day == wd && (offset > 0 || s.open > minute))
                .min_by_key(|s| s.open)
            {
                return OpenState::Closed {
                    opens: Some((d.weekday(), s.open, offset as u8)),
                };
            }
        }
        OpenState::Closed { opens: None }
    }

    pub fn is_open_at<Tz: TimeZone>(&self, now: chrono::DateTime<Tz>) -> bool {
        matches!(self.state_at(now), OpenState::Open { .. })
    }
}

impl OpenState {
    /// The same state read on another clock: a national line keeps Paris
    /// hours, shown to a person in Cayenne or Saint-Denis at her own time.
    pub fn on_clock<A: TimeZone, B: TimeZone>(self, now: chrono::DateTime<A>, to: &B) -> OpenState {
        let from_today = now.date_naive();
        let local_today = now.with_timezone(to).date_naive();
        let moved = |days: u64, minute: u16| {
            let naive = (from_today + chrono::Days::new(days)).and_hms_opt(0, 0, 0)?
                + chrono::Duration::minutes(minute.into());
            let t = now
                .timezone()
                .from_local_datetime(&naive)
                .earliest()?
                .with_timezone(to);
            let m = (t.hour() * 60 + t.minute()) as u16;
            let ahead = (t.date_naive() - local_today).num_days().clamp(0, 8) as u8;
            Some((t.weekday(), m, ahead))
        };
        match self {
            OpenState::Open {
                closes: Some((_, m)),
            } => OpenState::Open {
                closes: moved(0, m).map(|(d, m, _)| (d, m)),
            },
            OpenState::Closed {
                opens: Some((_, m, days)),
            } => OpenState::Closed {
                opens: moved(days.into(), m),
            },
            other => other,
        }
    }
}

pub fn format_minutes(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// One weekday's opening ranges as people read them ("08:30–12:00"), in order.
pub fn day_ranges(slots: &[Slot], day: u8) -> Vec<String> {
    slots
        .iter()
        .filter(|s| s.day == day)
        .map(|s| format!("{}–{}", format_minutes(s.open), format_minutes(s.close)))
        .collect()
}

pub fn local_now(tz: chrono_tz::Tz) -> chrono::DateTime<chrono_tz::Tz> {
    tz.from_utc_datetime(&chrono::Utc::now().naive_utc())
}

/// Easter Sunday, remembered for the last year asked: a page asks it for
/// every hour of every card, always of the same year or two.
fn easter(year: i32) -> NaiveDate {
    thread_local! {
        static LAST: std::cell::Cell<(i32, NaiveDate)> =
            const { std::cell::Cell::new((i32::MIN, NaiveDate::MIN)) };
    }
    LAST.with(|last| {
        let (y, d) = last.get();
        if y == year {
            return d;
        }
        let d = compute_easter(year);
        last.set((year, d));
        d
    })
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn compute_easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

/// A public holiday where the place is: the national ones, plus Good Friday
/// and 26 December in Alsace-Moselle (57, 67, 68), and each overseas
/// département's day of the abolition of slavery (decree 83-1003).
pub fn is_holiday_in(d: NaiveDate, dep: Option<&crate::domain::codes::DepCode>) -> bool {
    if is_public_holiday(d) {
        return true;
    }
    let md = (d.month(), d.day());
    match dep.map(|d| d.as_str()) {
        Some("57" | "67" | "68") => md == (12, 26) || easter(d.year()) - chrono::Days::new(2) == d,
        Some("971") => md == (5, 27),
        Some("972") => md == (5, 22),
        Some("973") => md == (6, 10),
        Some("974") => md == (12, 20),
        Some("976") => md == (4, 27),
        _ => false,
    }
}

/// The eleven national public holidays.
pub fn is_public_holiday(d: NaiveDate) -> bool {
    let fixed = [
        (1, 1),
        (5, 1),
        (5, 8),
        (7, 14),
        (8, 15),
        (11, 1),
        (11, 11),
        (12, 25),
    ];
    if fixed.contains(&(d.month(), d.day())) {
        return true;
    }
    let e = easter(d.year());
    [1u64, 39, 50]
        .iter()
        .any(|off| e + chrono::Days::new(*off) == d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paris_line_read_from_cayenne_shows_cayenne_times() {
        // 09:00–19:00 Paris, every day; 15:21 in Régina is 19:21 in Paris.
        let h = Hours::weekly(
            (1..=7)
                .map(|day| Slot {
                    day,
                    open: 540,
                    close: 1140,
                })
                .collect(),
        );
        let paris = Paris.with_ymd_and_hms(2026, 12, 3, 19, 21, 0).unwrap();
        let cayenne = chrono_tz::America::Cayenne;
        assert_eq!(
            h.state_at(paris).on_clock(paris, &cayenne),
            OpenState::Closed {
                opens: Some((Weekday::Fri, 5 * 60, 1))
            }
        );
        // Open at 10:00 Paris, it closes at 15:00 in Cayenne.
        let morning = Paris.with_ymd_and_hms(2026, 12, 3, 10, 0, 0).unwrap();
        assert_eq!(
            h.state_at(morning).on_clock(morning, &cayenne),
            OpenState::Open {
                closes: Some((Weekday::Thu, 15 * 60))
            }
        );
        // From Nouméa (UTC+11), 19:21 Paris is already Friday 05:21: it opens at 19:00 that day.
        let noumea = chrono_tz::Pacific::Noumea;
        assert_eq!(
            h.state_at(paris).on_clock(paris, &noumea),
            OpenState::Closed {
                opens: Some((Weekday::Fri, 19 * 60, 0))
            }
        );
    }

    #[test]
    fn the_night_clocks_change_opening_times_keep_to_the_wall_clock() {
        // Paris moves to summer time at 02:00 on Sunday 29 March 2026.
        let line = Hours::weekly(
            (1..=7)
                .map(|day| Slot {
                    day,
                    open: 540,
                    close: 1140,
                })
                .collect(),
        );
        let cayenne = chrono_tz::America::Cayenne;
        // Saturday evening (UTC+1): Sunday's 09:00 is already UTC+2, which
        // is 04:00 in Cayenne, not the 05:00 of the winter offset.
        let saturday = Paris.with_ymd_and_hms(2026, 3, 28, 20, 0, 0).unwrap();
        assert_eq!(
            line.state_at(saturday).on_clock(saturday, &cayenne),
            OpenState::Closed {
                opens: Some((Weekday::Sun, 4 * 60, 1))
            }
        );
        // Monday 06:30 UTC is 08:30 on the wall clock in summer time: the
        // mairie (08:00) is open, as it would not be at 07:30 winter time.
        let monday = chrono::Utc
            .with_ymd_and_hms(2026, 3, 30, 6, 30, 0)
            .unwrap()
            .with_timezone(&Paris);
        assert!(mairie().is_open_at(monday));
        let winter = chrono::Utc
            .with_ymd_and_hms(2026, 3, 23, 6, 30, 0)
            .unwrap()
            .with_timezone(&Paris);
        assert!(!mairie().is_open_at(winter), "07:30 a week before");
        // Back to winter time on 25 October: the hour 02:00–03:00 comes twice
        // and opening times stay on the wall clock.
        let autumn = chrono::Utc
            .with_ymd_and_hms(2026, 10, 26, 7, 30, 0)
            .unwrap()
            .with_timezone(&Paris);
        assert!(mairie().is_open_at(autumn), "08:30 winter time");
    }

    #[test]
    fn local_holidays_close_alsace_moselle_and_overseas_but_not_elsewhere() {
        let dep = |c: &str| crate::domain::codes::DepCode::parse(c).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        // Good Friday 2026 is 3 April; 26 December.
        for d in [day(4, 3), day(12, 26)] {
            assert!(is_holiday_in(d, Some(&dep("67"))));
            assert!(is_holiday_in(d, Some(&dep("57"))));
            assert!(!is_holiday_in(d, Some(&dep("75"))));
        }
        assert!(is_holiday_in(day(5, 27), Some(&dep("971"))));
        assert!(is_holiday_in(day(5, 22), Some(&dep("972"))));
        assert!(is_holiday_in(day(6, 10), Some(&dep("973"))));
        assert!(is_holiday_in(day(12, 20), Some(&dep("974"))));
        assert!(is_holiday_in(day(4, 27), Some(&dep("976"))));
        assert!(!is_holiday_in(day(6, 10), Some(&dep("974"))));
        // A Strasbourg office open on Fridays is closed on Good Friday.
        let h = Hours::weekly(vec![Slot {
            day: 5,
            open: 540,
            close: 1020,
        }]);
        let friday_10h = Paris.with_ymd_and_hms(2026, 4, 3, 10, 0, 0).unwrap();
        assert!(h.is_open_at(friday_10h));
        assert!(matches!(
            h.state_in(friday_10h, Some(&dep("67"))),
            OpenState::Closed {
                opens: Some((Weekday::Fri, 540, 7))
            }
        ));
    }
    use chrono_tz::{Europe::Paris, Indian::Reunion};

    fn mairie() -> Hours {
        let mut s = vec![];
        Hours::add_range(&mut s, 1, 4, "08:00:00", "12:00:00").unwrap();
        Hours::add_range(&mut s, 1, 4, "13:30:00", "17:30:00").unwrap();
        Hours::add_range(&mut s, 5, 5, "08:00", "12:00").unwrap();
        Hours::weekly(s)
    }

    #[test]
    fn a_day_reads_as_its_ranges_in_order_and_a_closed_day_as_none() {
        let Hours::Weekly { slots } = mairie() else {
            unreachable!()
        };
        assert_eq!(day_ranges(&slots, 1), ["08:00–12:00", "13:30–17:30"]);
        assert_eq!(day_ranges(&slots, 5), ["08:00–12:00"]);
        assert!(day_ranges(&slots, 6).is_empty());
    }

    #[test]
    fn open_and_closed_follow_the_slots_in_local_time() {
        let h = mairie();
        // Tuesday 2026-11-24 10:00 in Paris.
        let t = Paris.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
        assert_eq!(
            h.state_at(t),
            OpenState::Open {
                closes: Some((Weekday::Tue, 720))
            }
        );
        let lunch = Paris.with_ymd_and_hms(2026, 11, 24, 12, 30, 0).unwrap();
        assert_eq!(
            h.state_at(lunch),
            OpenState::Closed {
                opens: Some((Weekday::Tue, 810, 0))
            }
        );
        let friday_evening = Paris.with_ymd_and_hms(2026, 11, 27, 18, 0, 0).unwrap();
        assert_eq!(
            h.state_at(friday_evening),
            OpenState::Closed {
                opens: Some((Weekday::Mon, 480, 3))
            }
        );
    }

    #[test]
    fn a_weekly_opening_already_past_is_seven_days_away_not_today() {
        let mut slots = vec![];
        Hours::add_range(&mut slots, 3, 3, "09:00", "12:00").unwrap();
        let h = Hours::weekly(slots);
        let wednesday_afternoon = Paris.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap();
        assert_eq!(
            h.state_at(wednesday_afternoon),
            OpenState::Closed {
                opens: Some((Weekday::Wed, 540, 7))
            }
        );
        let tuesday = Paris.with_ymd_and_hms(2026, 11, 24, 15, 0, 0).unwrap();
        assert_eq!(
            h.state_at(tuesday),
            OpenState::Closed {
                opens: Some((Weekday::Wed, 540, 1))
            }
        );
    }

    #[test]
    fn the_same_instant_differs_by_time_zone() {
        let h = mairie();
        let utc = chrono::Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        assert!(h.is_open_at(utc.with_timezone(&Paris)));
        assert!(
            !h.is_open_at(utc.with_timezone(&Reunion)),
            "13:00 in Réunion is lunch time"
        );
    }

    #[test]
    fn public_holidays_close_weekly_hours_but_not_24_7_lines() {
        // 2026-11-11 (Armistice) is a Wednesday.
        let t = Paris.with_ymd_and_hms(2026, 11, 11, 10, 0, 0).unwrap();
        assert!(!mairie().is_open_at(t));
        assert!(Hours::AlwaysOpen.is_open_at(t));
        assert!(
            is_public_holiday(NaiveDate::from_ymd_opt(2026, 4, 6).unwrap()),
            "Easter Monday 2026"
        );
        assert!(
            is_public_holiday(NaiveDate::from_ymd_opt(2026, 5, 14).unwrap()),
            "Ascension 2026"
        );
        assert!(!is_public_holiday(
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
        ));
    }

    #[test]
    fn day_names_are_read_in_french_and_english() {
        assert_eq!(parse_day("Lundi").unwrap(), 1);
        assert_eq!(parse_day("sunday").unwrap(), 7);
        assert!(parse_day("Lunedi").is_err());
        assert!(parse_time("25:00").is_err());
        assert_eq!(parse_time("9h30").unwrap(), 570);
    }
}
