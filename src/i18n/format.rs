//! Dates, times and numbers in the reader's language, by ICU4X (CLDR data compiled into the
//! binary), never by hand-written patterns. Timestamps are stored in UTC and shown in the
//! estates' local time, saying so; visits are agreed and stored in that local time already.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{E, T, YM, YMD};
use icu_datetime::input::Time;
use icu_datetime::{
    DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter, NoCalendarFormatter,
};
use icu_decimal::input::Decimal;
use icu_decimal::options::GroupingStrategy;
use icu_decimal::DecimalFormatter;

use super::{Locale, LANGUAGES};

/// Portineria serves Italian public housing: every estate keeps this time.
pub const ZONE: Tz = chrono_tz::Europe::Rome;

struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, E>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    time: NoCalendarFormatter<T>,
    number: DecimalFormatter,
    /// Numbers inside sentences: never grouped, as they may be a year, a flat or a code the
    /// reader typed ("10023"), which must read as written.
    in_text: DecimalFormatter,
}

impl Formatters {
    fn new(formats: &str) -> Result<Formatters, Box<dyn std::error::Error>> {
        let locale: icu_locale_core::Locale = formats.parse()?;
        let prefs = DateTimeFormatterPreferences::from(&locale);
        Ok(Formatters {
            date: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::medium())?,
            weekday: FixedCalendarDateTimeFormatter::try_new(prefs, E::long())?,
            month: FixedCalendarDateTimeFormatter::try_new(prefs, YM::long())?,
            time: NoCalendarFormatter::try_new(prefs, T::hm())?,
            number: DecimalFormatter::try_new((&locale).into(), Default::default())?,
            in_text: DecimalFormatter::try_new((&locale).into(), GroupingStrategy::Never.into())?,
        })
    }
}

fn formatters(locale: Locale) -> &'static Formatters {
    static ALL: OnceLock<HashMap<&'static str, Formatters>> = OnceLock::new();
    // ICU4X's data is compiled into the binary for every language the portal ships; a failure
    // here is a build that lost it, caught by the first test that formats a date.
    let all = ALL.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|l| {
                let formatters =
                    Formatters::new(l.formats).expect("compiled ICU data for each language");
                (l.code, formatters)
            })
            .collect()
    });
    &all[locale.code()]
}

fn icu_date(date: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8).ok()
}

fn icu_time(time: NaiveTime) -> Time {
    Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0).unwrap_or(Time::start_of_day())
}

/// A stored UTC timestamp in the estates' local time.
pub fn local(utc: NaiveDateTime) -> NaiveDateTime {
    Utc.from_utc_datetime(&utc)
        .with_timezone(&ZONE)
        .naive_local()
}

/// The UTC instant a local day begins at (midnight is never skipped by summer time in Italy).
pub fn utc_start(day: NaiveDate) -> NaiveDateTime {
    let midnight = day.and_time(NaiveTime::MIN);
    ZONE.from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.naive_utc())
        .unwrap_or(midnight)
}

/// A local time as RFC 3339 with the estates' offset that day, for the API.
pub fn rfc3339(local: NaiveDateTime) -> String {
    ZONE.from_local_datetime(&local)
        .earliest()
        .map(|t| t.to_rfc3339())
        .unwrap_or_else(|| local.format("%Y-%m-%dT%H:%M:%S").to_string())
}

/// An RFC 3339 time from the API in the estates' local time.
pub fn from_rfc3339(raw: &str) -> Option<NaiveDateTime> {
    chrono::DateTime::parse_from_rfc3339(raw.trim())
        .ok()
        .map(|t| t.with_timezone(&ZONE).naive_local())
}

/// Now, in the estates' local time (visits are agreed in it).
pub fn local_now() -> NaiveDateTime {
    local(Utc::now().naive_utc())
}

impl Locale {
    /// "30 nov 2026" for a calendar day.
    pub fn day(self, date: NaiveDate) -> String {
        icu_date(date)
            .map(|d| formatters(self).date.format(&d).to_string())
            .unwrap_or_else(|| date.to_string())
    }

    /// "lunedì".
    pub fn weekday(self, date: NaiveDate) -> String {
        icu_date(date)
            .map(|d| formatters(self).weekday.format(&d).to_string())
            .unwrap_or_default()
    }

