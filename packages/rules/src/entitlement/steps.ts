/**
 * Entitlement steps: weeks of leave left in the program's window, recorded in the explanation.
 * Programs that also cap the total benefits of a period in dollars (NJ TDI, CA SDI, RI TDI/TCI)
 * add `applyTotalBenefitCap`: the lesser of weeks × the weekly benefit and a share of the
 * base-period wages, rounded by the program's rule, turned into payable days.
 */
import { roundingApplied } from "../core/explanation";
import { type Money, type RoundingRule, roundMoney } from "../core/money";
import type { Citation, Parameter, ParameterUse } from "../core/parameter";
import type { LeaveReason } from "../core/vocabulary";
import type { RuleContext } from "../evaluation/context";
import type { ValidatedRequest } from "../evaluation/request";
import type { LeaveWindow } from "../leave-window/leave-window";
import type { BenefitRules, EntitlementFacts } from "../programs/program";
import { type Entitlement, type EntitlementCaps, entitlementLedger } from "./entitlement-ledger";
import { daysPayableWithin, lesserCap, limitByPayableDays } from "./total-benefit-cap";

export function recordEntitlement(
  ctx: RuleContext,
  request: ValidatedRequest,
  window: LeaveWindow,
  caps: EntitlementCaps,
  parameters: readonly ParameterUse[],
  cite: readonly Citation[],
  note?: string,
): Entitlement {
  const entitlement = entitlementLedger(request.leaveReason, request.priorLeave, window, caps);
  ctx.step({
    step: "entitlement",
    what: `Weeks of leave: the caps for this reason and for all reasons combined, less leave already taken in the ${window.label}`,
    inputs: {
      leaveReason: request.leaveReason,
      windowStart: window.start,
      windowEnd: window.end,
      priorLeaves: request.priorLeave.length,
      usedDaysForReason: entitlement.usedDaysForReason,
      usedDaysCombined: entitlement.usedDaysCombined,
      pregnancyExtensionApplied: entitlement.pregnancyExtensionApplied,
      priorLeavesNotCounted: entitlement.ignoredPriorLeaves,
    },
    parameters,
    result: {
      maxWeeks: entitlement.maxWeeks,
      maxCombinedWeeks: entitlement.maxCombinedWeeks,
      remainingDays: entitlement.remainingDays,
      remainingWeeks: entitlement.remainingWeeks,
    },
    cite,
    ...(note === undefined ? {} : { note }),
  });
  return entitlement;
}

export interface SingleWeeksCapSpec {
  /** The bucket's id ("all", "disability", "family"). */
  readonly bucket: string;
  /** Every reason the program pays for. */
  readonly reasons: readonly LeaveReason[];
  readonly weeks: Parameter<number>;
  /** Weeks added for pregnancy (CO +4, OR +2). */
  readonly pregnancyExtensionWeeks?: Parameter<number>;
  readonly cite: readonly Citation[];
  readonly note?: string;
}

/** One cap of weeks for all the program's reasons together in its window (plus any pregnancy extension). */
export function singleWeeksCap(spec: SingleWeeksCapSpec): BenefitRules["entitlement"] {
  return (request, window, ctx) => {
    const weeks = ctx.param(spec.weeks);
    const extension = spec.pregnancyExtensionWeeks === undefined ? null : ctx.param(spec.pregnancyExtensionWeeks);
    return recordEntitlement(
      ctx,
      request,
      window,
      {
        buckets: [{ id: spec.bucket, reasons: spec.reasons, weeks: weeks.value }],
        combinedWeeks: weeks.value,
        pregnancyExtensionWeeks: extension?.value,
      },
      extension === null ? [weeks.use] : [weeks.use, extension.use],
      spec.cite,
      spec.note,
    );
  };
}

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
