// The claim lifecycle as data: which status may follow which, and who may cause it. Every
// status change in the API goes through `assertClaimTransition`; anything not listed here is
// an IllegalTransitionError, never a silent overwrite. Appeals have their own machine.
import type { ClaimStatus } from "@openleave/db";
import { IllegalTransitionError } from "../../errors/domain-errors.ts";

/**
 * Who causes a transition: the claimant, staff, the system (automatic), an appeal decision, or
 * staff's finding on an employer's contest (grievance).
 */
export type TransitionCause = "claimant" | "staff" | "system" | "appeal" | "grievance";

interface Transition {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  by: readonly TransitionCause[];
}

const DECIDABLE: readonly ClaimStatus[] = ["IN_REVIEW"];
const OPEN_BEFORE_DECISION: readonly ClaimStatus[] = [
  "SUBMITTED",
  "PENDING_EMPLOYER_RESPONSE",
  "IN_REVIEW",
  "INFO_REQUESTED",
];
const DECIDED: readonly ClaimStatus[] = ["APPROVED", "PARTIALLY_APPROVED", "DENIED"];

export const CLAIM_TRANSITIONS: readonly Transition[] = [
  // Submitting an application makes it a claim.
  { from: ["DRAFT"], to: "SUBMITTED", by: ["claimant", "staff"] },
  // The employer is asked to confirm the facts within its response window.
  { from: ["SUBMITTED"], to: "PENDING_EMPLOYER_RESPONSE", by: ["system"] },
  // Review starts when the employer answers, the window ends, or staff pick it up.
  { from: ["SUBMITTED", "PENDING_EMPLOYER_RESPONSE"], to: "IN_REVIEW", by: ["system", "staff"] },
  { from: ["PENDING_EMPLOYER_RESPONSE", "IN_REVIEW"], to: "INFO_REQUESTED", by: ["staff"] },
  { from: ["INFO_REQUESTED"], to: "IN_REVIEW", by: ["claimant", "staff", "system"] },
  { from: DECIDABLE, to: "APPROVED", by: ["staff"] },
  { from: DECIDABLE, to: "PARTIALLY_APPROVED", by: ["staff"] },
  { from: DECIDABLE, to: "DENIED", by: ["staff"] },
  // An appeal decision may reverse or modify the determination.
  { from: ["DENIED", "PARTIALLY_APPROVED"], to: "APPROVED", by: ["appeal"] },
  { from: ["DENIED", "APPROVED"], to: "PARTIALLY_APPROVED", by: ["appeal"] },
  { from: ["APPROVED", "PARTIALLY_APPROVED"], to: "DENIED", by: ["appeal"] },
  // A finding on an employer's contest may send a decided claim back for a redetermination
  // (recorded through the ordinary decision, which supersedes the earlier determination).
  { from: DECIDED, to: "IN_REVIEW", by: ["grievance"] },
  { from: OPEN_BEFORE_DECISION, to: "WITHDRAWN", by: ["claimant", "staff"] },
  { from: DECIDED, to: "CLOSED", by: ["staff", "system"] },
  // A claim the employer's approved private plan covers is the plan's to decide and pay: the
  // state closes it at submission.
  { from: ["SUBMITTED"], to: "CLOSED", by: ["system"] },
];

export function canTransitionClaim(from: ClaimStatus, to: ClaimStatus, by: TransitionCause): boolean {
  return CLAIM_TRANSITIONS.some((t) => t.to === to && t.from.includes(from) && t.by.includes(by));
}

export function assertClaimTransition(from: ClaimStatus, to: ClaimStatus, by: TransitionCause): void {
  if (!canTransitionClaim(from, to, by)) throw new IllegalTransitionError("claim", from, to);
}

export function isDecided(status: ClaimStatus): boolean {
  return DECIDED.includes(status);
}
