/**
 * Eligibility steps on wages and on the leave itself (tests on employment facts are in
 * ./employment.ts). Each test records an explanation step.
 */
import { addDays, addMonths } from "../../core/calendar-date";
import type { Money } from "../../core/money";
import type { Citation, Parameter, ParameterUse } from "../../core/parameter";
import type { RuleContext } from "../../evaluation/context";
import { IneligibleCode, type EligibilityTest, type TestOutcome } from "../program";

/** A "total at least X" wage or hours test outcome, with its explanation. */
export function thresholdOutcome(
  ctx: RuleContext,
  step: string,
  what: string,
  actual: Money | number,
  required: Money | number,
  parameters: readonly ParameterUse[],
  code: IneligibleCode,
  /** Builds the failure message; called only when the test fails. */
  message: () => string,
  cite: readonly Citation[],
): TestOutcome {
  const passed = typeof actual === "number" ? actual >= (required as number) : actual.gte(required as Money);
  ctx.step({ step, what, inputs: { actual, required }, parameters, result: passed, cite });
  return passed ? { outcome: "passed" } : { outcome: "failed", reason: { code, message: message() } };
}

/** Bonding leave must start within `months` of the birth or placement (tested when the date is given). */
export function bondingWindowTest(months: Parameter<number>, cite: readonly Citation[]): EligibilityTest {
  return {
    id: "bonding-window",
    kind: "leave",
    what: "Bonding leave starts within the bonding window after the birth or placement",
    run({ request }, ctx) {
      if (request.leaveReason !== "BONDING") return { outcome: "passed" };
      if (request.birthOrPlacementDate === null) {
        return { outcome: "skipped", why: "No birthOrPlacementDate was given, so the bonding window was not tested." };
      }
      const window = ctx.param(months);
      const lastDay = addDays(addMonths(request.birthOrPlacementDate, window.value), -1);
      const inside = request.leaveStartDate <= lastDay;
      ctx.step({
        step: "eligibility-bonding-window",
        what: "Bonding leave must start within the bonding window after the birth or placement",
        inputs: { birthOrPlacementDate: request.birthOrPlacementDate, leaveStartDate: request.leaveStartDate, lastDay },
        parameters: [window.use],
        result: inside,
        cite,
      });
      return inside
        ? { outcome: "passed" }
        : { outcome: "failed", reason: { code: IneligibleCode.BONDING_WINDOW_PASSED, message: `Bonding leave must start by ${lastDay}` } };
    },
  };
}
