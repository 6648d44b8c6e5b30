/**
 * Typed errors with stable codes. Every failure the engine can report has a code here; callers
 * (the API, the CLI) switch on the code, never on the message. Codes are part of the public
 * contract: add new ones, never rename.
 */
export const ErrorCode = {
  /** Thrown when a CLI input line is not valid JSON. */
  INVALID_JSON: "INVALID_JSON",
  /** Thrown when a CLI input line is empty or only whitespace (answered, never skipped). */
  BLANK_LINE: "BLANK_LINE",
  /** Thrown when the request is not an object or a required field is missing or mistyped. */
  INVALID_REQUEST: "INVALID_REQUEST",
  /** Thrown when jurisdiction + program is not a program code this engine knows about. */
  UNKNOWN_PROGRAM: "UNKNOWN_PROGRAM",
  /** Thrown when the program is a known code whose rules have not been written yet. */
  PROGRAM_NOT_SUPPORTED: "PROGRAM_NOT_SUPPORTED",
  /** Thrown when leaveReason is not one of the documented reason codes. */
  INVALID_LEAVE_REASON: "INVALID_LEAVE_REASON",
  /** Thrown when familyRelationship is not one of the documented relationship codes. */
  INVALID_RELATIONSHIP: "INVALID_RELATIONSHIP",
  /** Thrown when a date is not a real calendar date in YYYY-MM-DD form. */
  INVALID_DATE: "INVALID_DATE",
  /** Thrown when a date is valid but outside the range the engine accepts (1970-01-01..2099-12-31). */
  DATE_OUT_OF_RANGE: "DATE_OUT_OF_RANGE",
  /** Thrown when a date range is reversed (end before start). */
  INVALID_DATE_RANGE: "INVALID_DATE_RANGE",
  /** Thrown when a quarter is not in YYYY-Qn form or is out of range. */
  INVALID_QUARTER: "INVALID_QUARTER",
  /** Thrown when a money amount is not a decimal string with at most two decimal places. */
  INVALID_AMOUNT: "INVALID_AMOUNT",
  /** Thrown when a money amount is negative. */
  NEGATIVE_AMOUNT: "NEGATIVE_AMOUNT",
  /** Thrown when hours (or days, or counts) are not finite non-negative numbers in range. */
  INVALID_HOURS: "INVALID_HOURS",
  /** Thrown when both wageQuarters and averageWeeklyWage are given (the request must pick one). */
  CONFLICTING_INPUT: "CONFLICTING_INPUT",
  /** Thrown when neither wageQuarters nor averageWeeklyWage (nor weeklyWages) is given. */
  WAGES_REQUIRED: "WAGES_REQUIRED",
  /** Thrown when the program measures wages in a way the given wage data cannot support
   * (e.g. NY PFL needs the last 8 weeks of pay, not quarterly totals). */
  WAGE_MEASURE_UNAVAILABLE: "WAGE_MEASURE_UNAVAILABLE",
  /** Thrown when the program's eligibility test counts hours and a quarter with wages has none. */
  HOURS_REQUIRED: "HOURS_REQUIRED",
  /** Thrown when the program's eligibility test needs employment facts that were not given. */
  EMPLOYMENT_DATA_REQUIRED: "EMPLOYMENT_DATA_REQUIRED",
  /** Thrown when the leave starts before the program pays any benefits. */
  BENEFITS_NOT_YET_PAYABLE: "BENEFITS_NOT_YET_PAYABLE",
  /** Thrown when a parameter has no certain value for the date: not published, disputed,
   * graded C/D only, or outside the dates the data covers. Never guessed. */
  PARAMETER_NOT_KNOWN: "PARAMETER_NOT_KNOWN",
  /** Thrown when the program's documents give no figure for a deadline (the caller falls back
   * to its own configured default and says so). */
  DEADLINE_NOT_DOCUMENTED: "DEADLINE_NOT_DOCUMENTED",
  /** Thrown when a program has no premium or proration rule documented. */
  RULE_NOT_DOCUMENTED: "RULE_NOT_DOCUMENTED",
  /** Thrown for a bug: an unexpected exception inside the engine. Never for bad input. */
  INTERNAL_ERROR: "INTERNAL_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class RulesError extends Error {
  override readonly name = "RulesError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, string | number | boolean | null>>,
  ) {
    super(message);
  }
}

export function isRulesError(error: unknown): error is RulesError {
  return error instanceof RulesError;
}
