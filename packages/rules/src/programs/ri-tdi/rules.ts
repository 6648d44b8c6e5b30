/**
 * Rhode Island rules shared by TDI and TCI (one benefit year, one base period, one benefit rate,
 * one combined cap of 30 weeks):
 *
 * - Benefit year: 52 weeks from the Sunday of the week the claimant became unable to work (or
 *   began caregiving); a later leave inside it uses the same year. Its first day selects the
 *   parameters (the maxima apply to benefit years starting on or after July 1).
 * - Base period: first 4 of the last 5 completed quarters before the benefit year; if the
 *   claimant does not qualify there, the last 4 completed quarters.
 * - Eligibility: one quarter with the high-quarter minimum, base-period wages ≥ 1.5 × the highest
 *   quarter and ≥ the total minimum; or base-period wages ≥ the alternative total.
 * - Benefit rate: 4.62% of the highest quarter, rounded up to the next dollar, held between the
 *   minimum and maximum. Dependents' allowances are not modelled (the request has no dependents).
 *   The engine's AWW for wage records is the highest quarter ÷ 13 (RI's own AWW, base-period wages
 *   ÷ credit weeks, does not enter the benefit); a given AWW stands for highest quarter ÷ 13.
 * - Total benefits in a benefit year: the lesser of 30 × the rate or 36% of base-period wages.
 */
import { type BasePeriod, highestQuarterWages } from "../../base-period/base-period";
import { applyBenefitLimits } from "../../weekly-benefit/benefit-limits";
import { roundingApplied } from "../../core/explanation";
import { type Money, Rounding, ZERO, roundMoney } from "../../core/money";
import type { Citation, Parameter } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import type { RuleContext } from "../../evaluation/context";
import type { ValidatedRequest } from "../../evaluation/request";
import {
  type BenefitRules,
  type EligibilityTest,
  IneligibleCode,
  type WageMeasure,
  type WeeklyBenefit,
} from "../program";
import {
  type AlternativeBasePeriodSpec,
  requireWageQuarters,
  standardOrAlternativeBasePeriod,
} from "../../base-period/steps";
import { highestQuarterAsWeeklyWage, highestQuarterOf } from "../../average-weekly-wage/steps";
import { LeaveWindows } from "../../leave-window/steps";
import { applyTotalBenefitCap, recordEntitlement } from "../../entitlement/steps";
import { COLORADO_MEMO, SEED_CHART } from "../sources";
import * as P from "./parameters";

/** TDI covers the claimant's own disability, TCI caregiving; one benefit year and one 30-week cap hold both. */
export const RI_DISABILITY_REASONS: readonly LeaveReason[] = ["OWN_HEALTH", "PREGNANCY"];
export const RI_CAREGIVER_REASONS: readonly LeaveReason[] = ["BONDING", "FAMILY_CARE"];
export const RI_REASONS: readonly LeaveReason[] = [...RI_DISABILITY_REASONS, ...RI_CAREGIVER_REASONS];

export const RI_CITES = {
  benefitYear: [
    {
      title: "Benefit year: 52 weeks starting on the Sunday of the week the employee became unable to work",
      file: `${SEED_CHART}:2863-2865`,
      grade: "B",
    },
  ],
  parameterDate: [
    { title: "Maximum applies to benefit years starting on or after July 1", href: P.R.r13.href, grade: "A" },
    { title: "Benefit year start", file: `${SEED_CHART}:2863-2865`, grade: "B" },
  ],
  basePeriod: [
    {
      title: "Base period: first 4 of the last 5 completed quarters before the benefit year; else the last 4",
      section: "R.I. Gen. Laws §28-39-2",
      file: `${SEED_CHART}:2809`,
      grade: "B",
    },
  ],
  eligibility: [
    {
      title: "Monetary eligibility: high quarter, 1.5 × high quarter and total; or the alternative total",
      file: `${SEED_CHART}:2797-2808`,
      grade: "B",
    },
  ],
  weeklyBenefit: [
    {
      title: "4.62% of the highest base-period quarter, rounded up to the next dollar; minimum and maximum",
      section: "R.I. Gen. Laws §28-41-5",
      href: P.R.r1.href,
      grade: "A",
    },
  ],
  totalCap: [
    {
      title: "Total benefits in a benefit year: 36% of base-period wages (30 weeks × rate)",
      file: `${COLORADO_MEMO}:249-251`,
      grade: "B",
    },
  ],
  duration: [
    {
      title: "TDI 30 weeks; TCI weeks by year; TDI + TCI at most 30 weeks per benefit year",
      file: `${SEED_CHART}:2845-2856`,
      grade: "B",
    },
  ],
  waiting: [
    {
      title: "No waiting period since 7/1/2012; out at least 7 days, paid from the first day out",
      href: P.R.r22.href,
      grade: "A",
    },
  ],
} as const satisfies Record<string, readonly Citation[]>;

