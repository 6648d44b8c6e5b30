/**
 * Result shapes of `evaluate` and the other public functions. Money is a decimal string with
 * two places; weeks and days are numbers.
 */
import type { ExplanationStep } from "../core/explanation";
import type { ErrorCode } from "../core/errors";
import type { LeaveReason } from "../core/vocabulary";
import type { IneligibleReason } from "../programs/program";
import type { JsonValue } from "./request";

export interface BasePeriodResult {
  /** "standard" (usually the first four of the last five quarters) or "alternative". */
  readonly kind: "standard" | "alternative";
  readonly rule: string;
  /** Oldest first, e.g. ["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"]. */
  readonly quarters: readonly string[];
  /** Total wages in the base period. */
  readonly wages: string;
  /** Total hours, or null when hours were not reported. */
  readonly hours: number | null;
}

export interface EvaluationResult {
  readonly id: JsonValue;
  readonly jurisdiction: string;
  readonly program: string;
  readonly leaveReason: LeaveReason;
  readonly eligible: boolean;
  readonly ineligibleReasons: readonly IneligibleReason[];
  readonly basePeriod: BasePeriodResult | null;
  readonly averageWeeklyWage: string;
  /** "wage-records" when measured from wages, "given" when the request supplied it. */
  readonly averageWeeklyWageSource: "wage-records" | "given";
  readonly stateAverageWeeklyWage: string | null;
  readonly weeklyBenefitAmount: string;
  /** The floor that applied to this claimant (WA: $100, or the AWW when lower); null if none. */
  readonly minimumWeeklyBenefit: string | null;
  /** The program's maximum weekly benefit in force; null if none. */
  readonly maximumWeeklyBenefit: string | null;
  /** Cap in weeks for this leave reason (with any pregnancy extension); 0 if not covered. */
  readonly maxWeeks: number;
  readonly maxCombinedWeeks: number;
  /** Weeks left for this reason after prior leave in the window (hundredths, rounded down). */
  readonly remainingWeeks: number;
  readonly remainingDays: number;
  readonly waitingPeriodDays: number;
  /** The legal date that selected the parameters, and the program's rule for choosing it. */
  readonly parameterDate: { readonly date: string; readonly rule: string };
  /** The window entitlement was counted over. */
  readonly leaveWindow: { readonly kind: string; readonly start: string; readonly end: string };
  readonly explanation: readonly ExplanationStep[];
}

export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
}

export interface EvaluationErrorResult {
  readonly id: JsonValue;
  readonly error: ErrorBody;
}

export function isErrorResult(result: EvaluationResult | EvaluationErrorResult): result is EvaluationErrorResult {
  return "error" in result;
}
