/**
 * Individual average weekly wage (AWW) variants. Each returns the unrounded value and what it
 * used; the program applies its own rounding rule and records it in the explanation.
 */
import { type Money, ZERO, money } from "../core/money";
import type { QuarterWages } from "./base-period";

/** A calendar quarter is 13 weeks (52 weeks ÷ 4): the conversion every quarterly AWW uses. */
const WEEKS_PER_QUARTER = money(13);

export interface QuarterAverage {
  readonly value: Money;
  /** The quarters whose wages were added (highest first). */
  readonly used: readonly QuarterWages[];
  readonly divisor: Money;
}

/**
 * Sum of the `count` highest-paid quarters divided by the weeks in them (13 per quarter):
 * count 2 → "two highest quarters ÷ 26", count 1 → "highest quarter ÷ 13".
 */
export function highestQuartersAverage(quarters: readonly QuarterWages[], count: number): QuarterAverage {
  const ranked = quarters.slice().sort((a, b) => b.wages.cmp(a.wages));
  const used = ranked.slice(0, count);
  let sum = ZERO;
  for (const q of used) sum = sum.plus(q.wages);
  const divisor = WEEKS_PER_QUARTER.times(count);
  return { value: sum.div(divisor), used, divisor };
}

/** Mean of weekly wage amounts (programs whose AWW is the last N weeks of pay). */
export function meanOfWeeks(weeks: readonly Money[]): Money {
  if (weeks.length === 0) return ZERO;
  let sum = ZERO;
  for (const w of weeks) sum = sum.plus(w);
  return sum.div(weeks.length);
}
