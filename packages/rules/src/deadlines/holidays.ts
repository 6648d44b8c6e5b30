/**
 * Holiday calendars computed by rule, never hand-listed per year: fixed dates with an
 * observed-on-weekend rule, nth (or last) weekday of a month, and offsets from those (the day
 * after Thanksgiving, Election Day = the Tuesday after the first Monday in November). Rules
 * carry the years they apply (a holiday added or renamed by statute starts a new rule).
 */
import {
  type CalendarDate,
  Weekday,
  daysInMonth,
  fromDayNumber,
  makeDate,
  toDayNumber,
  weekdayOfDayNumber,
} from "../core/calendar-date";
import type { Citation } from "../core/parameter";

/**
 * How a calendar's statute observes a fixed-date holiday that falls on a weekend:
 * - "none": on the day itself, even on a weekend.
 * - "sunday-to-monday": a Sunday holiday is observed the next Monday; Saturday stays Saturday.
 * - "nearest-weekday": Saturday → the Friday before, Sunday → the Monday after (federal rule).
 */
export type ObservedRule = "none" | "sunday-to-monday" | "nearest-weekday";

interface RuleYears {
  readonly name: string;
  /** First year the rule applies (inclusive). */
  readonly fromYear?: number;
  /** Last year the rule applies (inclusive). */
  readonly untilYear?: number;
}

export type HolidayRule =
  | (RuleYears & { readonly kind: "fixed"; readonly month: number; readonly day: number })
  | (RuleYears & {
      readonly kind: "weekday";
      readonly month: number;
      readonly weekday: Weekday;
      /** 1..4 for first..fourth, -1 for the last. */
      readonly nth: number;
      /** Days after that weekday (1 for "the Friday after the fourth Thursday"). */
      readonly offsetDays?: number;
    });

export interface HolidayCalendar {
  readonly id: string;
  readonly name: string;
  /** One rule for every fixed-date holiday of the calendar, as its statute states it. */
  readonly observed: ObservedRule;
  readonly rules: readonly HolidayRule[];
  readonly cite: readonly Citation[];
}

export interface Holiday {
  readonly date: CalendarDate;
  readonly name: string;
}

function nthWeekday(year: number, month: number, weekday: Weekday, nth: number): number {
  if (nth > 0) {
    const first = toDayNumber(makeDate(year, month, 1));
    const shift = (weekday - weekdayOfDayNumber(first) + 7) % 7;
    return first + shift + (nth - 1) * 7;
  }
  const last = toDayNumber(makeDate(year, month, daysInMonth(year, month)));
  return last - ((weekdayOfDayNumber(last) - weekday + 7) % 7);
}

function observedDay(day: number, rule: ObservedRule): number {
  const weekday = weekdayOfDayNumber(day);
  if (rule === "none") return day;
  if (weekday === Weekday.SUNDAY) return day + 1;
  if (weekday === Weekday.SATURDAY && rule === "nearest-weekday") return day - 1;
  return day;
}

function appliesIn(rule: RuleYears, year: number): boolean {
  return (
    (rule.fromYear === undefined || year >= rule.fromYear) && (rule.untilYear === undefined || year <= rule.untilYear)
  );
}

/** Observed holiday day numbers for the rules' year `year` (may fall in an adjacent year). */
function observedForYear(calendar: HolidayCalendar, year: number, into: Map<number, string>): void {
  for (const rule of calendar.rules) {
    if (!appliesIn(rule, year)) continue;
    const day =
      rule.kind === "fixed"
        ? observedDay(toDayNumber(makeDate(year, rule.month, rule.day)), calendar.observed)
        : nthWeekday(year, rule.month, rule.weekday, rule.nth) + (rule.offsetDays ?? 0);
    into.set(day, rule.name);
  }
}

const cache = new Map<string, ReadonlyMap<number, string>>();

/** Observed holidays falling in calendar year `year`, keyed by day number. Cached. */
export function holidayDays(calendar: HolidayCalendar, year: number): ReadonlyMap<number, string> {
  const key = `${calendar.id}:${year}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const all = new Map<number, string>();
  // A January 1 on a Saturday is observed on December 31 of the year before, so look around.
  for (let y = year - 1; y <= year + 1; y++) observedForYear(calendar, y, all);
  const first = toDayNumber(makeDate(year, 1, 1));
  const last = toDayNumber(makeDate(year, 12, 31));
  const inYear = new Map<number, string>();
  for (const [day, name] of all) if (day >= first && day <= last) inYear.set(day, name);
  cache.set(key, inYear);
  return inYear;
}

export function holidaysInYear(calendar: HolidayCalendar, year: number): Holiday[] {
  return [...holidayDays(calendar, year)]
    .sort((a, b) => a[0] - b[0])
    .map(([day, name]) => ({ date: fromDayNumber(day), name }));
}

export function holidayOn(calendar: HolidayCalendar, dayNumber: number): string | undefined {
  const year = Number(fromDayNumber(dayNumber).slice(0, 4));
  return holidayDays(calendar, year).get(dayNumber);
}
