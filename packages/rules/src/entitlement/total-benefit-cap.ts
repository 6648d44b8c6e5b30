/**
 * Caps on the total benefits payable (in dollars) in a period, besides the caps in weeks:
 * NJ TDI (lesser of 26 × WBA or ⅓ of base-year wages), CA SDI (lesser of 52 × WBA or the
 * base-period wages), RI TDI/TCI (lesser of 30 × WBA or 36% of base-period wages). The dollar
 * cap is turned into payable days at the weekly rate (a day is ⅐ of the weekly benefit), and the
 * days already counted in the window are taken off, so remaining days never pay more than the cap.
 */
import { type Money, minMoney } from "../core/money";
import { type Entitlement, weeksFromDays } from "./entitlement-ledger";

/** Days payable within `total` at `weeklyBenefit` a week (whole days, rounded down). */
export function daysPayableWithin(total: Money, weeklyBenefit: Money): number | null {
  if (weeklyBenefit.isZero()) return null;
  return total.times(7).div(weeklyBenefit).floor().toNumber();
}

/** The lesser of two caps (the weeks-based cap and the wages-based one, when known). */
export function lesserCap(a: Money, b: Money | null): Money {
  return b === null ? a : minMoney(a, b);
}

/** The entitlement with remaining days limited by a dollar cap expressed as payable days. */
export function limitByPayableDays(entitlement: Entitlement, payableDays: number | null): Entitlement {
  if (payableDays === null) return entitlement;
  const left = Math.max(0, payableDays - entitlement.usedDaysCombined);
  if (left >= entitlement.remainingDays) return entitlement;
  return { ...entitlement, remainingDays: left, remainingWeeks: weeksFromDays(left) };
}
