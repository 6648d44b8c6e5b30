// What each kind of program pays leave for, in words a claimant knows. Keyed by
// "<jurisdiction>-<code>" as the API names programs. Unknown programs get a general sentence
// rather than a guess.
import type { Messages } from "@/i18n/catalogs";

export type CoverageKind = keyof Messages["programs"]["coverage"];

const COVERAGE: Record<string, CoverageKind[]> = {
  "WA-PFML": ["ownHealth", "bonding", "familyCare", "military"],
  "MA-PFML": ["ownHealth", "bonding", "familyCare", "military"],
  "CO-FAMLI": ["ownHealth", "bonding", "familyCare", "military", "safeLeave"],
  // New York splits the two: Paid Family Leave has no own-health leave; disability benefits (DBL) do.
  "NY-PFL": ["bonding", "familyCare", "military"],
  "NY-DBL": ["ownHealth"],
  "NJ-TDI": ["ownHealth"],
  "NJ-FLI": ["bonding", "familyCare", "safeLeave"],
  "CA-SDI": ["ownHealth"],
  "CA-PFL": ["bonding", "familyCare", "military"],
};

/** The kinds of leave a program covers, or null when this portal has no description for it. */
export function programCoverage(program: { jurisdiction: string; code: string }): CoverageKind[] | null {
  return COVERAGE[`${program.jurisdiction}-${program.code}`] ?? null;
}

/** The state's name in the page's language, or the code itself for a state we have no name for. */
export function jurisdictionName(jurisdiction: string, names: Readonly<Record<string, string>>): string {
  return names[jurisdiction] ?? jurisdiction;
}
