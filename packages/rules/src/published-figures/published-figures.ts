/**
 * Figures a deployment publishes: an agency knows its own next-year figures (a new maximum, a
 * new state average weekly wage) before any release of this package carries them. Once the
 * deployment has approved one, `evaluate(request, { publishedFigures })` uses it over the
 * packaged value for its dates, and every explanation step that used it says so
 * (`source: "deployment"` and the deployment's citation). Outside its dates nothing changes.
 *
 * Only plain figures can be published — amounts, rates and counts; rules, deadlines and
 * relationship lists change with the code that reads them, so they stay packaged.
 */
import { type CalendarDate, parseCalendarDate } from "../core/calendar-date";
import { isRulesError } from "../core/errors";
import type { ExplanationValue } from "../core/explanation";
import { type Money, money } from "../core/money";
import type {
  AnyParameter,
  Citation,
  Parameter,
  ParameterUnit,
  ParameterUse,
  ResolvedParameter,
} from "../core/parameter";

/** How a published value is written: a decimal string (money, rates) or a whole number (counts). */
export type PublishedValueKind = "decimal" | "whole-number";

const KIND_BY_UNIT: Partial<Record<ParameterUnit, PublishedValueKind>> = {
  USD: "decimal",
  "USD/week": "decimal",
  "USD/year": "decimal",
  rate: "decimal",
  multiplier: "decimal",
  hours: "whole-number",
  days: "whole-number",
  weeks: "whole-number",
  months: "whole-number",
  employees: "whole-number",
};

/** The kind of value a deployment may publish for a parameter, or null when it cannot be published. */
export function publishedValueKind(parameter: AnyParameter): PublishedValueKind | null {
  return KIND_BY_UNIT[parameter.unit] ?? null;
}

/** One approved figure, as the deployment stores it. */
export interface PublishedFigureInput {
  /** The parameter id, e.g. "co-famli.state-average-weekly-wage". */
  readonly parameterId: string;
  /** "1598.22" for money and rates, "12" for counts. */
  readonly value: string;
  readonly effectiveFrom: string;
  /** Last day covered, inclusive; null or absent: open-ended. */
  readonly effectiveTo?: string | null;
  readonly citation: { readonly title: string; readonly href?: string | null; readonly section?: string | null };
  /** The deployment's own record id, shown in explanations so staff can find the approval. */
  readonly recordId?: string;
  /** The day the second administrator approved it. */
  readonly approvedOn?: string | null;
}

export interface PublishedFigureProblem {
  readonly field: "parameterId" | "value" | "effectiveFrom" | "effectiveTo" | "citation";
  readonly message: string;
}

const DECIMAL_SHAPE = /^\d{1,12}(\.\d{1,6})?$/;
const WHOLE_SHAPE = /^\d{1,7}$/;

function checkDate(value: string, field: "effectiveFrom" | "effectiveTo", problems: PublishedFigureProblem[]) {
  try {
    return parseCalendarDate(value, field);
  } catch (error) {
    problems.push({ field, message: isRulesError(error) ? error.message : `${field} is not a date` });
    return undefined;
  }
}

/**
 * What is wrong with a figure, in words for the administrator (empty when it can be published).
 * `parameters` is the catalog to check against (see publishableParameters()).
 */