/** One benefit year for TDI and TCI: leave under either opens it and counts in it. */
export const riBenefitYear = LeaveWindows.forwardYear(
  "leaveStartDate",
  {
    length: "weeks-52",
    startOnSunday: true,
    label: "benefit year (52 weeks from the Sunday of the week the claimant became unable to work)",
  },
  RI_REASONS,
);

interface Qualification {
  readonly passed: boolean;
  readonly highQuarter: Money;
  readonly byFirstTest: boolean;
  readonly bySecondTest: boolean;
}

function qualifies(period: BasePeriod, ctx: RuleContext): Qualification {
  const hq = highestQuarterWages(period);
  const total = period.totalWages;
  const byFirstTest =
    hq.gte(ctx.param(P.highQuarterMinimum).value) &&
    total.gte(hq.times(ctx.param(P.highQuarterMultiple).value)) &&
    total.gte(ctx.param(P.totalWagesMinimum).value);
  const bySecondTest = total.gte(ctx.param(P.alternativeTotalWages).value);
  return { passed: byFirstTest || bySecondTest, highQuarter: hq, byFirstTest, bySecondTest };
}

/** The monetary tests decide between the standard and the alternative base period. */
const BASE_PERIOD: AlternativeBasePeriodSpec<null> = {
  // The monetary tests resolve their four figures for each period they check.
  requirement: () => null,
  qualifies: (period, _none, ctx) => qualifies(period, ctx).passed,
  cite: RI_CITES.basePeriod,
  alternativeNote: "The standard base period does not qualify, so the alternative base period is tried.",
};

export function measureRiWages(request: ValidatedRequest, ctx: RuleContext, programName: string): WageMeasure {
  const period = standardOrAlternativeBasePeriod(
    ctx,
    requireWageQuarters(request, programName),
    riBenefitYear(request).start,
    BASE_PERIOD,
  );
  const averageWeeklyWage = highestQuarterAsWeeklyWage(
    ctx,
    period,
    "Highest quarter of the base period (the benefit rate's base), shown as a weekly figure ÷ 13",
    RI_CITES.weeklyBenefit,
    "RI's benefit rate uses the highest quarter itself; the weekly figure is for display and for estimates.",
  );
  return { source: "wage-records", basePeriod: period, averageWeeklyWage };
}

export function riWeeklyBenefit(wages: WageMeasure, ctx: RuleContext): WeeklyBenefit {
  const rate = ctx.param(P.benefitRate);
  const max = ctx.param(P.maximumWeeklyBenefit);
  const min = ctx.param(P.minimumWeeklyBenefit);
  const hq = highestQuarterOf(wages);
  const unrounded = hq.times(rate.value);
  const rounded = roundMoney(unrounded, Rounding.UP_DOLLAR);
  const limited = applyBenefitLimits(rounded, min.value, max.value);
  ctx.step({
    step: "weekly-benefit-amount",
    what: "Weekly benefit rate: the program's share of the highest quarter, rounded up to the dollar, between the minimum and maximum",
    inputs: {
      highestQuarterWages: hq,
      highestQuarterFrom: wages.basePeriod === null ? "AWW × 13 (given AWW)" : "base period",
    },
    parameters: [rate.use, min.use, max.use],
    rounding: roundingApplied(Rounding.UP_DOLLAR, unrounded, rounded),
    result: { amount: limited.amount, limitApplied: limited.applied },
    cite: RI_CITES.weeklyBenefit,
    note: "Dependents' allowances (the greater of $10 or 7% of the rate per dependent, up to 5) are not modelled.",
  });
  return { amount: limited.amount, minimum: min.value, maximum: max.value };
}

