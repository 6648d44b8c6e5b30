// Wages are reported for calendar quarters that are over. "Over" is judged on the calendar of
// the employer's state: on March 31 in Seattle, Q1 is still running even when it is April in UTC.
import { programToday } from "../programs/program-calendar.ts";

const QUARTER_END: Record<number, string> = { 1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31" };

export function quarterEndDate(year: number, quarter: number): string {
  return `${String(year).padStart(4, "0")}-${QUARTER_END[quarter]}`;
}

export function isCompletedQuarter(jurisdiction: string, year: number, quarter: number, now: Date): boolean {
  return quarterEndDate(year, quarter) < programToday(jurisdiction, now);
}

const QUARTER_START: Record<number, string> = { 1: "01-01", 2: "04-01", 3: "07-01", 4: "10-01" };

export function quarterStartDate(year: number, quarter: number): string {
  return `${String(year).padStart(4, "0")}-${QUARTER_START[quarter]}`;
}
