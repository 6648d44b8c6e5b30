/**
 * The legal date that selects a claim's parameters, as a program's `parameterDate` rule: the
 * program names the date and its documented rule once (docs/RULES.md, principle 4).
 */
import type { Citation } from "../core/parameter";
import type { BenefitRules } from "../programs/program";

type ParameterDateRule = BenefitRules["parameterDate"];

export const ParameterDate = {
  /** The first day of leave (or of the disability). */
  leaveStart(rule: string, cite: readonly Citation[]): ParameterDateRule {
    return (request) => ({ date: request.leaveStartDate, rule, cite });
  },

  /** The application (claim filing) date. */
  applicationDate(rule: string, cite: readonly Citation[]): ParameterDateRule {
    return (request) => ({ date: request.applicationDate, rule, cite });
  },

  /** The first day of the leave window (a benefit year's start keeps its figures for the year). */
  windowStart(rule: string, cite: readonly Citation[]): ParameterDateRule {
    return (_request, window) => ({ date: window.start, rule, cite });
  },
} as const;
