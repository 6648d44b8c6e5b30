// What a program pays leave for, in words a claimant knows. Which reasons each program covers
// comes from the API (the rules package's catalog, `program.rules.coveredLeaveReasons`); this
// file only groups the rules' reason codes into the few kinds the page describes.
import type { Messages } from "@/i18n/catalogs";

export type CoverageKind = keyof Messages["programs"]["coverage"];

const KIND_OF_REASON: Record<string, CoverageKind> = {
  OWN_HEALTH: "ownHealth",
  PREGNANCY: "ownHealth",
  PRENATAL: "ownHealth",
  ORGAN_DONATION: "ownHealth",
  BONDING: "bonding",
  FAMILY_CARE: "familyCare",
  MILITARY_EXIGENCY: "military",
  MILITARY_CAREGIVER: "military",
  SAFE_LEAVE: "safeLeave",
};

const ORDER: readonly CoverageKind[] = ["ownHealth", "bonding", "familyCare", "military", "safeLeave"];

/** The kinds of leave a program covers, in a fixed order, or null when it lists none we can describe. */
export function programCoverage(program: { rules: { coveredLeaveReasons: readonly string[] } }): CoverageKind[] | null {
  const kinds = new Set<CoverageKind>();
  for (const reason of program.rules.coveredLeaveReasons) {
    const kind = KIND_OF_REASON[reason];
    if (kind) kinds.add(kind);
  }
  return kinds.size === 0 ? null : ORDER.filter((kind) => kinds.has(kind));
}

/** The state's name in the page's language, or the code itself for a state we have no name for. */
export function jurisdictionName(jurisdiction: string, nameOf: (code: string) => string | undefined): string {
  return nameOf(jurisdiction) ?? jurisdiction;
}
