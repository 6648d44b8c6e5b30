/**
 * Minimum and maximum weekly benefit. A program's minimum may itself depend on the AWW
 * (WA: $100, or the full AWW when that is less), so the caller passes the effective minimum.
 */
import type { Money } from "../core/money";

export type LimitApplied = "none" | "minimum" | "maximum";

export interface LimitedBenefit {
  readonly amount: Money;
  readonly applied: LimitApplied;
}

export function applyBenefitLimits(amount: Money, minimum: Money | null, maximum: Money | null): LimitedBenefit {
  if (maximum !== null && amount.gt(maximum)) return { amount: maximum, applied: "maximum" };
  if (minimum !== null && amount.lt(minimum)) return { amount: minimum, applied: "minimum" };
  return { amount, applied: "none" };
}
