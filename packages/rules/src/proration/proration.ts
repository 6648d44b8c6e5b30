/**
 * Partial-week and reduced-schedule proration: the weekly benefit times the share of the
 * typical week taken as leave (hours claimed ÷ typical hours, or days ÷ workdays), never more
 * than the full weekly benefit.
 */
import { type Money, type RoundingRule, ONE, money, roundMoney } from "../core/money";

export interface Proration {
  readonly fraction: Money;
  readonly unrounded: Money;
  readonly amount: Money;
}

export function prorate(weeklyBenefit: Money, claimed: number, typical: number, rounding: RoundingRule): Proration {
  const share = money(claimed).div(typical);
  const fraction = share.gt(ONE) ? ONE : share;
  const unrounded = weeklyBenefit.times(fraction);
  return { fraction, unrounded, amount: roundMoney(unrounded, rounding) };
}
