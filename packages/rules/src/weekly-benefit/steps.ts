/**
 * Weekly benefit steps: the replacement formula, the program's rounding and its minimum and
 * maximum, as one explained step.
 */
import { applyBenefitLimits } from "./benefit-limits";
import { type ReplacementTier, tieredReplacement } from "./tiered-replacement";
import { roundingApplied } from "../core/explanation";
import { type Money, type RoundingRule, minMoney, roundMoney } from "../core/money";
import type { Citation, Parameter, ParameterUse } from "../core/parameter";
import type { RuleContext } from "../evaluation/context";
import type { BenefitRules, WeeklyBenefit } from "../programs/program";

/** The program reports this parameter as the state average weekly wage of the claim. */
export function stateAverageOf(parameter: Parameter<Money>): BenefitRules["stateAverageWeeklyWage"] {
  return (ctx) => ctx.param(parameter).value;
}

/** The program's benefit does not use a state average weekly wage. */
export const withoutStateAverage: BenefitRules["stateAverageWeeklyWage"] = () => null;

export interface TieredBenefitSpec {
  readonly averageWeeklyWage: Money;
  readonly tiers: readonly ReplacementTier[];
  /** The parameters behind the tiers, minimum and maximum (for the explanation). */
  readonly parameters: readonly ParameterUse[];
  readonly rounding: RoundingRule;
  readonly minimum: Money | null;
  readonly maximum: Money | null;
  readonly cite: readonly Citation[];
  readonly note?: string;
}

/** Tiered replacement → rounding → minimum/maximum, as one explained step. */
export function tieredWeeklyBenefit(ctx: RuleContext, spec: TieredBenefitSpec): WeeklyBenefit {
  const tiered = tieredReplacement(spec.averageWeeklyWage, spec.tiers);
  const rounded = roundMoney(tiered.amount, spec.rounding);
  const limited = applyBenefitLimits(rounded, spec.minimum, spec.maximum);
  ctx.step({
    step: "weekly-benefit-amount",
    what: "Weekly benefit: each part of the AWW replaced at its tier's rate, rounded, then held between the minimum and maximum",
    inputs: {
      averageWeeklyWage: spec.averageWeeklyWage,
      tiers: tiered.portions,
      minimum: spec.minimum,
      maximum: spec.maximum,
    },
    parameters: spec.parameters,
    rounding: roundingApplied(spec.rounding, tiered.amount, rounded),
    result: { amount: limited.amount, limitApplied: limited.applied },
    cite: spec.cite,
    ...(spec.note === undefined ? {} : { note: spec.note }),
  });
  return { amount: limited.amount, minimum: spec.minimum, maximum: spec.maximum };
}

export interface StateAverageTwoTierSpec {
  readonly stateAverageWeeklyWage: Parameter<Money>;
  /** The tier breakpoint as a share of the state average weekly wage (½ WA, MA, CO; 65% OR, MD). */
  readonly breakpointShare: Parameter<Money>;
  readonly lowerTierRate: Parameter<Money>;
  readonly upperTierRate: Parameter<Money>;
  /** Null when the program has no minimum. */
  readonly minimum: Parameter<Money> | null;
  /** The minimum is the parameter or the claimant's full AWW, whichever is less (WA). */
  readonly minimumAtMostAww?: boolean;
  readonly maximum: Parameter<Money>;
  readonly rounding: RoundingRule;
  readonly cite: readonly Citation[];
  readonly note?: string;
}

/**
 * The lower rate of the AWW up to the breakpoint share of the state average weekly wage, the
 * upper rate above it, rounded by the program's rule and held between its minimum and maximum.
 * Each program brings its own parameters, rounding and citations.
 */
export function stateAverageTwoTierBenefit(spec: StateAverageTwoTierSpec): BenefitRules["weeklyBenefit"] {
  return (wages, ctx) => {
    const aww = wages.averageWeeklyWage;
    const saww = ctx.param(spec.stateAverageWeeklyWage);
    const share = ctx.param(spec.breakpointShare);
    const lower = ctx.param(spec.lowerTierRate);
    const upper = ctx.param(spec.upperTierRate);
    const min = spec.minimum === null ? null : ctx.param(spec.minimum);
    const max = ctx.param(spec.maximum);
    return tieredWeeklyBenefit(ctx, {
      averageWeeklyWage: aww,
      tiers: [
        { upTo: saww.value.times(share.value), rate: lower.value },
        { upTo: null, rate: upper.value },
      ],
      parameters:
        min === null
          ? [saww.use, share.use, lower.use, upper.use, max.use]
          : [saww.use, share.use, lower.use, upper.use, min.use, max.use],
      rounding: spec.rounding,
      minimum: min === null ? null : spec.minimumAtMostAww === true ? minMoney(min.value, aww) : min.value,
      maximum: max.value,
      cite: spec.cite,
      note: spec.note,
    });
  };
}

export interface FlatRateBenefitSpec {
  readonly rate: Parameter<Money>;
  readonly maximum: Parameter<Money>;
  /** The figure the maximum derives from (NY: the state AWW; NJ: its share), listed in the step. */
  readonly maximumBasis: Parameter<Money>;
  readonly rounding: RoundingRule;
  readonly what: string;
  readonly cite: readonly Citation[];
  readonly note: string;
}

/** One replacement rate × the AWW, rounded by the program's rule, capped at the maximum; no minimum (NY PFL, NJ TDI and FLI). */
export function flatRateWeeklyBenefit(spec: FlatRateBenefitSpec): BenefitRules["weeklyBenefit"] {
  return (wages, ctx) => {
    const rate = ctx.param(spec.rate);
    const max = ctx.param(spec.maximum);
    const basis = ctx.param(spec.maximumBasis);
    const unrounded = wages.averageWeeklyWage.times(rate.value);
    const rounded = roundMoney(unrounded, spec.rounding);
    const capped = rounded.gt(max.value);
    const amount = capped ? max.value : rounded;
    ctx.step({
      step: "weekly-benefit-amount",
      what: spec.what,
      inputs: { averageWeeklyWage: wages.averageWeeklyWage, maximum: max.value },
      parameters: [rate.use, max.use, basis.use],
      rounding: roundingApplied(spec.rounding, unrounded, rounded),
      result: { amount, limitApplied: capped ? "maximum" : "none" },
      cite: spec.cite,
      note: spec.note,
    });
    return { amount, minimum: null, maximum: max.value };
  };
}
