/**
 * What an application form must ask for a program: the facts the claimant states that the
 * program's rules read (its eligibility tests, wage measure and windows). Everything else the
 * rules need comes from wage records and the employer. Kept here, next to the programs, so
 * the portal asks what the rules use and nothing is hand-mapped in an app.
 *
 * Each list is what the program module reads from the request (see its program.ts and the
 * shared tests in eligibility/employment-tests.ts); application-facts.test.ts checks a few
 * of them against the engine itself.
 */
import { OWN_HEALTH_REASONS, RELATIONSHIP_REASONS, type LeaveReason } from "../core/vocabulary";

export const APPLICATION_FACTS = [
  /** First day with the employer (months-with-employer and days-worked tests). */
  "EMPLOYMENT_START_DATE",
  /** Last day with the employer, when the job ended (recent-employment tests). */
  "EMPLOYMENT_END_DATE",
  "REGULAR_HOURS_PER_WEEK",
  "HOURS_LAST_12_MONTHS",
  /** Days worked for the employer (New York's part-time tests). */
  "DAYS_WORKED",
  /** Share of work time in the program's jurisdiction (DC coverage). */
  "PERCENT_WORK_TIME_IN_STATE",
  /** Recent weeks of gross pay (programs whose wage measure averages weekly pay). */
  "WEEKLY_WAGES",
  /** The child's birth or placement date (bonding windows, leave upon birth). */
  "BIRTH_OR_PLACEMENT_DATE",
] as const;

export type ApplicationFact = (typeof APPLICATION_FACTS)[number];

const FACTS_BY_PROGRAM: Readonly<Record<string, readonly ApplicationFact[]>> = {
  "WA-PFML": ["BIRTH_OR_PLACEMENT_DATE"],
  "MA-PFML": [],
  "CO-FAMLI": [],
  "OR-PFML": [],
  "CT-PFML": ["EMPLOYMENT_END_DATE"],
  "NJ-TDI": ["WEEKLY_WAGES"],
  "NJ-FLI": [],
  "NY-DBL": ["EMPLOYMENT_START_DATE", "DAYS_WORKED"],
  "NY-PFL": ["EMPLOYMENT_START_DATE", "REGULAR_HOURS_PER_WEEK", "DAYS_WORKED", "WEEKLY_WAGES"],
  "CA-SDI": [],
  "CA-PFL": [],
  "RI-TDI": [],
  "RI-TCI": [],
  "MD-FAMLI": ["HOURS_LAST_12_MONTHS"],
  "DE-PFML": ["EMPLOYMENT_START_DATE", "HOURS_LAST_12_MONTHS", "WEEKLY_WAGES"],
  "MN-PFML": [],
  "DC-PFL": ["PERCENT_WORK_TIME_IN_STATE", "BIRTH_OR_PLACEMENT_DATE"],
  "HI-TDI": ["EMPLOYMENT_START_DATE", "REGULAR_HOURS_PER_WEEK"],
  "PR-SINOT": [],
  "US-FMLA": ["EMPLOYMENT_START_DATE", "HOURS_LAST_12_MONTHS"],
};

/**
 * The facts an application for this program asks the claimant for, in form order. Null for a
 * program the engine does not implement (the caller should not guess).
 */
export function applicationFactsFor(jurisdiction: string, program: string): readonly ApplicationFact[] | null {
  return FACTS_BY_PROGRAM[`${jurisdiction}-${program}`] ?? null;
}

/** Whether the leave is for a family member, so the application asks who and how related. */
export function reasonNeedsFamilyMember(reason: LeaveReason): boolean {
  return RELATIONSHIP_REASONS.has(reason);
}

/** Whether the leave is for the claimant's own health, so the application asks about the condition. */
export function reasonIsOwnHealth(reason: LeaveReason): boolean {
  return OWN_HEALTH_REASONS.has(reason);
}
