/**
 * Eligibility steps on wages and on the leave itself (tests on employment facts are in
 * ./employment.ts). Each test records an explanation step.
 */
import type { BasePeriod } from "../base-period/base-period";
import { addDays, addMonths } from "../core/calendar-date";
import { type Money, ZERO } from "../core/money";
import type { Citation, Parameter, ParameterUse } from "../core/parameter";
import type { RuleContext } from "../evaluation/context";
import { IneligibleCode, type EligibilityTest, type TestOutcome } from "../programs/program";

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

export interface MinimumWagesTestSpec {
  /** The test's id; its explanation step is "eligibility-<id>". */
  readonly id: string;
  /** What the test asks, in the program's words ("At least $2,500 in wages in the base period"). */
  readonly what: string;
  /** The explanation step's text. */
  readonly stepWhat: string;
  readonly minimum: Parameter<Money>;
  /** The wages measured (default: the base period's total). */
  readonly measure?: (period: BasePeriod) => Money;
  /** How the failure message names the wages measured ("Base-period wages"). */
  readonly wagesName: string;
  readonly cite: readonly Citation[];
}

function totalWages(period: BasePeriod): Money {
  return period.totalWages;
}

/** Wages in the base period (or its highest quarter) at least the program's minimum; no wage
 * records (a given AWW) count as zero, though the evaluator skips "wages" tests then. */
export function minimumWagesTest(spec: MinimumWagesTestSpec): EligibilityTest {
  const measure = spec.measure ?? totalWages;
  const step = `eligibility-${spec.id}`;
  return {
    id: spec.id,
    kind: "wages",
    what: spec.what,
    run({ wages }, ctx) {
      const minimum = ctx.param(spec.minimum);
      const period = wages.basePeriod;
      const actual = period === null ? ZERO : measure(period);
      return thresholdOutcome(
        ctx,
        step,
        spec.stepWhat,
        actual,
        minimum.value,
        [minimum.use],
        IneligibleCode.INSUFFICIENT_WAGES,
        () => `${spec.wagesName} ${actual.toFixed(2)} are below ${minimum.value.toFixed(2)}`,
        spec.cite,
      );
    },
  };
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
        : {
            outcome: "failed",
            reason: { code: IneligibleCode.BONDING_WINDOW_PASSED, message: `Bonding leave must start by ${lastDay}` },
          };
    },
  };
}
