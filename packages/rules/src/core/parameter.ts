/**
 * Effective-dated, cited parameters. A formula never holds a statutory number: it asks for
 * "the value in force on date D" with `valueAt(parameter, D)`, naming the legal date itself.
 *
 * A value is usable only when at least one of its citations is graded A (agency, statute,
 * regulation) or B (reputable secondary source quoting the agency). Values whose sources are
 * all graded C (weak) or D (derived here), and values recorded as not published or disputed,
 * are kept in the data for the record but `valueAt` answers PARAMETER_NOT_KNOWN for them — as
 * it does before the first value and after `until`, the last date the data is known to cover.
 */
import { type CalendarDate, date as calendarDate } from "./calendar-date";
import { ErrorCode, RulesError } from "./errors";
import type { ExplanationValue } from "./explanation";

/** A: agency/statute/regulation. B: reputable secondary quoting the agency. C: weak. D: derived here. */
export type SourceGrade = "A" | "B" | "C" | "D";

export interface Citation {
  readonly title: string;
  /** Statute or regulation section, or the section of the document. */
  readonly section?: string;
  readonly href?: string;
  /** A file in the shared reference folder, with line numbers: "shared/seeds/003_55eae632d3b6e248.txt:3252". */
  readonly file?: string;
  readonly grade: SourceGrade;
  readonly publishedOn?: string;
}

export type ParameterUnit =
  | "USD"
  | "USD/week"
  | "USD/year"
  | "rate"
  | "multiplier"
  | "hours"
  | "days"
  | "weeks"
  | "months"
  | "employees"
  | "relationships"
  | "deadline"
  | "rule";

/** Why a value cannot be used as certain. */
export type UnknownReason = "not-published" | "disputed" | "unverified";

export interface KnownValueSpec<T> {
  readonly from: string;
  readonly value: T;
  readonly cite: readonly Citation[];
  readonly note?: string;
}

export interface UnknownValueSpec<T> {
  readonly from: string;
  readonly unknown: UnknownReason;
  /** What was found, if anything (kept for the record, never used). */
  readonly value?: T;
  readonly cite: readonly Citation[];
  readonly note: string;
}

export interface ParameterSpec<T extends ExplanationValue> {
  /** "<program-folder>.<kebab-name>", e.g. "wa-pfml.state-average-weekly-wage". */
  readonly id: string;
  readonly label: string;
  /** What the parameter is, in the active voice. */
  readonly description: string;
  readonly unit: ParameterUnit;
  /** Sorted by `from`, no duplicates. Each value applies from its date until the next one. */
  readonly values: readonly (KnownValueSpec<T> | UnknownValueSpec<T>)[];
  /** Last date the data is known to cover (e.g. "2026-12-31" for a yearly figure). Omit for
   * rules with no scheduled change (a statutory rate in force until amended). */
  readonly until?: string;
  /** When the values were last checked against their sources. */
  readonly lastVerifiedOn: string;
}

/** What an explanation shows for one parameter use. Built once per value, shared by all uses. */
export interface ParameterUse {
  readonly id: string;
  readonly label: string;
  readonly unit: ParameterUnit;
  readonly value: ExplanationValue;
  readonly from: CalendarDate;
  readonly cite: readonly Citation[];
  readonly note?: string;
  /** Where the value came from: this package's data, or a figure the deployment published
   * and approved (see published-figures/). */
  readonly source: ParameterSource;
}

export type ParameterSource = "packaged" | "deployment";

export interface ParameterEntry<T> {
  readonly from: CalendarDate;
  readonly status: "known" | UnknownReason;
  readonly value: T | undefined;
  readonly cite: readonly Citation[];
  readonly note: string | undefined;
  readonly use: ParameterUse;
}

export interface Parameter<T extends ExplanationValue> {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly unit: ParameterUnit;
  readonly entries: readonly ParameterEntry<T>[];
  readonly until: CalendarDate | undefined;
  readonly lastVerifiedOn: CalendarDate;
}

/** Any parameter, for registries and lint tests. */
export type AnyParameter = Parameter<ExplanationValue>;

export interface ResolvedParameter<T> {
  readonly value: T;
  readonly use: ParameterUse;
}

