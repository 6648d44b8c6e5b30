/**
 * One explained step for programs that cap the total benefits of a period in dollars as well as
 * in weeks (NJ TDI, CA SDI, RI TDI/TCI): the lesser of weeks × the weekly benefit and a share of
 * the base-period wages, rounded by the program's rule, turned into payable days.
 */
import { daysPayableWithin, lesserCap, limitByPayableDays } from "../../blocks/benefit-amount-cap";
import type { Entitlement } from "../../blocks/entitlement-ledger";
import { roundingApplied } from "../../core/explanation";
import { type Money, type RoundingRule, roundMoney } from "../../core/money";
import type { Citation, ParameterUse } from "../../core/parameter";
import type { RuleContext } from "../../evaluation/context";
import type { EntitlementFacts } from "../program";

export interface TotalBenefitCapSpec {
  /** Weeks the weekly benefit is multiplied by (the program's weeks cap). */
  readonly weeks: number;
  /** Share of base-period wages (null when the program has no wage-based part). */
  readonly wageShare: Money | null;
  readonly rounding: RoundingRule;
  readonly parameters: readonly ParameterUse[];
  readonly cite: readonly Citation[];
}

const WHAT =
  "Total benefits for the period: the lesser of the weeks cap × the weekly benefit and the share of base-period wages, as payable days";

export function applyTotalBenefitCap(
  ctx: RuleContext,
  entitlement: Entitlement,
  facts: EntitlementFacts,
  spec: TotalBenefitCapSpec,
): Entitlement {
  const byWeeks = facts.weeklyBenefit.times(spec.weeks);
  const period = facts.wages.basePeriod;
  const byWagesRaw = spec.wageShare === null || period === null ? null : period.totalWages.times(spec.wageShare);
  const byWages = byWagesRaw === null ? null : roundMoney(byWagesRaw, spec.rounding);
  const total = lesserCap(byWeeks, byWages);
  const payableDays = daysPayableWithin(total, facts.weeklyBenefit);
  const limited = limitByPayableDays(entitlement, payableDays);
  ctx.step({
    step: "total-benefit-cap",
    what: WHAT,
    inputs: {
      weeklyBenefit: facts.weeklyBenefit,
      capByWeeks: byWeeks,
      basePeriodWages: period === null ? null : period.totalWages,
      capByWages: byWages,
      daysAlreadyCounted: entitlement.usedDaysCombined,
    },
    parameters: spec.parameters,
    ...(byWagesRaw !== null && byWages !== null
      ? { rounding: roundingApplied(spec.rounding, byWagesRaw, byWages) }
      : {}),
    result: { maximumBenefitAmount: total, payableDays, remainingDays: limited.remainingDays },
    cite: spec.cite,
    ...(period === null && spec.wageShare !== null
      ? { note: "The AWW was given without wage records, so only the weeks-based cap is known." }
      : {}),
  });
  return limited;
}
