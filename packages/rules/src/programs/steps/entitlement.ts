/**
 * Entitlement steps: weeks of leave left in the program's window, recorded in the explanation.
 * Dollar caps on total benefits are in ./total-benefit-cap.ts.
 */
import { type Entitlement, type EntitlementCaps, entitlementLedger } from "../../blocks/entitlement-ledger";
import type { LeaveWindow } from "../../blocks/leave-window";
import type { Citation, ParameterUse } from "../../core/parameter";
import type { RuleContext } from "../../evaluation/context";
import type { EvaluationRequest } from "../../evaluation/request";

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
