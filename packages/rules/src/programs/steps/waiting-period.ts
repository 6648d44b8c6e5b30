/**
 * Waiting-period steps. Programs with waivers (WA, MA, DC, NJ TDI, the disability programs'
 * recurrence rule) compose `waitingPeriod` from the blocks and record their own step; a program
 * whose waiting period is simply its parameter (often 0) uses the rule below.
 */
import type { Parameter } from "../../core/parameter";
import type { BenefitRules } from "../program";

/** The waiting period is the parameter's days for every leave: no waivers, no earlier period served. */
export function waitingPeriodWithoutWaivers(days: Parameter<number>): BenefitRules["waitingPeriodDays"] {
  return (_request, _window, ctx) => {
    const resolved = ctx.param(days);
    ctx.step({ step: "waiting-period", what: "Waiting period", parameters: [resolved.use], result: resolved.value });
    return resolved.value;
  };
}
