/**
 * Business days and deadlines. A business day is Monday–Friday and not an observed holiday of
 * the calendar the rule names. "Within N business days of D" is due on the Nth business day
 * after D (D itself is not counted).
 */
import { type CalendarDate, Weekday, fromDayNumber, toDayNumber, weekdayOfDayNumber } from "../core/calendar-date";
import { type HolidayCalendar, holidayOn } from "./holidays";

export function isBusinessDay(calendar: HolidayCalendar, d: CalendarDate): boolean {
  return isBusinessDayNumber(calendar, toDayNumber(d));
}

function isBusinessDayNumber(calendar: HolidayCalendar, day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  if (weekday === Weekday.SATURDAY || weekday === Weekday.SUNDAY) return false;
  return holidayOn(calendar, day) === undefined;
}

export interface BusinessDayCount {
  readonly dueDate: CalendarDate;
  /** Days skipped on the way (weekends are not listed; holidays are, by name). */
  readonly holidaysSkipped: readonly { readonly date: CalendarDate; readonly name: string }[];
}

export function addBusinessDays(calendar: HolidayCalendar, from: CalendarDate, businessDays: number): BusinessDayCount {
  let day = toDayNumber(from);
  let counted = 0;
  const holidaysSkipped: { date: CalendarDate; name: string }[] = [];
  while (counted < businessDays) {
    day++;
    const weekday = weekdayOfDayNumber(day);
    if (weekday === Weekday.SATURDAY || weekday === Weekday.SUNDAY) continue;
    const holiday = holidayOn(calendar, day);
    if (holiday !== undefined) {
      holidaysSkipped.push({ date: fromDayNumber(day), name: holiday });
      continue;
    }
    counted++;
  }
  return { dueDate: fromDayNumber(day), holidaysSkipped };
}

/** Periods a deadline can be stated in. */
export type DeadlinePeriod = {
  readonly amount: number;
  readonly unit: "calendar-days" | "business-days" | "weeks";
  /** Holiday calendar id for business days (see holiday-calendars). */
  readonly calendar?: string;
};
