/**
 * Entitlement steps: weeks of leave left in the program's window, recorded in the explanation.
 * Dollar caps on total benefits are in ./total-benefit-cap.ts.
 */
import { type Entitlement, type EntitlementCaps, entitlementLedger } from "../../blocks/entitlement-ledger";
import type { LeaveWindow } from "../../blocks/leave-window";
import type { Citation, Parameter, ParameterUse } from "../../core/parameter";
import type { LeaveReason } from "../../core/vocabulary";
import type { RuleContext } from "../../evaluation/context";
import type { EvaluationRequest } from "../../evaluation/request";
import type { BenefitRules } from "../program";

export function recordEntitlement(
  ctx: RuleContext,
  request: EvaluationRequest,
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
