/**
 * California rules shared by DI (SDI) and PFL: one base period, one benefit schedule, one
 * eligibility test.
 *
 * - Base period: the first 4 of the last 5 completed quarters before the claim begins (wages
 *   paid 5 to 18 months before). No alternative base period is in the documents.
 * - Benefit (UI Code §2655): from the highest base-period quarter (HQ). HQ under the formula
 *   threshold → the $50 minimum; HQ under the tier breakpoint → the lower rate × HQ ÷ 13; from
 *   the breakpoint → the greater of the upper rate × HQ ÷ 13 and the floor share × the state
 *   average weekly wage (the breakpoint ÷ its share of the state average quarterly wage ÷ 13).
 *   Rounded up to the next dollar (§2655's and §2653's "next higher multiple of one dollar"),
 *   held between the minimum and maximum. A given AWW stands for HQ ÷ 13.
 *   Before 2025 the floor (23.3%) sits just below the lower tier at the breakpoint (23.33…%), so
 *   the first cent above it pays a dollar less: a statutory cliff, pinned by a test. From 2025
 *   the floor (63% = 90% × 70%) makes the tiers meet exactly.
 * - Eligibility: $300 in the base period (UI Code §2652).
 */
import { WEEKS_PER_QUARTER } from "../../average-weekly-wage/average-weekly-wage";
import { BasePeriodRules } from "../../base-period/base-period";
import { applyBenefitLimits } from "../../weekly-benefit/benefit-limits";
import { roundingApplied } from "../../core/explanation";
import { Rounding, ZERO, maxMoney, roundMoney } from "../../core/money";
import type { Citation } from "../../core/parameter";
import type { RuleContext } from "../../evaluation/context";
import type { ValidatedRequest } from "../../evaluation/request";
import type { WageMeasure, WeeklyBenefit } from "../program";
import { collectAndRecordBasePeriod, requireWageQuarters } from "../../base-period/steps";
import { highestQuarterAsWeeklyWage, highestQuarterOf } from "../../average-weekly-wage/steps";
import { minimumWagesTest } from "../../eligibility/steps";
import { COLORADO_MEMO, SEED_CHART } from "../sources";
import * as P from "./parameters";

export const CA_CITES = {
  parameterDate: [
    {
      title:
        "Figures for claims beginning on or after January 1 of the year; the claim begins on the date the disability (or family leave) began",
      file: `${SEED_CHART}:488-498`,
      grade: "B",
    },
  ],
  basePeriod: [
    {
      title: "Base period: wages paid 5 to 18 months before the claim start date",
      file: `${SEED_CHART}:500`,
      grade: "B",
    },
    { title: "Disability base period", file: `${COLORADO_MEMO}:46`, grade: "B" },
  ],
  weeklyBenefit: [
    {
      title:
        "Weekly benefit from the highest quarter: $50 below the threshold; tiers by the state average quarterly wage; floor share of the SAWW",
      section: "Cal. UI Code §2655",
      file: `${COLORADO_MEMO}:50-56`,
      grade: "B",
    },
    P.S.sb951,
    {
      title: "Amounts computed to the next higher multiple of one dollar",
      section: "Cal. UI Code §2655(b), §2653",
      href: "https://california.public.law/codes/ca_unemp_ins_code_section_2655",
      grade: "A",
    },
  ],
  eligibility: [P.S.uic2652],
} as const satisfies Record<string, readonly Citation[]>;

export function measureCaWages(request: ValidatedRequest, ctx: RuleContext, programName: string): WageMeasure {
  const records = requireWageQuarters(request, programName);
  const period = collectAndRecordBasePeriod(
    ctx,
    records,
    BasePeriodRules.FIRST_FOUR_OF_LAST_FIVE,
    request.leaveStartDate,
    "standard",
    CA_CITES.basePeriod,
  );
  const averageWeeklyWage = highestQuarterAsWeeklyWage(
    ctx,
    period,
    "Average weekly wage: the highest-paid quarter of the base period ÷ 13 weeks",
    CA_CITES.weeklyBenefit,
    "The benefit uses the highest quarter itself (no rounding before the percentage); this figure is for display.",
  );
  return { source: "wage-records", basePeriod: period, averageWeeklyWage };
}

export function caWeeklyBenefit(wages: WageMeasure, ctx: RuleContext): WeeklyBenefit {
  const min = ctx.param(P.minimumWeeklyBenefit);
  const max = ctx.param(P.maximumWeeklyBenefit);
  const threshold = ctx.param(P.formulaThreshold);
  const lower = ctx.param(P.lowerTierRate);
  const upper = ctx.param(P.upperTierRate);
  const breakpoint = ctx.param(P.tierBreakpoint);
  const share = ctx.param(P.breakpointShareOfSaqw);
  const floorShare = ctx.param(P.upperTierFloorShareOfSaww);
  const hq = highestQuarterOf(wages);
  const impliedSaww = breakpoint.value.div(share.value).div(WEEKS_PER_QUARTER);
  let tier: string;
  let raw = ZERO;
  if (hq.lt(threshold.value)) {
    tier = "below the formula threshold: the minimum";
  } else if (hq.lt(breakpoint.value)) {
    tier = "lower tier";
    raw = hq.times(lower.value).div(WEEKS_PER_QUARTER);
  } else {
    tier = "upper tier";
    raw = maxMoney(hq.times(upper.value).div(WEEKS_PER_QUARTER), impliedSaww.times(floorShare.value));
  }
  const rounded = roundMoney(raw, Rounding.UP_DOLLAR);
  const limited = applyBenefitLimits(rounded, min.value, max.value);
  ctx.step({
    step: "weekly-benefit-amount",
    what: "Weekly benefit: the tier rate × highest quarter ÷ 13 (from the breakpoint, at least the floor share of the SAWW), rounded up to the dollar, between the minimum and maximum",
    inputs: {
      highestQuarterWages: hq,
      tier,
      stateAverageWeeklyWageFromBreakpoint: roundMoney(impliedSaww, Rounding.HALF_UP_CENT),
    },
    parameters: [threshold.use, lower.use, upper.use, breakpoint.use, share.use, floorShare.use, min.use, max.use],
    rounding: roundingApplied(Rounding.UP_DOLLAR, raw, rounded),
    result: { amount: limited.amount, limitApplied: limited.applied },
    cite: CA_CITES.weeklyBenefit,
    note: "The sources do not restate the rounding of the post-2018 subdivisions; §2655's and §2653's next-higher-dollar rule is applied.",
  });
  return { amount: limited.amount, minimum: min.value, maximum: max.value };
}

export const caEarningsTest = minimumWagesTest({
  id: "base-period-wages",
  what: "At least the minimum wages in the base period",
  stepWhat: "Wages in the base period must reach the minimum",
  minimum: P.minimumBasePeriodWages,
  wagesName: "Base-period wages",
  cite: CA_CITES.eligibility,
});
