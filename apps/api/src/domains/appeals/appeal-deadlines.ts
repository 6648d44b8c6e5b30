// Dates an appeal works with, on the program's own calendar, from the rules' catalog.
import { toDateOnly, todayIn } from "@openleave/db";
import type { PolicyOverrides } from "@openleave/rules";
import { programTimeZone } from "../programs/program-calendar.ts";
import { appealDueDate } from "../programs/program-policy.ts";

/** The latest a hearing may be set, counted from now; further out is almost surely a typo. */
export const MAX_HEARING_LEAD_DAYS = 365;

/** The last day to appeal a determination made `decidedOn`: the program's rule, or the default. */
export function appealDeadlineFrom(
  program: { jurisdiction: string; code: string },
  decidedOn: string,
  policy: PolicyOverrides,
): string {
  return appealDueDate(program, decidedOn, policy);
}

/** The deadline recorded on a determination, or (for older rows without one) the one that applies. */
export function deadlineOf(
  determination: { appealDeadline: Date | null; decidedAt: Date },
  program: { jurisdiction: string; code: string },
  policy: PolicyOverrides,
): string {
  if (determination.appealDeadline) return toDateOnly(determination.appealDeadline);
  const decidedOn = todayIn(programTimeZone(program.jurisdiction, policy), determination.decidedAt);
  return appealDeadlineFrom(program, decidedOn, policy);
}
