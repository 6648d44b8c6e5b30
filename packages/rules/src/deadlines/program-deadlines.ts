/**
 * Employer-response and appeal deadlines. Each program states its periods as dated, cited
 * parameters (calendar days, business days on a named holiday calendar, or weeks). Where the
 * program's documents give no figure the answer is DEADLINE_NOT_DOCUMENTED, and the caller
 * applies its own configured default and says so.
 */
import { type DeadlinePeriod, addBusinessDays } from "./business-days";
import { holidayCalendar } from "./holiday-calendars";
import { type CalendarDate, addDays, parseCalendarDate } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import type { ExplanationStep } from "../core/explanation";
import { type Parameter, resolveParameter } from "../core/parameter";
import type { ProgramDefinition } from "../programs/program";
import { type RulesErrorResult, guarded } from "../core/rules-error-result";
import { programFor } from "../programs/index";

export interface DeadlineResult {
  readonly dueDate: string;
  readonly explanation: readonly ExplanationStep[];
}

export interface EmployerResponseDeadlineInput {
  readonly jurisdiction: string;
  readonly program: string;
  /** The date the employer received notice of the application. */
  readonly from: string;
}

export interface AppealDeadlineInput {
  readonly jurisdiction: string;
  readonly program: string;
  /** The date of the determination notice being appealed. */
  readonly decisionDate: string;
}

/** The due date of `period` counted from `from`: calendar days and weeks from the day after,
 * business days on the period's holiday calendar (the jurisdiction's when it names none). */
export function dueDateAfter(
  period: DeadlinePeriod,
  jurisdiction: string,
  from: CalendarDate,
): { readonly dueDate: CalendarDate; readonly holidaysSkipped: readonly { date: string; name: string }[] } {
  const { amount, unit } = period;
  if (unit === "calendar-days") return { dueDate: addDays(from, amount), holidaysSkipped: [] };
  if (unit === "weeks") return { dueDate: addDays(from, amount * 7), holidaysSkipped: [] };
  const calendar = holidayCalendar(period.calendar ?? jurisdiction);
  if (calendar === undefined) {
    throw new RulesError(
      ErrorCode.RULE_NOT_DOCUMENTED,
      `no holiday calendar "${period.calendar ?? jurisdiction}" for business days`,
    );
  }
  return addBusinessDays(calendar, from, amount);
}

export const DEADLINE_WHAT = "Due date: the period counted from the day after the starting date";
export const DEADLINE_NOTE =
  "A calendar-day deadline is not moved off a weekend or holiday unless the program's rule says so.";

function computeDeadline(
  program: ProgramDefinition,
  parameter: Parameter<DeadlinePeriod> | null,
  kind: "employer response" | "appeal",
  from: CalendarDate,
): DeadlineResult {
  if (parameter === null) {
    throw new RulesError(
      ErrorCode.DEADLINE_NOT_DOCUMENTED,
      `${program.name}: the program's documents give no ${kind} deadline; use the configured default`,
    );
  }
  const period = resolveParameter(parameter, from);
  const { amount, unit } = period.value;
  const { dueDate, holidaysSkipped } = dueDateAfter(period.value, program.jurisdiction, from);
  return {
    dueDate,
    explanation: [
      {
        step: kind === "appeal" ? "appeal-deadline" : "employer-response-deadline",
        what: DEADLINE_WHAT,
        inputs: {
          from,
          amount,
          unit,
          ...(holidaysSkipped.length > 0 ? { holidaysSkipped: holidaysSkipped.map((h) => `${h.date} ${h.name}`) } : {}),
        },
        parameters: [period.use],
        result: dueDate,
        note: DEADLINE_NOTE,
      },
    ],
  };
}

export function employerResponseDeadline(input: EmployerResponseDeadlineInput): DeadlineResult | RulesErrorResult {
  return guarded(() => {
    const program = programFor(input);
    const from = parseCalendarDate(input.from, "from");
    return computeDeadline(program, program.deadlines.employerResponse, "employer response", from);
  });
}

export function appealDeadline(input: AppealDeadlineInput): DeadlineResult | RulesErrorResult {
  return guarded(() => {
    const program = programFor(input);
    const from = parseCalendarDate(input.decisionDate, "decisionDate");
    return computeDeadline(program, program.deadlines.appeal, "appeal", from);
  });
}
