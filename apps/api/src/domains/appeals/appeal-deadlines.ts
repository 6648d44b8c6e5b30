// Dates an appeal works with, on the program's own calendar.
import { addDays, toDateOnly, todayIn } from "@openleave/db";
import { appealDeadline, isRulesErrorResult } from "@openleave/rules";
import { programTimeZone } from "../programs/program-calendar.ts";
import { DEFAULT_APPEAL_CALENDAR_DAYS } from "../review/record-determination.ts";

/** Appeals officers are expected to hold the hearing within this many days of filing. */
export const APPEAL_HEARING_SLA_DAYS = 30;
/** The latest a hearing may be set, counted from now; further out is almost surely a typo. */
export const MAX_HEARING_LEAD_DAYS = 365;

/** The last day to appeal a determination made `decidedOn`: the program's rule, or the default. */
export function appealDeadlineFrom(jurisdiction: string, program: string, decidedOn: string): string {
  const rule = appealDeadline({ jurisdiction, program, decisionDate: decidedOn });
  return isRulesErrorResult(rule) ? addDays(decidedOn, DEFAULT_APPEAL_CALENDAR_DAYS) : rule.dueDate;
}

/** The deadline recorded on a determination, or (for older rows without one) the one that applies. */
export function deadlineOf(
  determination: { appealDeadline: Date | null; decidedAt: Date },
  program: { jurisdiction: string; code: string },
): string {
  if (determination.appealDeadline) return toDateOnly(determination.appealDeadline);
  const decidedOn = todayIn(programTimeZone(program.jurisdiction), determination.decidedAt);
  return appealDeadlineFrom(program.jurisdiction, program.code, decidedOn);
}
