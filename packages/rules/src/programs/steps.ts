/**
 * Explanation-producing steps shared by program modules. Each composes a pure block and
 * records what it did (inputs, parameters with their dates and citations, rounding, result),
 * so every program explains itself the same way. Programs call these from their rule functions.
 */
import { type BasePeriod, type BasePeriodRole, type BasePeriodRule, type WageRecord, collectBasePeriod } from "../blocks/base-period";
import { applyBenefitLimits } from "../blocks/benefit-limits";
import { type Entitlement, type EntitlementCaps, entitlementLedger } from "../blocks/entitlement-ledger";
import { highestQuartersAverage } from "../blocks/average-weekly-wage";
import type { LeaveWindow } from "../blocks/leave-window";
import { type ReplacementTier, tieredReplacement } from "../blocks/tiered-replacement";
import { type CalendarDate, addDays, addMonths } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import { roundingApplied } from "../core/explanation";
import { type Money, type RoundingRule, roundMoney } from "../core/money";
import type { Citation, Parameter, ParameterUse } from "../core/parameter";
import { quarterLabel } from "../core/quarter";
import type { RuleContext } from "../evaluation/context";
import type { EvaluationRequest } from "../evaluation/request";
import { IneligibleCode, type EligibilityTest, type TestOutcome, type WeeklyBenefit } from "./program";

const STANDARD_PERIOD_WHAT = "Base period: the program's standard quarters of wages, counted back from the anchor date";
const ALTERNATIVE_PERIOD_WHAT = "Alternative base period, used because the standard one did not qualify";
const HIGHEST_QUARTER_WHAT = "Average weekly wage: the highest-paid quarter of the base period ÷ 13 weeks";
const HIGHEST_QUARTERS_WHAT = "Average weekly wage: the highest-paid quarters of the base period ÷ 13 weeks per quarter";

