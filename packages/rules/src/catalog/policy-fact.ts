/**
 * A fact of program administration (a time zone, a filing window, a decision time, a default
 * deadline, a list of denial reasons) with where it comes from: either **cited** (a statute,
 * regulation or agency page says so) or **deployment policy** (the sources set nothing, so
 * the value is this product's default and a deployment may override it in configuration).
 *
 * One topic per file in this folder (time-zones.ts, filing-windows.ts, decision-times.ts, reminders.ts,
 * default-deadlines.ts, denial-reasons.ts), each a table keyed by program ("WA-PFML") or
 * jurisdiction; program-rules.ts puts them together for a program. To add a topic (e.g. which
 * documents a reason requires), add a file shaped like these and a member in program-rules.ts.
 */
import type { Citation } from "../core/parameter";

export type PolicySource =
  | { readonly kind: "cited"; readonly cite: readonly Citation[]; readonly note?: string }
  | { readonly kind: "deployment-policy"; readonly note: string }
  | { readonly kind: "deployment-override"; readonly note: string };

export interface PolicyFact<T> {
  readonly value: T;
  readonly source: PolicySource;
}

/** A value the program's own sources state. Not overridable by configuration. */
export function cited<T>(value: T, cite: readonly Citation[], note?: string): PolicyFact<T> {
  return { value, source: note === undefined ? { kind: "cited", cite } : { kind: "cited", cite, note } };
}

/** A value the sources leave open: this product's default, which a deployment may override. */
export function deploymentPolicy<T>(value: T, note: string): PolicyFact<T> {
  return { value, source: { kind: "deployment-policy", note } };
}

/** Program key as the tables use it: "WA-PFML". */
export type ProgramKey = `${string}-${string}`;
