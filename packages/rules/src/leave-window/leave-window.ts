/**
 * The period over which leave entitlement is counted. Programs use one of:
 * - a benefit (claim, application) year running forward from an anchor date, opened by the
 *   first leave (or application) and followed by a new year only once it has ended;
 * - a rolling window looking back from the first day of the current leave
 *   (52 weeks for NY, 12 months for CT and FMLA-style programs).
 */
import { type CalendarDate, addDays, addMonths, sundayOnOrBefore } from "../core/calendar-date";

export interface LeaveWindow {
  readonly kind: "benefit-year" | "rolling-back";
  readonly start: CalendarDate;
  /** Inclusive. */
  readonly end: CalendarDate;
  readonly label: string;
}

export interface ForwardYearRule {
  /** "weeks-52": 52 weeks (364 days). "months-12": to the day before the same date a year on.
   * "days-365": 365 consecutive days (NJ FLI's "12-month period"). */
  readonly length: "weeks-52" | "months-12" | "days-365";
  /** Start the year on the Sunday on or before the anchor (WA claim year, MA benefit year). */
  readonly startOnSunday: boolean;
  readonly label: string;
}

function yearEnd(start: CalendarDate, rule: ForwardYearRule): CalendarDate {
  if (rule.length === "weeks-52") return addDays(start, 363);
  if (rule.length === "days-365") return addDays(start, 364);
  return addDays(addMonths(start, 12), -1);
}

function yearStart(anchor: CalendarDate, rule: ForwardYearRule): CalendarDate {
  return rule.startOnSunday ? sundayOnOrBefore(anchor) : anchor;
}

/**
 * The forward year containing `anchor`, given the anchors of earlier leaves (any order).
 * Earlier anchors open years in sequence; if the last open year still covers `anchor`, that is
 * the current year, otherwise a new one starts at `anchor`.
 */
export function forwardYear(
  anchor: CalendarDate,
  earlierAnchors: readonly CalendarDate[],
  rule: ForwardYearRule,
): LeaveWindow {
  let current: { start: CalendarDate; end: CalendarDate } | null = null;
  if (earlierAnchors.length > 0) {
    const sorted = earlierAnchors.length === 1 ? earlierAnchors : earlierAnchors.slice().sort();
    for (const earlier of sorted) {
      if (earlier > anchor) break;
      if (current === null || earlier > current.end) {
        const start = yearStart(earlier, rule);
        current = { start, end: yearEnd(start, rule) };
      }
    }
  }
  if (current === null || anchor > current.end) {
    const start = yearStart(anchor, rule);
    current = { start, end: yearEnd(start, rule) };
  }
  return { kind: "benefit-year", start: current.start, end: current.end, label: rule.label };
}

/** The 52 weeks (364 days) ending the day before the leave starts. */
export function rollingBack52Weeks(leaveStart: CalendarDate, label: string): LeaveWindow {
  return { kind: "rolling-back", start: addDays(leaveStart, -364), end: addDays(leaveStart, -1), label };
}

/** The 12 months ending the day before the leave starts. */
export function rollingBack12Months(leaveStart: CalendarDate, label: string): LeaveWindow {
  return { kind: "rolling-back", start: addMonths(leaveStart, -12), end: addDays(leaveStart, -1), label };
}

/**
 * The current period of disability (NJ TDI, per N.J.S.A. 43:21-27(g)): an earlier leave that
 * ended no more than `maxGapDays` days before this one began (or before an earlier leave already
 * joined) is the same period. The window runs from the period's first day to the day before
 * this leave; it is empty (start after end) when this leave opens a new period.
 */
export function periodOfDisability(
  leaveStart: CalendarDate,
  earlier: readonly { readonly startDate: CalendarDate; readonly endDate: CalendarDate }[],
  maxGapDays: number,
  label: string,
): LeaveWindow {
  let start = leaveStart;
  let joined = true;
  while (joined) {
    joined = false;
    for (const leave of earlier) {
      if (leave.startDate < start && leave.endDate < start && addDays(leave.endDate, maxGapDays + 1) >= start) {
        start = leave.startDate;
        joined = true;
      }
    }
  }
  return { kind: "rolling-back", start, end: addDays(leaveStart, -1), label };
}

/** The `months` months ending the day before the leave starts (DE: medical and caregiving leave
 * in any 24 months). */
export function rollingBackMonths(leaveStart: CalendarDate, months: number, label: string): LeaveWindow {
  return { kind: "rolling-back", start: addMonths(leaveStart, -months), end: addDays(leaveStart, -1), label };
}
