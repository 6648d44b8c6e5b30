/**
 * Tiered wage replacement: the part of the AWW up to the first breakpoint is replaced at the
 * first rate, the part between breakpoints at the next rate, and so on. Breakpoints are
 * absolute amounts; programs derive them (a fraction of the state average weekly wage, a
 * multiple of the minimum wage) from their own parameters.
 */
import { type Money, ZERO } from "../core/money";

export interface ReplacementTier {
  /** Upper edge of this tier (inclusive), or null for the open top tier. */
  readonly upTo: Money | null;
  readonly rate: Money;
}

// A type alias (not an interface) so a portion can go straight into an explanation.
export type TierPortion = {
  readonly upTo: Money | null;
  readonly rate: Money;
  /** The part of the AWW that fell in this tier. */
  readonly portion: Money;
  /** portion × rate, unrounded. */
  readonly amount: Money;
};

export interface TieredReplacement {
  readonly amount: Money;
  readonly portions: readonly TierPortion[];
}

/** `tiers` must be ordered by ascending `upTo` with the open tier (null) last. */
export function tieredReplacement(averageWeeklyWage: Money, tiers: readonly ReplacementTier[]): TieredReplacement {
  const portions: TierPortion[] = [];
  let amount: Money | null = null;
  let lower: Money | null = null; // null: the first tier starts at zero
  for (const tier of tiers) {
    if (lower !== null && averageWeeklyWage.lte(lower)) break;
    const top = tier.upTo === null || averageWeeklyWage.lt(tier.upTo) ? averageWeeklyWage : tier.upTo;
    const portion = lower === null ? top : top.minus(lower);
    const tierAmount = portion.times(tier.rate);
    portions.push({ upTo: tier.upTo, rate: tier.rate, portion, amount: tierAmount });
    amount = amount === null ? tierAmount : amount.plus(tierAmount);
    if (tier.upTo === null) break;
    lower = tier.upTo;
  }
  return { amount: amount ?? ZERO, portions };
}
