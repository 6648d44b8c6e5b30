/**
 * Base-period steps: which quarters of wage records count, recorded in the explanation.
 */
import {
  type BasePeriod,
  type BasePeriodRole,
  type BasePeriodRule,
  BasePeriodRules,
  type WageRecord,
  collectBasePeriod,
} from "./base-period";
import type { CalendarDate } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import type { Citation } from "../core/parameter";
import type { RuleContext } from "../evaluation/context";
import type { ValidatedRequest } from "../evaluation/request";

const STANDARD_PERIOD_WHAT = "Base period: the program's standard quarters of wages, counted back from the anchor date";
const ALTERNATIVE_PERIOD_WHAT = "Alternative base period, used because the standard one did not qualify";

/** Wage records are required; a program measuring quarters cannot use weekly pay alone. */
export function requireWageQuarters(request: ValidatedRequest, programName: string): readonly WageRecord[] {
  if (request.wageQuarters === null) {
    throw new RulesError(
      ErrorCode.WAGE_MEASURE_UNAVAILABLE,
      `${programName} measures wages by calendar quarter: give wageQuarters or an averageWeeklyWage`,
    );
  }
  return request.wageQuarters;
}

export function hoursOf(period: BasePeriod, programName: string): number {
  if (period.totalHoursHundredths === null) {
    throw new RulesError(
      ErrorCode.HOURS_REQUIRED,
      `${programName} eligibility counts hours: every quarter with wages in the ${period.rule.label} needs "hours"`,
    );
  }
  return period.totalHoursHundredths / 100;
}

export function collectAndRecordBasePeriod(
  ctx: RuleContext,
  records: readonly WageRecord[],
  rule: BasePeriodRule,
  anchor: CalendarDate,
  role: BasePeriodRole,
  cite: readonly Citation[],
  note?: string,
): BasePeriod {
  const period = collectBasePeriod(records, rule, anchor, role);
  ctx.step({
    step: role === "standard" ? "base-period" : "alternative-base-period",
    what: role === "standard" ? STANDARD_PERIOD_WHAT : ALTERNATIVE_PERIOD_WHAT,
    inputs: { rule: rule.label, anchorDate: anchor, wageRecords: records.length },
    result: {
      quarters: period.labels,
      wages: period.quarters.map((q) => q.wages),
      totalWages: period.totalWages,
      totalHours: period.totalHoursHundredths === null ? null : period.totalHoursHundredths / 100,
    },
    cite,
    ...(note === undefined ? {} : { note }),
  });
  return period;
}

export interface AlternativeBasePeriodSpec<Requirement> {
  /** What a base period must reach, resolved before any quarter is collected (so an unknown
   * figure stops the claim first). */
  requirement(ctx: RuleContext): Requirement;
  /** Whether a base period reaches the requirement. */
  qualifies(period: BasePeriod, requirement: Requirement, ctx: RuleContext): boolean;
  readonly cite: readonly Citation[];
  /** Why the alternative is tried, for its explanation step. */
  readonly alternativeNote: string;
}

/**
 * The usual unemployment-insurance pair: the first four of the last five completed quarters
 * before `anchor`; when the claimant does not qualify there, the last four completed quarters,
 * used only if they qualify (else the standard period stands, and the eligibility test says why).
 */
export function standardOrAlternativeBasePeriod<Requirement>(
  ctx: RuleContext,
  records: readonly WageRecord[],
  anchor: CalendarDate,
  spec: AlternativeBasePeriodSpec<Requirement>,
): BasePeriod {
  const requirement = spec.requirement(ctx);
  const standard = collectAndRecordBasePeriod(
    ctx,
    records,
    BasePeriodRules.FIRST_FOUR_OF_LAST_FIVE,
    anchor,
    "standard",
    spec.cite,
  );
  if (spec.qualifies(standard, requirement, ctx)) return standard;
  const alternative = collectAndRecordBasePeriod(
    ctx,
    records,
    BasePeriodRules.LAST_FOUR_COMPLETED,
    anchor,
    "alternative",
    spec.cite,
    spec.alternativeNote,
  );
  return spec.qualifies(alternative, requirement, ctx) ? alternative : standard;
}
