/**
 * Holiday calendars by id ("US" federal, then USPS state codes). Each calendar is computed by
 * rule from its statute; add a state by adding its rules below with the statute's citation and
 * its weekend rule (`observed`, which the statute states once for all fixed-date holidays).
 */
import { Weekday } from "../core/calendar-date";
import type { HolidayCalendar } from "./holidays";

const { MONDAY, THURSDAY } = Weekday;

/** 5 U.S.C. 6103(a); Saturday → Friday, Sunday → Monday per 5 U.S.C. 6103(b) and E.O. 11582. */
export const US_FEDERAL: HolidayCalendar = {
  id: "US",
  name: "Federal legal public holidays",
  observed: "nearest-weekday",
  cite: [
    {
      title: "Holidays",
      section: "5 U.S.C. 6103(a)-(b)",
      href: "https://www.law.cornell.edu/uscode/text/5/6103",
      grade: "A",
    },
  ],
  rules: [
    { kind: "fixed", name: "New Year's Day", month: 1, day: 1 },
    { kind: "weekday", name: "Birthday of Martin Luther King, Jr.", month: 1, weekday: MONDAY, nth: 3, fromYear: 1986 },
    { kind: "weekday", name: "Washington's Birthday", month: 2, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Memorial Day", month: 5, weekday: MONDAY, nth: -1 },
    { kind: "fixed", name: "Juneteenth National Independence Day", month: 6, day: 19, fromYear: 2021 },
    { kind: "fixed", name: "Independence Day", month: 7, day: 4 },
    { kind: "weekday", name: "Labor Day", month: 9, weekday: MONDAY, nth: 1 },
    { kind: "weekday", name: "Columbus Day", month: 10, weekday: MONDAY, nth: 2 },
    { kind: "fixed", name: "Veterans Day", month: 11, day: 11 },
    { kind: "weekday", name: "Thanksgiving Day", month: 11, weekday: THURSDAY, nth: 4 },
    { kind: "fixed", name: "Christmas Day", month: 12, day: 25 },
  ],
};

/** RCW 1.16.050: Saturday holidays on the Friday before, Sunday holidays on the Monday after. */
export const WASHINGTON: HolidayCalendar = {
  id: "WA",
  name: "Washington state legal holidays",
  observed: "nearest-weekday",
  cite: [
    {
      title: "Legal holidays",
      section: "RCW 1.16.050",
      href: "https://app.leg.wa.gov/RCW/default.aspx?cite=1.16.050",
      grade: "A",
    },
    {
      title: "Juneteenth made a state legal holiday (2021 c 295), first observed 2022",
      section: "RCW 1.16.050(1)(f)",
      href: "https://fastdemocracy.com/bill-summary/?billsummary_id=WAB00020179&billsummary_session=2023-2024&billsummary_state=wa",
      grade: "A",
    },
  ],
  rules: [
    { kind: "fixed", name: "New Year's Day", month: 1, day: 1 },
    { kind: "weekday", name: "Martin Luther King, Jr. Day", month: 1, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Presidents' Day", month: 2, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Memorial Day", month: 5, weekday: MONDAY, nth: -1 },
    { kind: "fixed", name: "Juneteenth", month: 6, day: 19, fromYear: 2022 },
    { kind: "fixed", name: "Independence Day", month: 7, day: 4 },
    { kind: "weekday", name: "Labor Day", month: 9, weekday: MONDAY, nth: 1 },
    { kind: "fixed", name: "Veterans' Day", month: 11, day: 11 },
    { kind: "weekday", name: "Thanksgiving Day", month: 11, weekday: THURSDAY, nth: 4 },
    { kind: "weekday", name: "Native American Heritage Day", month: 11, weekday: THURSDAY, nth: 4, offsetDays: 1 },
    { kind: "fixed", name: "Christmas Day", month: 12, day: 25 },
  ],
};

/**
 * M.G.L. c.4 §7 cl.18: a Sunday holiday is observed the Monday after; a Saturday holiday stays
 * on Saturday (state offices open on the Friday before). Suffolk-County-only days (Evacuation
 * Day, Bunker Hill Day) are not statewide business-day holidays and are left out.
 */
export const MASSACHUSETTS: HolidayCalendar = {
  id: "MA",
  name: "Massachusetts legal holidays",
  observed: "sunday-to-monday",
  cite: [
    {
      title: "Definitions: legal holiday",
      section: "M.G.L. c.4 §7 cl.18",
      href: "https://malegislature.gov/Laws/GeneralLaws/PartI/TitleI/Chapter4/Section7",
      grade: "A",
    },
    {
      title: "Trial Court list of legal holidays (observed dates, Saturday/Sunday practice)",
      href: "http://www.mass.gov/courts/court-info/trial-court/exec-office/ocm/legal-holidays.html",
      grade: "A",
    },
  ],
  rules: [
    { kind: "fixed", name: "New Year's Day", month: 1, day: 1 },
    { kind: "weekday", name: "Martin Luther King Day", month: 1, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Washington's Birthday", month: 2, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Patriots' Day", month: 4, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Memorial Day", month: 5, weekday: MONDAY, nth: -1 },
    { kind: "fixed", name: "Juneteenth Independence Day", month: 6, day: 19, fromYear: 2021 },
    { kind: "fixed", name: "Independence Day", month: 7, day: 4 },
    { kind: "weekday", name: "Labor Day", month: 9, weekday: MONDAY, nth: 1 },
    { kind: "weekday", name: "Columbus Day", month: 10, weekday: MONDAY, nth: 2 },
    { kind: "fixed", name: "Veterans' Day", month: 11, day: 11 },
    { kind: "weekday", name: "Thanksgiving Day", month: 11, weekday: THURSDAY, nth: 4 },
    { kind: "fixed", name: "Christmas Day", month: 12, day: 25 },
  ],
};

/**
 * C.R.S. 24-11-101: a Sunday holiday is observed the Monday after. Frances Xavier Cabrini Day
 * (first Monday in October) replaced Columbus Day from 2020; Juneteenth was added in 2022.
 * FAMLI rules define business days against this list (7 CCR 1107-3.2.5).
 */
export const COLORADO: HolidayCalendar = {
  id: "CO",
  name: "Colorado legal holidays",
  observed: "sunday-to-monday",
  cite: [
    {
      title: "Legal holidays - effect",
      section: "C.R.S. 24-11-101",
      href: "https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/administration/article-11-holidays/24-11-101-legal-holidays-effect",
      grade: "A",
    },
    {
      title: "FAMLI rules: business days exclude Colorado state holidays",
      section: "7 CCR 1107-3.2.5",
      href: "https://regulations.justia.com/states/colorado/1100/1107/rule-7-ccr-1107-3/section-7-ccr-1107-3-2",
      grade: "A",
    },
  ],
  rules: [
    { kind: "fixed", name: "New Year's Day", month: 1, day: 1 },
    { kind: "weekday", name: "Martin Luther King, Jr. Day", month: 1, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Washington-Lincoln Day", month: 2, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Memorial Day", month: 5, weekday: MONDAY, nth: -1 },
    { kind: "fixed", name: "Juneteenth", month: 6, day: 19, fromYear: 2022 },
    { kind: "fixed", name: "Independence Day", month: 7, day: 4 },
    { kind: "weekday", name: "Labor Day", month: 9, weekday: MONDAY, nth: 1 },
    { kind: "weekday", name: "Columbus Day", month: 10, weekday: MONDAY, nth: 2, untilYear: 2019 },
    { kind: "weekday", name: "Frances Xavier Cabrini Day", month: 10, weekday: MONDAY, nth: 1, fromYear: 2020 },
    { kind: "fixed", name: "Veterans' Day", month: 11, day: 11 },
    { kind: "weekday", name: "Thanksgiving Day", month: 11, weekday: THURSDAY, nth: 4 },
    { kind: "fixed", name: "Christmas Day", month: 12, day: 25 },
  ],
};

/**
 * N.Y. General Construction Law §24: a Sunday holiday (except Flag Day) is observed the next
 * day; Saturdays are not moved. Flag Day (second Sunday of June) never falls on a business
 * day and is left out. Juneteenth was added by L.2020 c.249 (first June 19 after: 2021).
 * Each general election day is a holiday (Tuesday after the first Monday of November).
 */
export const NEW_YORK: HolidayCalendar = {
  id: "NY",
  name: "New York public holidays",
  observed: "sunday-to-monday",
  cite: [
    {
      title: "Public holidays; half-holidays",
      section: "N.Y. General Construction Law §24",
      href: "http://ny.elaws.us/law/gcn_art2_sec.24",
      grade: "A",
    },
    {
      title: "§24 as amended by chapter 249 of the laws of 2020 (adds Juneteenth)",
      href: "https://www.nysenate.gov/legislation/bills/2025/S6144",
      grade: "A",
    },
  ],
  rules: [
    { kind: "fixed", name: "New Year's Day", month: 1, day: 1 },
    { kind: "weekday", name: "Dr. Martin Luther King, Jr. Day", month: 1, weekday: MONDAY, nth: 3 },
    { kind: "fixed", name: "Lincoln's Birthday", month: 2, day: 12 },
    { kind: "weekday", name: "Washington's Birthday", month: 2, weekday: MONDAY, nth: 3 },
    { kind: "weekday", name: "Memorial Day", month: 5, weekday: MONDAY, nth: -1 },
    { kind: "fixed", name: "Juneteenth", month: 6, day: 19, fromYear: 2021 },
    { kind: "fixed", name: "Independence Day", month: 7, day: 4 },
    { kind: "weekday", name: "Labor Day", month: 9, weekday: MONDAY, nth: 1 },
    { kind: "weekday", name: "Columbus Day", month: 10, weekday: MONDAY, nth: 2 },
    { kind: "weekday", name: "General Election Day", month: 11, weekday: MONDAY, nth: 1, offsetDays: 1 },
    { kind: "fixed", name: "Veterans' Day", month: 11, day: 11 },
    { kind: "weekday", name: "Thanksgiving Day", month: 11, weekday: THURSDAY, nth: 4 },
    { kind: "fixed", name: "Christmas Day", month: 12, day: 25 },
  ],
};

const CALENDARS: ReadonlyMap<string, HolidayCalendar> = new Map(
  [US_FEDERAL, WASHINGTON, MASSACHUSETTS, COLORADO, NEW_YORK].map((c) => [c.id, c]),
);

export function holidayCalendar(id: string): HolidayCalendar | undefined {
  return CALENDARS.get(id);
}

export function holidayCalendarIds(): string[] {
  return [...CALENDARS.keys()];
}
