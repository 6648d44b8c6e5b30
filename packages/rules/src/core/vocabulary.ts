/**
 * The shared vocabulary of requests and results: leave reasons, family relationships,
 * jurisdictions and program codes. Programs map these onto their own categories.
 */

export const LEAVE_REASONS = [
  "OWN_HEALTH",
  "BONDING",
  "FAMILY_CARE",
  "MILITARY_EXIGENCY",
  "MILITARY_CAREGIVER",
  "SAFE_LEAVE",
  "ORGAN_DONATION",
  /** The claimant's own serious health condition related to pregnancy or childbirth (incapacity,
   * complications, recovery). Counted as medical leave; it triggers pregnancy extensions. */
  "PREGNANCY",
  /** Prenatal care for the claimant's own pregnancy: appointments, exams, treatment and
   * prescribed bed rest before the birth (DC's separate prenatal leave with its own cap). */
  "PRENATAL",
] as const;

export type LeaveReason = (typeof LEAVE_REASONS)[number];

const LEAVE_REASON_SET: ReadonlySet<string> = new Set(LEAVE_REASONS);

export function isLeaveReason(value: unknown): value is LeaveReason {
  return typeof value === "string" && LEAVE_REASON_SET.has(value);
}

/**
 * Family relationships a family-care (or exigency, or caregiver) leave can be for. Programs list
 * the ones they cover, effective-dated. Biological, adoptive, foster, step and in-loco-parentis
 * variants are folded into CHILD and PARENT where the program's definition includes them.
 */
export const FAMILY_RELATIONSHIPS = [
  "SPOUSE",
  "DOMESTIC_PARTNER",
  "CHILD",
  /** The spouse or domestic partner of the employee's child. */
  "CHILD_SPOUSE",
  "PARENT",
  "PARENT_IN_LAW",
  /** A person who stood in loco parentis to the employee as a minor (where listed separately). */
  "IN_LOCO_PARENTIS",
  "GRANDPARENT",
  "GRANDCHILD",
  "SIBLING",
  /** Someone who regularly lives in the employee's home with an expectation of care. */
  "HOUSEHOLD_MEMBER",
  /** Someone whose relationship creates an expectation of care and who depends on the employee. */
  "DEPENDENT_EXPECTING_CARE",
  /** Anyone with a significant personal bond that is like a family relationship
   * ("like a family member", "close association equivalent to family"). */
  "CHOSEN_FAMILY",
  "OTHER_BLOOD_RELATIVE",
] as const;

export type FamilyRelationship = (typeof FAMILY_RELATIONSHIPS)[number];

const RELATIONSHIP_SET: ReadonlySet<string> = new Set(FAMILY_RELATIONSHIPS);

export function isFamilyRelationship(value: unknown): value is FamilyRelationship {
  return typeof value === "string" && RELATIONSHIP_SET.has(value);
}

/** Reasons where a family member is the subject of the leave, so the relationship matters. */
export const RELATIONSHIP_REASONS: ReadonlySet<LeaveReason> = new Set<LeaveReason>([
  "FAMILY_CARE",
  "MILITARY_EXIGENCY",
  "MILITARY_CAREGIVER",
]);

/**
 * Reasons about the claimant's own body: their serious health condition, pregnancy and prenatal
 * care, organ donation. The application asks about the condition and its certification, and
 * what it says is medical detail (never shown to an employer).
 */
export const OWN_HEALTH_REASONS: ReadonlySet<LeaveReason> = new Set<LeaveReason>([
  "OWN_HEALTH",
  "PREGNANCY",
  "PRENATAL",
  "ORGAN_DONATION",
]);

/** Every program code the issue names, per jurisdiction (USPS codes; "US" for federal). */
export const PROGRAM_CATALOG = {
  WA: ["PFML"],
  MA: ["PFML"],
  CO: ["FAMLI"],
  OR: ["PFML"],
  CT: ["PFML"],
  NJ: ["TDI", "FLI"],
  NY: ["DBL", "PFL"],
  CA: ["SDI", "PFL"],
  RI: ["TDI", "TCI"],
  MD: ["FAMLI"],
  DE: ["PFML"],
  MN: ["PFML"],
  DC: ["PFL"],
  HI: ["TDI"],
  PR: ["SINOT"],
  US: ["FMLA"],
} as const satisfies Record<string, readonly string[]>;

export type Jurisdiction = keyof typeof PROGRAM_CATALOG;
export type ProgramCode = (typeof PROGRAM_CATALOG)[Jurisdiction][number];

export function isCatalogued(jurisdiction: string, program: string): boolean {
  const codes: readonly string[] | undefined = (PROGRAM_CATALOG as Record<string, readonly string[]>)[jurisdiction];
  return codes !== undefined && codes.includes(program);
}

export function programKey(jurisdiction: string, program: string): string {
  return `${jurisdiction}-${program}`;
}

/**
 * The reasons an employer may give for contesting an employee's application (the reason codes
 * of the employer response). Every program's employer response asks the same questions of fact:
 * was the person employed, are the dates and wages right, was notice given, does a private plan
 * cover the leave; programs without private plans simply never see PRIVATE_PLAN_COVERS chosen.
 */
export const EMPLOYER_CONTEST_REASONS = [
  "NOT_EMPLOYED",
  "DATES_INCORRECT",
  "WAGES_INCORRECT",
  "INSUFFICIENT_NOTICE",
  "PRIVATE_PLAN_COVERS",
  "OTHER",
] as const;

export type EmployerContestReason = (typeof EMPLOYER_CONTEST_REASONS)[number];

/**
 * The reasons staff record for their finding on an employer's contest, each with the finding it
 * supports: the decision (or the claim's course) stands, or the claim goes back to adjudication
 * for a redetermination. Deployment policy, not statute: every program's grievance review weighs
 * the same questions (is the employer's evidence enough, and does it change a fact the decision
 * rests on).
 */
export const GRIEVANCE_FINDING_REASONS = [
  { code: "EVIDENCE_INSUFFICIENT", outcome: "UPHELD" },
  { code: "FACTS_DO_NOT_AFFECT_ELIGIBILITY", outcome: "UPHELD" },
  { code: "CLAIMANT_EVIDENCE_PREVAILS", outcome: "UPHELD" },
  { code: "EMPLOYMENT_FACTS_CORRECTED", outcome: "RETURNED_TO_REVIEW" },
  { code: "LEAVE_DATES_CORRECTED", outcome: "RETURNED_TO_REVIEW" },
  { code: "WAGES_CORRECTED", outcome: "RETURNED_TO_REVIEW" },
  { code: "OTHER_COVERAGE_FOUND", outcome: "RETURNED_TO_REVIEW" },
] as const;

export type GrievanceFindingReason = (typeof GRIEVANCE_FINDING_REASONS)[number]["code"];
export type GrievanceFindingOutcome = (typeof GRIEVANCE_FINDING_REASONS)[number]["outcome"];
