/**
 * What the engine can evaluate: the implemented programs with their reasons, relationships,
 * first benefit dates and how far their published parameters reach.
 */
import type { CalendarDate } from "../core/calendar-date";
import type { FamilyRelationship, LeaveReason } from "../core/vocabulary";
import { PROGRAM_CATALOG } from "../core/vocabulary";
import { PROGRAMS } from "../programs/index";
import type { ProgramDefinition } from "../programs/program";

export interface ProgramSummary {
  readonly jurisdiction: string;
  readonly program: string;
  readonly name: string;
  readonly agency: string;
  readonly firstBenefitDate: string;
  readonly coveredLeaveReasons: readonly LeaveReason[];
  /** The relationships covered under the latest rule, and the date that rule began. */
  readonly coveredFamilyRelationships: readonly FamilyRelationship[];
  readonly coveredFamilyRelationshipsFrom: string;
  /** Last date every dated parameter is known for (the earliest `until` among them). */
  readonly parametersKnownThrough: string | null;
  readonly hasEmployerResponseDeadline: boolean;
  readonly hasAppealDeadline: boolean;
}

export function parametersKnownThrough(program: ProgramDefinition): CalendarDate | null {
  let earliest: CalendarDate | null = null;
  for (const parameter of program.parameters) {
    if (parameter.until !== undefined && (earliest === null || parameter.until < earliest)) earliest = parameter.until;
  }
  return earliest;
}

function summarize(program: ProgramDefinition): ProgramSummary {
  const entries = program.familyRelationships.entries;
  const latest = entries[entries.length - 1];
  return {
    jurisdiction: program.jurisdiction,
    program: program.code,
    name: program.name,
    agency: program.agency,
    firstBenefitDate: program.firstBenefitDate,
    coveredLeaveReasons: program.coveredLeaveReasons,
    coveredFamilyRelationships: latest?.value ?? [],
    coveredFamilyRelationshipsFrom: latest?.from ?? program.firstBenefitDate,
    parametersKnownThrough: parametersKnownThrough(program),
    hasEmployerResponseDeadline: program.deadlines.employerResponse !== null,
    hasAppealDeadline: program.deadlines.appeal !== null,
  };
}

export function listPrograms(): ProgramSummary[] {
  return PROGRAMS.map(summarize);
}

export interface CatalogEntry {
  readonly jurisdiction: string;
  readonly program: string;
  readonly implemented: boolean;
}

/** Every program code the engine knows, implemented or not yet. */
export function programCatalog(): CatalogEntry[] {
  const implemented = new Set(PROGRAMS.map((p) => `${p.jurisdiction}-${p.code}`));
  const entries: CatalogEntry[] = [];
  for (const [jurisdiction, codes] of Object.entries(PROGRAM_CATALOG)) {
    for (const program of codes)
      entries.push({ jurisdiction, program, implemented: implemented.has(`${jurisdiction}-${program}`) });
  }
  return entries;
}