export const riEarningsTest: EligibilityTest = {
  id: "base-period-wages",
  kind: "wages",
  what: "High quarter, total wages of at least the multiple of the high quarter, and total wages; or the alternative total",
  run({ wages }, ctx) {
    const period = wages.basePeriod;
    const result =
      period === null
        ? { passed: false, highQuarter: ZERO, byFirstTest: false, bySecondTest: false }
        : qualifies(period, ctx);
    ctx.step({
      step: "eligibility-base-period-wages",
      what: "Base-period wages must meet the first test (quarter, multiple, total) or the alternative total",
      inputs: { highQuarter: result.highQuarter, totalWages: period?.totalWages ?? ZERO },
      parameters: [
        ctx.param(P.highQuarterMinimum).use,
        ctx.param(P.highQuarterMultiple).use,
        ctx.param(P.totalWagesMinimum).use,
        ctx.param(P.alternativeTotalWages).use,
      ],
      result: { byFirstTest: result.byFirstTest, bySecondTest: result.bySecondTest, passed: result.passed },
      cite: RI_CITES.eligibility,
    });
    return result.passed
      ? { outcome: "passed" }
      : {
          outcome: "failed",
          reason: {
            code: IneligibleCode.INSUFFICIENT_WAGES,
            message: "Base-period wages meet neither Rhode Island monetary test",
          },
        };
  },
};

/** No unpaid waiting period, but a 7-day minimum absence (reported, not tested). */
export const riWaitingPeriod: BenefitRules["waitingPeriodDays"] = (_request, _window, ctx) => {
  const days = ctx.param(P.waitingPeriodDays);
  const out = ctx.param(P.minimumDaysOut);
  ctx.step({
    step: "waiting-period",
    what: "Waiting period: none; the claimant must be out of work the required days and is then paid from the first day",
    inputs: { minimumDaysOut: out.value },
    parameters: [days.use, out.use],
    result: days.value,
    cite: RI_CITES.waiting,
    note: "The 7-day minimum absence is a condition of payment, not an unpaid period; the request carries no end date, so it is not tested.",
  });
  return days.value;
};

export interface RiProgramWeeks {
  /** The program's own bucket: TDI "disability", TCI "caregiver". */
  readonly id: string;
  readonly reasons: readonly LeaveReason[];
  readonly weeks: Parameter<number>;
  /** The sibling program's reasons: its prior leave counts only toward the combined weeks. */
  readonly siblingReasons: readonly LeaveReason[];
  readonly note: string;
}

/**
 * Weeks in the benefit year: the program's own weeks, TDI and TCI together at most the combined
 * weeks, and total benefits at most the lesser of combined weeks × the rate and the wage share.
 */
export function riEntitlement(own: RiProgramWeeks): BenefitRules["entitlement"] {
  return (request, window, ctx, facts) => {
    const weeks = ctx.param(own.weeks);
    const combined = ctx.param(P.combinedWeeks);
    const share = ctx.param(P.totalBenefitWageShare);
    const entitlement = recordEntitlement(
      ctx,
      request,
      window,
      {
        buckets: [{ id: own.id, reasons: own.reasons, weeks: weeks.value }],
        combinedWeeks: combined.value,
        combinedOnlyReasons: own.siblingReasons,
      },
      [weeks.use, combined.use],
      RI_CITES.duration,
      own.note,
    );
    return applyTotalBenefitCap(ctx, entitlement, facts, {
      weeks: combined.value,
      wageShare: share.value,
      rounding: Rounding.HALF_UP_CENT,
      parameters: [combined.use, share.use],
      cite: RI_CITES.totalCap,
    });
  };
}
