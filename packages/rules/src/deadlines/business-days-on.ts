/**
 * Business days and holidays for callers (the API's configured fallback deadlines): counts
 * business days on a named holiday calendar ("US" federal or a USPS state code).
 */
import { addBusinessDays } from "./business-days";
import { holidayCalendar, holidayCalendarIds } from "./holiday-calendars";
import { holidaysInYear } from "./holidays";
import { parseCalendarDate } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import { type RulesErrorResult, guarded } from "../core/rules-error-result";

export interface BusinessDaysInput {
  /** "US" or a state code with a holiday calendar (WA, MA, CO, NY). */
  readonly calendar: string;
  readonly from: string;
  readonly businessDays: number;
}

export interface BusinessDaysResult {
  readonly dueDate: string;
  readonly holidaysSkipped: readonly { readonly date: string; readonly name: string }[];
}

export interface HolidaysInput {
  readonly calendar: string;
  readonly year: number;
}

function calendarFor(id: string) {
  const calendar = holidayCalendar(id);
  if (calendar === undefined) {
    throw new RulesError(
      ErrorCode.INVALID_REQUEST,
      `no holiday calendar "${String(id).slice(0, 10)}"; known: ${holidayCalendarIds().join(", ")}`,
    );
  }
  return calendar;
}

export function addBusinessDaysOn(input: BusinessDaysInput): BusinessDaysResult | RulesErrorResult {
  return guarded(() => {
    const from = parseCalendarDate(input.from, "from");
    if (!Number.isInteger(input.businessDays) || input.businessDays < 0 || input.businessDays > 1000) {
      throw new RulesError(ErrorCode.INVALID_REQUEST, "businessDays must be a whole number from 0 to 1000");
    }
    return addBusinessDays(calendarFor(input.calendar), from, input.businessDays);
  });
}

export function holidaysOn(
  input: HolidaysInput,
): { readonly date: string; readonly name: string }[] | RulesErrorResult {
  return guarded(() => {
    if (!Number.isInteger(input.year) || input.year < 1970 || input.year > 2099) {
      throw new RulesError(ErrorCode.DATE_OUT_OF_RANGE, "year must be from 1970 to 2099");
    }
    return holidaysInYear(calendarFor(input.calendar), input.year);
  });
}