export function checkPublishedFigure(
  figure: PublishedFigureInput,
  parameter: AnyParameter | undefined,
): PublishedFigureProblem[] {
  const problems: PublishedFigureProblem[] = [];
  if (parameter === undefined) {
    problems.push({
      field: "parameterId",
      message: `No parameter ${figure.parameterId.slice(0, 80)} in the rules package.`,
    });
  } else {
    const kind = publishedValueKind(parameter);
    if (kind === null) {
      problems.push({
        field: "parameterId",
        message: `${parameter.label} is a ${parameter.unit}, which changes with the rules themselves and cannot be published here.`,
      });
    } else if (kind === "decimal" && !DECIMAL_SHAPE.test(figure.value)) {
      problems.push({ field: "value", message: 'Write a decimal number such as "1598.22" (no $, commas or signs).' });
    } else if (kind === "whole-number" && !WHOLE_SHAPE.test(figure.value)) {
      problems.push({ field: "value", message: `Write a whole number of ${parameter.unit}, such as "12".` });
    } else if (parameter.unit === "rate" && money(figure.value).gt(1)) {
      problems.push({ field: "value", message: 'A rate is a fraction of one: write 0.9% as "0.009".' });
    }
  }
  const from = checkDate(figure.effectiveFrom, "effectiveFrom", problems);
  const to = figure.effectiveTo == null ? null : checkDate(figure.effectiveTo, "effectiveTo", problems);
  if (from !== undefined && to != null && to < from) {
    problems.push({ field: "effectiveTo", message: "The last day is before the first day." });
  }
  if (figure.citation.title.trim() === "") {
    problems.push({ field: "citation", message: "Name the document that publishes the figure." });
  }
  return problems;
}

interface CompiledFigure {
  readonly from: CalendarDate;
  readonly to: CalendarDate | null;
  readonly resolved: ResolvedParameter<ExplanationValue>;
}

/** Approved figures, compiled once and looked up per parameter and date. */
export class PublishedFigures {
  private readonly byParameter = new Map<string, CompiledFigure[]>();

  /** Figures that failed their check (e.g. a parameter a newer package no longer has), with why. */
  readonly refused: { readonly figure: PublishedFigureInput; readonly problems: PublishedFigureProblem[] }[] = [];

  constructor(figures: readonly PublishedFigureInput[], findParameter: (id: string) => AnyParameter | undefined) {
    for (const figure of figures) {
      const parameter = findParameter(figure.parameterId);
      const problems = checkPublishedFigure(figure, parameter);
      if (parameter === undefined || problems.length > 0) {
        this.refused.push({ figure, problems });
        continue;
      }
      const from = figure.effectiveFrom as CalendarDate;
      const to = (figure.effectiveTo ?? null) as CalendarDate | null;
      const value: Money | number =
        publishedValueKind(parameter) === "decimal" ? money(figure.value) : Number(figure.value);
      const cite: Citation = {
        title: figure.citation.title,
        ...(figure.citation.section ? { section: figure.citation.section } : {}),
        ...(figure.citation.href ? { href: figure.citation.href } : {}),
        // The deployment is the agency (or acts for it): its approved figure is primary.
        grade: "A",
        ...(figure.approvedOn ? { publishedOn: figure.approvedOn } : {}),
      };
      const use: ParameterUse = Object.freeze({
        id: parameter.id,
        label: parameter.label,
        unit: parameter.unit,
        value,
        from,
        cite: [cite],
        source: "deployment",
        note:
          `Published by this deployment` +
          (figure.recordId ? ` (figure ${figure.recordId})` : "") +
          (to === null ? "" : `, in force through ${to}`) +
          "; it replaces the packaged value for these dates.",
      });
      const list = this.byParameter.get(parameter.id) ?? [];
      list.push({ from, to, resolved: { value, use } });
      this.byParameter.set(parameter.id, list);
    }
    // The latest start wins where two approved figures overlap.
    for (const list of this.byParameter.values()) list.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  }

  get size(): number {
    let n = 0;
    for (const list of this.byParameter.values()) n += list.length;
    return n;
  }

  /** The published value in force on `on`, or undefined (then the packaged value applies). */
  at<T extends ExplanationValue>(parameter: Parameter<T>, on: CalendarDate): ResolvedParameter<T> | undefined {
    const list = this.byParameter.get(parameter.id);
    if (list === undefined) return undefined;
    for (const figure of list) {
      if (figure.from <= on && (figure.to === null || on <= figure.to)) return figure.resolved as ResolvedParameter<T>;
    }
    return undefined;
  }
}