function isUnknownSpec<T>(spec: KnownValueSpec<T> | UnknownValueSpec<T>): spec is UnknownValueSpec<T> {
  return "unknown" in spec;
}

export function isUsableGrade(grade: SourceGrade): boolean {
  return grade === "A" || grade === "B";
}

export function defineParameter<T extends ExplanationValue>(spec: ParameterSpec<T>): Parameter<T> {
  const entries: ParameterEntry<T>[] = [];
  let previous: CalendarDate | undefined;
  for (const valueSpec of spec.values) {
    const from = calendarDate(valueSpec.from);
    if (previous !== undefined && from <= previous) {
      throw new Error(`${spec.id}: values must be sorted by date without duplicates (${from} after ${previous})`);
    }
    previous = from;
    const unknown = isUnknownSpec(valueSpec);
    const gradedUsable = valueSpec.cite.some((c) => isUsableGrade(c.grade));
    const status: ParameterEntry<T>["status"] = unknown ? valueSpec.unknown : gradedUsable ? "known" : "unverified";
    const value = status === "known" ? valueSpec.value : undefined;
    const note = valueSpec.note;
    const use: ParameterUse = Object.freeze({
      id: spec.id,
      label: spec.label,
      unit: spec.unit,
      value: value ?? null,
      from,
      cite: valueSpec.cite,
      ...(note === undefined ? {} : { note }),
      source: "packaged",
    });
    entries.push(Object.freeze({ from, status, value, cite: valueSpec.cite, note, use }));
  }
  if (entries.length === 0) throw new Error(`${spec.id}: a parameter needs at least one value`);
  return Object.freeze({
    id: spec.id,
    label: spec.label,
    description: spec.description,
    unit: spec.unit,
    entries,
    until: spec.until === undefined ? undefined : calendarDate(spec.until),
    lastVerifiedOn: calendarDate(spec.lastVerifiedOn),
  });
}

/** The entry whose period contains `on`, or undefined before the first value. Binary search. */
export function entryAt<T extends ExplanationValue>(
  parameter: Parameter<T>,
  on: CalendarDate,
): ParameterEntry<T> | undefined {
  const entries = parameter.entries;
  let low = 0;
  let high = entries.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = entries[mid] as ParameterEntry<T>;
    if (entry.from <= on) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found < 0 ? undefined : entries[found];
}

const UNKNOWN_WORDING: Record<UnknownReason, string> = {
  "not-published": "no value was found published",
  disputed: "the published sources disagree",
  unverified: "the only sources are weak (grade C) or derived (grade D)",
};

/** Resolves the value in force on `on`, or throws PARAMETER_NOT_KNOWN. Never guesses. */
export function resolveParameter<T extends ExplanationValue>(
  parameter: Parameter<T>,
  on: CalendarDate,
): ResolvedParameter<T> {
  const entry = entryAt(parameter, on);
  if (entry === undefined) {
    const first = parameter.entries[0]?.from ?? "";
    throw new RulesError(
      ErrorCode.PARAMETER_NOT_KNOWN,
      `${parameter.label} is not known for ${on}: the first value applies from ${first}`,
      { parameter: parameter.id, date: on, reason: "before-first-value" },
    );
  }
  if (parameter.until !== undefined && on > parameter.until) {
    throw new RulesError(
      ErrorCode.PARAMETER_NOT_KNOWN,
      `${parameter.label} is not known for ${on}: published values cover dates through ${parameter.until}`,
      { parameter: parameter.id, date: on, reason: "outside-coverage" },
    );
  }
  if (entry.status !== "known") {
    throw new RulesError(
      ErrorCode.PARAMETER_NOT_KNOWN,
      `${parameter.label} is not known for ${on}: ${UNKNOWN_WORDING[entry.status]}${entry.note === undefined ? "" : ` (${entry.note})`}`,
      { parameter: parameter.id, date: on, reason: entry.status },
    );
  }
  return entry as ResolvedParameter<T>;
}

export function valueAt<T extends ExplanationValue>(parameter: Parameter<T>, on: CalendarDate): T {
  return resolveParameter(parameter, on).value;
}
