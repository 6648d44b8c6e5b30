/**
 * Waiting-period rules. A program whose waiting period is simply its parameter (often 0), or
 * whose only waiver is a recurring disability, uses a rule below; programs with other waivers
 * (WA, MA, DC, NJ TDI, NY DBL) compose `waitingPeriod` from the blocks and record their own step.
 */
import { recurrenceWithinDays, waitingPeriod } from "./waiting-period";
import type { Citation, Parameter } from "../core/parameter";
import type { LeaveReason } from "../core/vocabulary";
import type { BenefitRules } from "../programs/program";

/** The waiting period is the parameter's days for every leave: no waivers, no earlier period served. */
export function waitingPeriodWithoutWaivers(days: Parameter<number>): BenefitRules["waitingPeriodDays"] {
  return (_request, _window, ctx) => {
    const resolved = ctx.param(days);
    ctx.step({ step: "waiting-period", what: "Waiting period", parameters: [resolved.use], result: resolved.value });
    return resolved.value;
  };
}

export interface RecurrenceWaiverSpec {
  readonly days: Parameter<number>;
  /** The days within which a recurrence continues the earlier disability. */
  readonly recurrenceDays: Parameter<number>;
  /** The parameter counts the days without disability in between (HI) rather than the days
   * after the earlier leave ended (CA, PR). */
  readonly countsGapDays?: boolean;
  /** The disability reasons whose earlier leave can recur. */
  readonly reasons: readonly LeaveReason[];
  readonly what: string;
  /** Why a recurrence waives the period (the step's note). */
  readonly waivedBecause: string;
  readonly cite: readonly Citation[];
  /** The step's note when the period is served (PR: hospitalisation, which the request cannot say). */
  readonly servedNote?: string;
}

/** The waiting period is served once per period of disability: none when an earlier disability recurs within the days. */
export function waitingPeriodUnlessRecurrence(spec: RecurrenceWaiverSpec): BenefitRules["waitingPeriodDays"] {
  return (request, _window, ctx) => {
    const days = ctx.param(spec.days);
    const recurrence = ctx.param(spec.recurrenceDays);
    // A gap of N days without disability: the leave may start N + 1 days after the last one ended.
    const within = spec.countsGapDays === true ? recurrence.value + 1 : recurrence.value;
    const recurs = recurrenceWithinDays(request.priorLeave, spec.reasons, request.leaveStartDate, within);
    const result = waitingPeriod(days.value, [{ applies: recurs, because: spec.waivedBecause }]);
    const note = result.waivedBecause ?? spec.servedNote;
    ctx.step({
      step: "waiting-period",
      what: spec.what,
      parameters: [days.use, recurrence.use],
      result: result.days,
      cite: spec.cite,
      ...(note === undefined ? {} : { note }),
    });
    return result.days;
  };
}
