/**
 * Explanations: the ordered steps behind every result, so staff and notices can show why.
 * Steps are structured data built cheaply on the hot path: values are kept as they are
 * (Money serialises to a decimal string through its toJSON), parameter uses are pre-built
 * records shared by every evaluation, and no text is formatted until someone serialises.
 */
import type { Money, RoundingRule } from "./money";
import type { Citation, ParameterUse } from "./parameter";

export type ExplanationValue =
  string | number | boolean | null | Money | readonly ExplanationValue[] | { readonly [key: string]: ExplanationValue };

export interface RoundingApplied {
  readonly rule: RoundingRule["id"];
  readonly label: RoundingRule["label"];
  readonly before: Money;
  readonly after: Money;
}

export interface ExplanationStep {
  /** Stable step id, e.g. "average-weekly-wage". */
  readonly step: string;
  /** What this step does, in plain language. */
  readonly what: string;
  /** The inputs the step used (request facts or results of earlier steps). */
  readonly inputs?: { readonly [key: string]: ExplanationValue };
  /** The parameters used, each with its value, the date it took effect and its citations. */
  readonly parameters?: readonly ParameterUse[];
  /** The rounding applied, if any. */
  readonly rounding?: RoundingApplied;
  /** The result of the step. */
  readonly result: ExplanationValue;
  /** Citations for the rule itself (the statute or regulation the formula comes from). */
  readonly cite?: readonly Citation[];
  /** A short note: an assumption, a skipped test, a documented decision. */
  readonly note?: string;
}

export function roundingApplied(rule: RoundingRule, before: Money, after: Money): RoundingApplied {
  return { rule: rule.id, label: rule.label, before, after };
}
