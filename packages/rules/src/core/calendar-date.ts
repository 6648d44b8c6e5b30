/**
 * Calendar dates as plain `YYYY-MM-DD` strings. No `Date` objects and no time zones: a leave
 * that starts on 2024-07-01 starts on 2024-07-01 everywhere. Arithmetic goes through a day
 * number (days since 1970-01-01) computed with the proleptic Gregorian civil-date formulas,
 * so results never depend on the machine's clock or zone.
 *
 * Because the format is fixed-width, two CalendarDate strings compare correctly with < and >.
 */
import { ErrorCode, RulesError } from "./errors";

export type CalendarDate = string & { readonly __calendarDate: unique symbol };

/** The engine accepts dates in this range; anything else is DATE_OUT_OF_RANGE. */
export const EARLIEST_DATE = "1970-01-01" as CalendarDate;
export const LATEST_DATE = "2099-12-31" as CalendarDate;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export const Weekday = { SUNDAY: 0, MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6 } as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * Parses and validates a request date. `field` names the input in the error message.
 * Throws INVALID_DATE for malformed or impossible dates, DATE_OUT_OF_RANGE outside 1970–2099.
 */
export function parseCalendarDate(value: unknown, field: string): CalendarDate {
  if (typeof value !== "string") {
    throw new RulesError(ErrorCode.INVALID_DATE, `${field} must be a date string in YYYY-MM-DD form`, { field });
  }
  if (!DATE_SHAPE.test(value)) {
    throw new RulesError(ErrorCode.INVALID_DATE, `${field} must be in YYYY-MM-DD form (got "${value.slice(0, 40)}")`, {
      field,
    });
  }
  // The shape is checked, so the digits can be read straight from their positions.
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RulesError(ErrorCode.INVALID_DATE, `${field} is not a real calendar date: ${value}`, { field });
  }
  if (value < EARLIEST_DATE || value > LATEST_DATE) {
    throw new RulesError(
      ErrorCode.DATE_OUT_OF_RANGE,
      `${field} ${value} is outside the supported range ${EARLIEST_DATE} to ${LATEST_DATE}`,
      { field },
    );
  }
  return value as CalendarDate;
}

/** For literals in rule data: validates like parseCalendarDate and throws on a typo. */
export function date(literal: string): CalendarDate {
  return parseCalendarDate(literal, "date literal");
}

export function makeDate(year: number, month: number, day: number): CalendarDate {
  const y = String(year).padStart(4, "0");
  const m = month < 10 ? `0${month}` : String(month);
  const d = day < 10 ? `0${day}` : String(day);
  return `${y}-${m}-${d}` as CalendarDate;
}

/** The number written by `length` ASCII digits of `text` starting at `start`. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

export function yearOf(d: CalendarDate): number {
  return digits(d, 0, 4);
}

export function monthOf(d: CalendarDate): number {
  return digits(d, 5, 2);
}

export function dayOfMonth(d: CalendarDate): number {
  return digits(d, 8, 2);
}

/** Days since 1970-01-01 (negative before). Civil-from-days algorithm, era-based. */
export function toDayNumber(d: CalendarDate): number {
  let y = yearOf(d);
  const m = monthOf(d);
  const day = dayOfMonth(d);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Dates are built from day numbers many times per evaluation (window edges, Sundays); the
// strings are cached (at most ~47,000 distinct dates in the supported range).
const byDayNumber = new Map<number, CalendarDate>();

export function fromDayNumber(dayNumber: number): CalendarDate {
  let cached = byDayNumber.get(dayNumber);
  if (cached === undefined) {
    cached = civilFromDays(dayNumber);
    byDayNumber.set(dayNumber, cached);
  }
  return cached;
}

function civilFromDays(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return makeDate(year, month, day);
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

export function weekdayOf(d: CalendarDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(d));
}

/** The Sunday on or before `d` (the start of its Sunday–Saturday week). */
export function sundayOnOrBefore(d: CalendarDate): CalendarDate {
  const n = toDayNumber(d);
  return fromDayNumber(n - weekdayOfDayNumber(n));
}

/** Same day `months` months later, clamped to the month's last day (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = yearOf(d) * 12 + (monthOf(d) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return makeDate(year, month, Math.min(dayOfMonth(d), daysInMonth(year, month)));
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}
