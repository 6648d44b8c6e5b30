/**
 * Individual average weekly wage (AWW) variants. Each returns the unrounded value and what it
 * used; the program applies its own rounding rule and records it in the explanation.
 */
import { type Money, ZERO, money } from "../core/money";
import type { QuarterWages } from "../base-period/base-period";

/** A calendar quarter is 13 weeks (52 weeks ÷ 4): the conversion every quarterly AWW uses. */
export const WEEKS_PER_QUARTER: Money = money(13);
/** Divisors for 1..4 quarters (13, 26, 39, 52), built once. */
const DIVISORS = [1, 2, 3, 4].map((n) => WEEKS_PER_QUARTER.times(n));

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
  const used = highest(quarters, count);
  let sum: Money | null = null;
  for (const q of used) sum = sum === null ? q.wages : sum.plus(q.wages);
  const divisor = DIVISORS[count - 1] ?? WEEKS_PER_QUARTER.times(count);
  return { value: (sum ?? ZERO).div(divisor), used, divisor };
}

/** The `count` highest-paid quarters, highest first (a partial selection; n is small). */
function highest(quarters: readonly QuarterWages[], count: number): QuarterWages[] {
  const pool = quarters.slice();
  const picked: QuarterWages[] = [];
  for (let k = 0; k < count && pool.length > 0; k++) {
    let best = 0;
    for (let i = 1; i < pool.length; i++)
      if ((pool[i] as QuarterWages).wages.gt((pool[best] as QuarterWages).wages)) best = i;
    picked.push(pool[best] as QuarterWages);
    pool.splice(best, 1);
  }
  return picked;
}

/** Mean of weekly wage amounts (programs whose AWW is the last N weeks of pay). */
export function meanOfWeeks(weeks: readonly Money[]): Money {
  if (weeks.length === 0) return ZERO;
  let sum = ZERO;
  for (const w of weeks) sum = sum.plus(w);
  return sum.div(weeks.length);
}
