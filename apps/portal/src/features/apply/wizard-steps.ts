// The wizard's steps, which of them apply to a draft, which are done, and where a person who
// comes back (on any device) picks up. Everything is derived from what the API holds: the
// draft, the claimant's record and the program's rules.
import type { ResultOf } from "gql.tada";
import { missingDocumentTypes } from "../documents/missing-documents";
import type { ApplicationDraftQuery } from "./application-documents";

export type DraftData = ResultOf<typeof ApplicationDraftQuery>;
export type Draft = NonNullable<DraftData["claim"]>;
export type Profile = NonNullable<DraftData["myProfile"]>;

export const STEPS = [
  "program",
  "identity",
  "contact",
  "employer",
  "reason",
  "family",
  "leave",
  "employment",
  "payment",
  "estimate",
  "documents",
  "review",
] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

export function needsFamilyMember(draft: Draft): boolean {
  return draft.leaveReason != null && draft.program.rules.familyMemberReasons.includes(draft.leaveReason);
}

/** The steps this draft goes through: the family step only when the reason is about a family member. */
export function applicableSteps(draft: Draft): Step[] {
  return STEPS.filter((step) => step !== "family" || needsFamilyMember(draft));
}

/** Whether the facts a step collects are saved (estimate and review are never "done" before submit). */
export function isStepComplete(step: Step, draft: Draft, profile: Profile): boolean {
  const facts = draft.program.rules.applicationFacts;
  switch (step) {
    case "program":
    case "identity":
      return true;
    case "contact":
      return profile.mailingAddress != null;
    case "employer":
      return draft.employer != null;
    case "reason":
      return draft.leaveReason != null && (!asksBirthDate(draft) || draft.birthOrPlacementDate != null);
    case "family":
      return Boolean(draft.familyRelationship && draft.familyMemberFirstName && draft.familyMemberLastName);
    case "leave":
      return draft.leavePeriods.length > 0;
    case "employment":
      return (
        draft.regularHoursPerWeek != null &&
        (!facts.includes("EMPLOYMENT_START_DATE") || draft.employmentStartDate != null) &&
        (!facts.includes("HOURS_LAST_12_MONTHS") || draft.hoursLast12Months != null) &&
        (!facts.includes("DAYS_WORKED") || draft.daysWorked != null) &&
        (!facts.includes("PERCENT_WORK_TIME_IN_STATE") || draft.percentWorkTimeInState != null) &&
        (!facts.includes("WEEKLY_WAGES") || draft.weeklyWages.length > 0)
      );
    case "payment":
      return profile.paymentPreference != null;
    case "documents":
      return (
        missingDocumentTypes(draft.program.rules.documentRequirements, draft.leaveReason, draft.documents).length === 0
      );
    case "estimate":
    case "review":
      return false;
  }
}

/** Bonding leave asks the child's birth or placement date (the rules' windows count from it). */
export function asksBirthDate(draft: Draft): boolean {
  return (
    draft.leaveReason === "BONDING" ||
    (draft.leaveReason === "PREGNANCY" && draft.program.rules.applicationFacts.includes("BIRTH_OR_PLACEMENT_DATE"))
  );
}

/**
 * Where someone coming back picks up: the first step whose facts are not saved yet (identity
 * when even the contact details are missing, since identity comes just before), or the
 * estimate once everything is saved.
 */
export function resumeStep(draft: Draft, profile: Profile): Step {
  const steps = applicableSteps(draft);
  for (const step of steps) {
    // Documents may come later (from the claim page), so a missing one never holds the way back.
    if (step === "program" || step === "identity" || step === "estimate" || step === "documents" || step === "review")
      continue;
    if (!isStepComplete(step, draft, profile)) return step === "contact" ? "identity" : step;
  }
  return "estimate";
}

export function nextStep(draft: Draft, step: Step): Step | null {
  const steps = applicableSteps(draft);
  const index = steps.indexOf(step);
  return index >= 0 && index < steps.length - 1 ? steps[index + 1]! : null;
}

export function previousStep(draft: Draft, step: Step): Step | null {
  const steps = applicableSteps(draft);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1]! : null;
}

export const stepPath = (claimId: string, step: Step) => `/apply/${claimId}/${step}`;
