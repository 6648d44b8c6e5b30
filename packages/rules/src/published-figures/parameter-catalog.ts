/**
 * The parameter catalog a deployment publishes figures against: every parameter of every
 * implemented program, by id, with the programs that read it (some figures, such as the Social
 * Security wage base, serve several programs) and the kind of value it takes.
 */
import type { AnyParameter, ParameterUnit } from "../core/parameter";
import { PROGRAMS } from "../programs/index";
import {
  type PublishedFigureInput,
  type PublishedFigureProblem,
  PublishedFigures,
  type PublishedValueKind,
  checkPublishedFigure,
  publishedValueKind,
} from "./published-figures";

export interface CatalogParameter {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly unit: ParameterUnit;
  /** "decimal" or "whole-number"; null: the parameter cannot be published by a deployment. */
  readonly publishedValueKind: PublishedValueKind | null;
  /** "WA-PFML", … — the programs whose evaluations read it. */
  readonly programs: readonly string[];
  /** The packaged value's last covered date, if the data has one. */
  readonly until: string | null;
}

const BY_ID = new Map<string, { parameter: AnyParameter; programs: string[] }>();
for (const program of PROGRAMS) {
  for (const parameter of program.parameters) {
    const entry = BY_ID.get(parameter.id) ?? { parameter, programs: [] };
    const key = `${program.jurisdiction}-${program.code}`;
    if (!entry.programs.includes(key)) entry.programs.push(key);
    BY_ID.set(parameter.id, entry);
  }
}

export function findParameter(id: string): AnyParameter | undefined {
  return BY_ID.get(id)?.parameter;
}

function describe(parameter: AnyParameter, programs: readonly string[]): CatalogParameter {
  return {
    id: parameter.id,
    label: parameter.label,
    description: parameter.description,
    unit: parameter.unit,
    publishedValueKind: publishedValueKind(parameter),
    programs,
    until: parameter.until ?? null,
  };
}

/** Every parameter, sorted by id; `publishableOnly` keeps those a deployment may publish. */
export function parameterCatalog(options: { publishableOnly?: boolean } = {}): CatalogParameter[] {
  const list: CatalogParameter[] = [];
  for (const { parameter, programs } of BY_ID.values()) {
    if (options.publishableOnly && publishedValueKind(parameter) === null) continue;
    list.push(describe(parameter, programs));
  }
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function catalogParameter(id: string): CatalogParameter | undefined {
  const entry = BY_ID.get(id);
  return entry === undefined ? undefined : describe(entry.parameter, entry.programs);
}

/** Compiles approved figures for `evaluate(request, { publishedFigures })`. */
export function publishedFigures(figures: readonly PublishedFigureInput[]): PublishedFigures {
  return new PublishedFigures(figures, findParameter);
}

/** What is wrong with a proposed figure (empty when it can be published), checked against the catalog. */
export function checkProposedFigure(figure: PublishedFigureInput): PublishedFigureProblem[] {
  return checkPublishedFigure(figure, findParameter(figure.parameterId));
}