    /// "novembre 2026" for the month `date` is in.
    pub fn month(self, date: NaiveDate) -> String {
        icu_date(date.with_day(1).unwrap_or(date))
            .map(|d| formatters(self).month.format(&d).to_string())
            .unwrap_or_else(|| date.format("%Y-%m").to_string())
    }

    /// "09:15" for a time of day, as this language writes it.
    pub fn clock(self, time: NaiveTime) -> String {
        formatters(self).time.format(&icu_time(time)).to_string()
    }

    /// The local day of a stored UTC timestamp.
    pub fn date(self, utc: NaiveDateTime) -> String {
        self.day(local(utc).date())
    }

    /// "30 nov 2026, 09:15 Italian time" for a stored UTC timestamp.
    pub fn date_time(self, utc: NaiveDateTime) -> String {
        let at = local(utc);
        self.text_with(
            "time-local",
            &[
                ("date", self.day(at.date())),
                ("time", self.clock(at.time())),
            ],
        )
    }

    /// "lunedì 1 dic 2026, 09:00–12:00 Italian time" for a slot agreed in local time.
    pub fn slot(self, starts: NaiveDateTime, ends: NaiveDateTime) -> String {
        self.text_with(
            "time-slot",
            &[
                ("weekday", self.weekday(starts.date())),
                ("date", self.day(starts.date())),
                ("from", self.clock(starts.time())),
                ("until", self.clock(ends.time())),
            ],
        )
    }

    /// Euros from cents, with this language's grouping and decimal sign ("1.234,50 €").
    pub fn euros(self, cents: i64) -> String {
        let mut amount = Decimal::from(cents);
        amount.multiply_pow10(-2);
        amount.pad_end(-2);
        let amount = formatters(self).number.format(&amount).to_string();
        self.text_with("amount-euro", &[("amount", amount)])
    }

    /// A number inside a message, with `decimals` places ("2,5", "2026").
    pub fn numeral(self, value: f64, decimals: usize) -> String {
        let scale = 10_f64.powi(decimals as i32);
        let mut number = Decimal::from((value * scale).round() as i64);
        number.multiply_pow10(-(decimals as i16));
        number.pad_end(-(decimals as i16));
        formatters(self).in_text.format(&number).to_string()
    }

    /// A whole number with this language's grouping ("12.345").
    pub fn number(self, n: i64) -> String {
        formatters(self)
            .number
            .format(&Decimal::from(n))
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn dates_follow_the_language_and_the_local_zone() {
        let it = Locale::DEFAULT;
        let en = Locale::from_code("en").unwrap();
        // 23:30 UTC on 30 November is already 1 December in Rome (CET, UTC+1).
        assert_eq!(
            it.date(at("2026-11-30 23:30")),
            it.day(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
        );
        assert!(it
            .day(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
            .contains("nov"));
        assert_eq!(
            it.weekday(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()),
            "lunedì"
        );
        assert_eq!(
            en.weekday(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()),
            "Monday"
        );
        assert_eq!(it.clock(NaiveTime::from_hms_opt(9, 5, 0).unwrap()), "09:05");
        // Summer time: 12:00 UTC is 14:00 in Rome in July.
        assert!(
            it.date_time(at("2026-07-01 12:00")).contains("14:00"),
            "{}",
            it.date_time(at("2026-07-01 12:00"))
        );
        assert!(it
            .date_time(at("2026-07-01 12:00"))
            .contains("ora italiana"));
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(it.month(day), "novembre 2026");
        assert_eq!(en.month(day), "November 2026");
        assert_eq!(it.numeral(2.46, 1), "2,5");
        assert_eq!(en.numeral(12345.0, 1), "12345.0");
        assert!(en
            .date_time(at("2026-07-01 12:00"))
            .contains("Italian time"));
    }

    #[test]
    fn every_language_formats() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        for language in LANGUAGES {
            let locale = Locale::from_code(language.code).unwrap();
            assert!(!locale.day(day).is_empty());
            assert!(
                locale.day(day).contains("2026"),
                "{}: {}",
                language.code,
                locale.day(day)
            );
            assert!(!locale.number(12345).is_empty());
            assert!(
                locale.euros(123_450).contains("234"),
                "{}",
                locale.euros(123_450)
            );
        }
    }
}
