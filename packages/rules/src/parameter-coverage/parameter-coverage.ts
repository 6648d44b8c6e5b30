/**
 * Parameter coverage: for each program, from its first benefit date to the last date any of its
 * figures is published for, the date ranges where every parameter resolves, the gaps (which
 * parameters do not, and why), and the figures the data records as refused (not published,
 * disputed or only weakly sourced). The report command (cli/coverage.ts) prints it; a test
 * fails when a program paying today has a gap today that known-refusals.ts does not list.
 */
import { type CalendarDate, addDays, date } from "../core/calendar-date";
import { type AnyParameter, type UnknownReason, entryAt } from "../core/parameter";
import type { ProgramDefinition } from "../programs/program";

/** Why a parameter does not resolve on a date. */
export type GapReason = UnknownReason | "before-first-value" | "outside-coverage";

export interface ParameterGap {
  readonly parameterId: string;
  readonly label: string;
  readonly reason: GapReason;
}

export interface CoverageSpan {
  readonly from: CalendarDate;
  /** Inclusive. */
  readonly to: CalendarDate;
  /** Empty: every parameter resolves on every date of the span. */
  readonly missing: readonly ParameterGap[];
}

export interface RefusedFigure {
  readonly parameterId: string;
  readonly label: string;
  readonly from: CalendarDate;
  readonly reason: UnknownReason;
  readonly note: string | undefined;
}

export interface ProgramCoverage {
  readonly program: string;
  readonly name: string;
  readonly firstBenefitDate: CalendarDate;
  /** The last date the report looks at: the latest date any figure of the program covers. */
  readonly through: CalendarDate;
  readonly spans: readonly CoverageSpan[];
  readonly refused: readonly RefusedFigure[];
}

/** Why `parameter` does not resolve on `on`, or null when it does. Mirrors resolveParameter. */
export function gapAt(parameter: AnyParameter, on: CalendarDate): GapReason | null {
  const entry = entryAt(parameter, on);
  if (entry === undefined) return "before-first-value";
  if (parameter.until !== undefined && on > parameter.until) return "outside-coverage";
  return entry.status === "known" ? null : entry.status;
}

/** Parameters that do not resolve on `on` for the program. */
export function gapsOn(program: ProgramDefinition, on: CalendarDate): ParameterGap[] {
  const gaps: ParameterGap[] = [];
  for (const parameter of program.parameters) {
    const reason = gapAt(parameter, on);
    if (reason !== null) gaps.push({ parameterId: parameter.id, label: parameter.label, reason });
  }
  return gaps;
}

const FALLBACK_THROUGH = date("2026-12-31");

export function programCoverage(program: ProgramDefinition, through?: CalendarDate): ProgramCoverage {
  const start = program.firstBenefitDate;
  let end = through ?? start;
  if (through === undefined) {
    for (const parameter of program.parameters) {
      if (parameter.until !== undefined && parameter.until > end) end = parameter.until;
      const last = parameter.entries[parameter.entries.length - 1];
      if (last !== undefined && last.from > end) end = last.from;
    }
    if (end === start) end = start > FALLBACK_THROUGH ? start : FALLBACK_THROUGH;
  }

  // Every date on which some parameter can change, inside [start, end].
  const boundaries = new Set<CalendarDate>([start]);
  for (const parameter of program.parameters) {
    for (const entry of parameter.entries) if (entry.from > start && entry.from <= end) boundaries.add(entry.from);
    if (parameter.until !== undefined && parameter.until >= start && parameter.until < end) {
      boundaries.add(addDays(parameter.until, 1));
    }
  }
  const starts = [...boundaries].sort();

  const spans: CoverageSpan[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as CalendarDate;
    const next = starts[i + 1];
    const to = next === undefined ? end : addDays(next, -1);
    const missing = gapsOn(program, from);
    const previous = spans[spans.length - 1];
    if (previous !== undefined && sameGaps(previous.missing, missing)) {
      spans[spans.length - 1] = { ...previous, to };
    } else {
      spans.push({ from, to, missing });
    }
  }

  const refused: RefusedFigure[] = [];
  for (const parameter of program.parameters) {
    for (const entry of parameter.entries) {
      if (entry.status !== "known") {
        refused.push({
          parameterId: parameter.id,
          label: parameter.label,
          from: entry.from,
          reason: entry.status,
          note: entry.note,
        });
      }
    }
  }

  return {
    program: `${program.jurisdiction}-${program.code}`,
    name: program.name,
    firstBenefitDate: start,
    through: end,
    spans,
    refused,
  };
}

function sameGaps(a: readonly ParameterGap[], b: readonly ParameterGap[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((gap, i) => gap.parameterId === b[i]?.parameterId && gap.reason === b[i]?.reason);
}