/** Wage records are required; a program measuring quarters cannot use weekly pay alone. */
export function requireWageQuarters(request: EvaluationRequest, programName: string): readonly WageRecord[] {
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

/** Sum of the `count` highest quarters ÷ (13 × count), rounded by the program's rule. */
export function averageOfHighestQuarters(
  ctx: RuleContext,
  period: BasePeriod,
  count: number,
  countParameter: ParameterUse,
  rounding: RoundingRule,
  cite: readonly Citation[],
  note?: string,
): Money {
  const average = highestQuartersAverage(period.quarters, count);
  const rounded = roundMoney(average.value, rounding);
  ctx.step({
    step: "average-weekly-wage",
    what: count === 1 ? HIGHEST_QUARTER_WHAT : HIGHEST_QUARTERS_WHAT,
    inputs: { quartersUsed: average.used.map((q) => quarterLabel(q.quarter)), wagesUsed: average.used.map((q) => q.wages), divisor: average.divisor },
    parameters: [countParameter],
    rounding: roundingApplied(rounding, average.value, rounded),
    result: rounded,
    cite,
    ...(note === undefined ? {} : { note }),
  });
  return rounded;
}

export interface TieredBenefitSpec {
  readonly averageWeeklyWage: Money;
  readonly tiers: readonly ReplacementTier[];
  /** The parameters behind the tiers, minimum and maximum (for the explanation). */
  readonly parameters: readonly ParameterUse[];
  readonly rounding: RoundingRule;
  readonly minimum: Money | null;
  readonly maximum: Money | null;
  readonly cite: readonly Citation[];
  readonly note?: string;
}

/** Tiered replacement → rounding → minimum/maximum, as one explained step. */
export function tieredWeeklyBenefit(ctx: RuleContext, spec: TieredBenefitSpec): WeeklyBenefit {
  const tiered = tieredReplacement(spec.averageWeeklyWage, spec.tiers);
  const rounded = roundMoney(tiered.amount, spec.rounding);
  const limited = applyBenefitLimits(rounded, spec.minimum, spec.maximum);
  ctx.step({
    step: "weekly-benefit-amount",
    what: "Weekly benefit: each part of the AWW replaced at its tier's rate, rounded, then held between the minimum and maximum",
    inputs: {
      averageWeeklyWage: spec.averageWeeklyWage,
      tiers: tiered.portions,
      minimum: spec.minimum,
      maximum: spec.maximum,
    },
    parameters: spec.parameters,
    rounding: roundingApplied(spec.rounding, tiered.amount, rounded),
    result: { amount: limited.amount, limitApplied: limited.applied },
    cite: spec.cite,
    ...(spec.note === undefined ? {} : { note: spec.note }),
  });
  return { amount: limited.amount, minimum: spec.minimum, maximum: spec.maximum };
}

export function recordEntitlement(
  ctx: RuleContext,
  request: EvaluationRequest,
  window: LeaveWindow,
  caps: EntitlementCaps,
  parameters: readonly ParameterUse[],
  cite: readonly Citation[],
  note?: string,
): Entitlement {
  const entitlement = entitlementLedger(request.leaveReason, request.priorLeave, window, caps);
  ctx.step({
    step: "entitlement",
    what: `Weeks of leave: the caps for this reason and for all reasons combined, less leave already taken in the ${window.label}`,
    inputs: {
      leaveReason: request.leaveReason,
      windowStart: window.start,
      windowEnd: window.end,
      priorLeaves: request.priorLeave.length,
      usedDaysForReason: entitlement.usedDaysForReason,
      usedDaysCombined: entitlement.usedDaysCombined,
      pregnancyExtensionApplied: entitlement.pregnancyExtensionApplied,
      priorLeavesNotCounted: entitlement.ignoredPriorLeaves,
    },
    parameters,
    result: {
      maxWeeks: entitlement.maxWeeks,
      maxCombinedWeeks: entitlement.maxCombinedWeeks,
      remainingDays: entitlement.remainingDays,
      remainingWeeks: entitlement.remainingWeeks,
    },
    cite,
    ...(note === undefined ? {} : { note }),
  });
  return entitlement;
}

/** A "total at least X" wage or hours test outcome, with its explanation. */
export function thresholdOutcome(
  ctx: RuleContext,
  step: string,
  what: string,
  actual: Money | number,
  required: Money | number,
  parameters: readonly ParameterUse[],
  code: IneligibleCode,
  /** Builds the failure message; called only when the test fails. */
  message: () => string,
  cite: readonly Citation[],
): TestOutcome {
  const passed = typeof actual === "number" ? actual >= (required as number) : actual.gte(required as Money);
  ctx.step({ step, what, inputs: { actual, required }, parameters, result: passed, cite });
  return passed ? { outcome: "passed" } : { outcome: "failed", reason: { code, message: message() } };
}


/** Bonding leave must start within `months` of the birth or placement (tested when the date is given). */
export function bondingWindowTest(months: Parameter<number>, cite: readonly Citation[]): EligibilityTest {
  return {
    id: "bonding-window",
    kind: "leave",
    what: "Bonding leave starts within the bonding window after the birth or placement",
    run({ request }, ctx) {
      if (request.leaveReason !== "BONDING") return { outcome: "passed" };
      if (request.birthOrPlacementDate === null) {
        return { outcome: "skipped", why: "No birthOrPlacementDate was given, so the bonding window was not tested." };
      }
      const window = ctx.param(months);
      const lastDay = addDays(addMonths(request.birthOrPlacementDate, window.value), -1);
      const inside = request.leaveStartDate <= lastDay;
      ctx.step({
        step: "eligibility-bonding-window",
        what: "Bonding leave must start within the bonding window after the birth or placement",
        inputs: { birthOrPlacementDate: request.birthOrPlacementDate, leaveStartDate: request.leaveStartDate, lastDay },
        parameters: [window.use],
        result: inside,
        cite,
      });
      return inside
        ? { outcome: "passed" }
        : { outcome: "failed", reason: { code: IneligibleCode.BONDING_WINDOW_PASSED, message: `Bonding leave must start by ${lastDay}` } };
    },
  };
}
