// "Due soon" and "still open" for employer responses are dated in each program's own calendar:
// a response is open until the end of its due date where the program's agency is, and it is due
// soon when that date is within the next two business days on the program's holiday calendar
// (the one its response period counts on, from the rules package). One date for every program
// (the old behaviour used Washington's) was wrong by a day on the East Coast and ignored each
// state's holidays.
import { addDays, fromDateOnly, type Prisma } from "@openleave/db";
import { addBusinessDaysOn, isRulesErrorResult, type PolicyOverrides } from "@openleave/rules";
import type { RequestContext } from "../../graphql/context.ts";
import { rulesFor } from "../programs/program-policy.ts";
import { programToday } from "../programs/program-calendar.ts";

/** Business days ahead that count as "due soon" (the notice the issue asks for goes out then). */
export const DUE_SOON_BUSINESS_DAYS = 2;

export interface ProgramResponseWindow {
  programId: string;
  /** The program's today: a response due before it is closed. */
  today: string;
  /** The last due date that is "due soon" today. */
  dueSoonThrough: string;
}

/** The business-day calendar a program's employer responses count on (federal when it has none). */
function responseCalendar(program: { jurisdiction: string; code: string }, today: string, policy: PolicyOverrides) {
  const period = rulesFor(program, today, policy).employerResponsePeriod.value;
  return period.unit === "business-days" && period.calendar ? period.calendar : program.jurisdiction;
}

export function dueSoonThrough(
  program: { jurisdiction: string; code: string },
  today: string,
  policy: PolicyOverrides,
): string {
  for (const calendar of [responseCalendar(program, today, policy), "US"]) {
    const due = addBusinessDaysOn({ calendar, from: today, businessDays: DUE_SOON_BUSINESS_DAYS });
    if (!isRulesErrorResult(due)) return due.dueDate;
  }
  return addDays(today, DUE_SOON_BUSINESS_DAYS);
}

export async function programResponseWindows(ctx: RequestContext): Promise<ProgramResponseWindow[]> {
  const programs = await ctx.db.program.findMany({ select: { id: true, jurisdiction: true, code: true } });
  const policy = ctx.config.programPolicy;
  return programs.map((program) => {
    const today = programToday(program.jurisdiction, ctx.now(), policy);
    return { programId: program.id, today, dueSoonThrough: dueSoonThrough(program, today, policy) };
  });
}

/** Pending responses whose window is still open today, each in its own program's calendar. */
export function openResponseWhere(windows: ProgramResponseWindow[]): Prisma.EmployerResponseWhereInput {
  return {
    status: "PENDING",
    OR: windows.map((w) => ({ claim: { programId: w.programId }, dueDate: { gte: fromDateOnly(w.today) } })),
  };
}

/** Pending responses due within the program's next two business days (today included). */
export function dueSoonResponseWhere(windows: ProgramResponseWindow[]): Prisma.EmployerResponseWhereInput {
  return {
    status: "PENDING",
    OR: windows.map((w) => ({
      claim: { programId: w.programId },
      dueDate: { gte: fromDateOnly(w.today), lte: fromDateOnly(w.dueSoonThrough) },
    })),
  };
}

/** Pending responses due within `days` calendar days of each program's today. */
export function dueWithinResponseWhere(
  windows: ProgramResponseWindow[],
  days: number,
): Prisma.EmployerResponseWhereInput {
  return {
    status: "PENDING",
    OR: windows.map((w) => ({
      claim: { programId: w.programId },
      dueDate: { gte: fromDateOnly(w.today), lte: fromDateOnly(addDays(w.today, days)) },
    })),
  };
}
