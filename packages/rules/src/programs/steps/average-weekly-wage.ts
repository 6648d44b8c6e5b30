/**
 * Average weekly wage steps: the program's measure of the claimant's pay, rounded by the
 * program's rule and recorded in the explanation.
 */
import type { BasePeriod } from "../../blocks/base-period";
import { highestQuartersAverage } from "../../blocks/average-weekly-wage";
import { roundingApplied } from "../../core/explanation";
import { type Money, type RoundingRule, roundMoney } from "../../core/money";
import type { Citation, ParameterUse } from "../../core/parameter";
import { quarterLabel } from "../../core/quarter";
import type { RuleContext } from "../../evaluation/context";

const HIGHEST_QUARTER_WHAT = "Average weekly wage: the highest-paid quarter of the base period ÷ 13 weeks";
const HIGHEST_QUARTERS_WHAT = "Average weekly wage: the highest-paid quarters of the base period ÷ 13 weeks per quarter";

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
