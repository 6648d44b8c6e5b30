/**
 * Average weekly wage steps: the program's measure of the claimant's pay, rounded by the
 * program's rule and recorded in the explanation.
 */
import { type BasePeriod, highestQuarterWages } from "../base-period/base-period";
import { WEEKS_PER_QUARTER, highestQuartersAverage, meanOfWeeks } from "./average-weekly-wage";
import { ErrorCode, RulesError } from "../core/errors";
import { roundingApplied } from "../core/explanation";
import { type Money, Rounding, type RoundingRule, roundMoney } from "../core/money";
import type { Citation, Parameter, ParameterUse } from "../core/parameter";
import { quarterLabel } from "../core/quarter";
import type { RuleContext } from "../evaluation/context";
import type { BenefitRules, WageMeasure } from "../programs/program";

const HIGHEST_QUARTER_WHAT =
  "Average weekly wage: the highest-paid quarter of the base period ÷ the weeks in a quarter";
const HIGHEST_QUARTERS_WHAT =
  "Average weekly wage: the highest-paid quarters of the base period ÷ the weeks in those quarters";

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
    inputs: {
      quartersUsed: average.used.map((q) => quarterLabel(q.quarter)),
      wagesUsed: average.used.map((q) => q.wages),
      divisor: average.divisor,
    },
    parameters: [countParameter],
    rounding: roundingApplied(rounding, average.value, rounded),
    result: rounded,
    cite,
    ...(note === undefined ? {} : { note }),
  });
  return rounded;
}

/**
 * Programs whose benefit comes from the highest quarter itself (CA, RI) still report an AWW:
 * the highest quarter ÷ 13, to the cent, for display — and the figure a given AWW stands for.
 */
export function highestQuarterAsWeeklyWage(
  ctx: RuleContext,
  period: BasePeriod,
  what: string,
  cite: readonly Citation[],
  note: string,
): Money {
  const hq = highestQuarterWages(period);
  const raw = hq.div(WEEKS_PER_QUARTER);
  const averageWeeklyWage = roundMoney(raw, Rounding.HALF_UP_CENT);
  ctx.step({
    step: "average-weekly-wage",
    what,
    inputs: { highestQuarterWages: hq },
    rounding: roundingApplied(Rounding.HALF_UP_CENT, raw, averageWeeklyWage),
    result: averageWeeklyWage,
    cite,
    note,
  });
  return averageWeeklyWage;
}

/** The highest base-period quarter; with a given AWW (no wage records), AWW × 13 stands for it. */
export function highestQuarterOf(wages: WageMeasure): Money {
  return wages.basePeriod === null
    ? wages.averageWeeklyWage.times(WEEKS_PER_QUARTER)
    : highestQuarterWages(wages.basePeriod);
}

export interface LastWeeksOfPaySpec {
  /** How many of the latest weeks are averaged. */
  readonly weeks: Parameter<number>;
  readonly what: string;
  readonly cite: readonly Citation[];
  /** The WAGE_MEASURE_UNAVAILABLE message when the request has no weeklyWages. */
  readonly needsWeeklyWages: string;
  /** The WAGE_MEASURE_UNAVAILABLE message when no week ends before the leave starts. */
  readonly noWeekBeforeLeave: string;
}

/**
 * The mean of the latest weeks of pay ending before the leave starts (NY PFL and DBL: the last 8
 * weeks), to the cent, halves up. Fewer weeks than the program averages are used as given, with
 * a note; quarterly totals cannot give this measure.
 */
export function averageOfLastWeeksOfPay(spec: LastWeeksOfPaySpec): BenefitRules["measureWages"] {
  return (request, ctx) => {
    const weeks = request.weeklyWages;
    if (weeks === null) throw new RulesError(ErrorCode.WAGE_MEASURE_UNAVAILABLE, spec.needsWeeklyWages);
    const count = ctx.param(spec.weeks);
    const used = weeks
      .filter((w) => w.weekEnding < request.leaveStartDate)
      .sort((a, b) => (a.weekEnding < b.weekEnding ? 1 : -1))
      .slice(0, count.value);
    if (used.length === 0) throw new RulesError(ErrorCode.WAGE_MEASURE_UNAVAILABLE, spec.noWeekBeforeLeave);
    const average = meanOfWeeks(used.map((w) => w.wages));
    const averageWeeklyWage = roundMoney(average, Rounding.HALF_UP_CENT);
    ctx.step({
      step: "average-weekly-wage",
      what: spec.what,
      inputs: { weeksUsed: used.map((w) => w.weekEnding), wages: used.map((w) => w.wages) },
      parameters: [count.use],
      rounding: roundingApplied(Rounding.HALF_UP_CENT, average, averageWeeklyWage),
      result: averageWeeklyWage,
      cite: spec.cite,
      ...(used.length < count.value
        ? { note: "Fewer weeks of pay were given than the program averages; the weeks given were used." }
        : {}),
    });
    return { source: "wage-records", basePeriod: null, averageWeeklyWage };
  };
}
