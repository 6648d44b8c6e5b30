// What the signed-in user may do with a claim right now, so the apps show only buttons that
// will work. The services check the same rules again; this list is a convenience, not a gate.
import type { Claim } from "@openleave/db";
import { builder } from "../../graphql/builder.ts";
import { hasRole, type Actor } from "../../graphql/context.ts";
import { isClaimOwner } from "./claim-access.ts";
import { canTransitionClaim, isDecided } from "./claim-status.machine.ts";

export const CLAIM_ACTIONS = [
  "EDIT",
  "SUBMIT",
  "DISCARD",
  "WITHDRAW",
  "CHECK_ELIGIBILITY",
  "UPLOAD_DOCUMENT",
  "RESPOND_AS_EMPLOYER",
  "START_REVIEW",
  "REQUEST_INFORMATION",
  "DECIDE",
  "APPEAL",
] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

export const ClaimActionEnum = builder.enumType("ClaimAction", { values: CLAIM_ACTIONS });

/** What the rules below read: a claim's parties and status, its employers' responses and decisions. */
type ClaimWithLinks = Pick<Claim, "claimantId" | "employerId" | "status"> & {
  employerResponses: { status: string; employerId: string }[];
  determinations: { id: string }[];
};

export function allowedClaimActions(actor: Actor | null, claim: ClaimWithLinks): ClaimAction[] {
  if (!actor) return [];
  const actions = new Set<ClaimAction>();
  const adjudicator = hasRole(actor, "ADJUDICATOR", "SUPERVISOR");
  if (isClaimOwner(actor, claim)) {
    if (claim.status === "DRAFT")
      ["EDIT", "SUBMIT", "DISCARD", "CHECK_ELIGIBILITY"].forEach((a) => actions.add(a as ClaimAction));
    if (canTransitionClaim(claim.status, "WITHDRAWN", "claimant")) actions.add("WITHDRAW");
    if (claim.status !== "WITHDRAWN") actions.add("UPLOAD_DOCUMENT");
    if (claim.status !== "DRAFT") actions.add("CHECK_ELIGIBILITY");
    if (isDecided(claim.status) && claim.determinations.length > 0) actions.add("APPEAL");
  }
  const employerPending = claim.employerResponses.some(
    (response) => response.status === "PENDING" && actor.verifiedEmployerIds.includes(response.employerId),
  );
  if (hasRole(actor, "LEAVE_ADMIN") && employerPending) actions.add("RESPOND_AS_EMPLOYER");
  if (hasRole(actor, "LEAVE_ADMIN") && claim.employerId && actor.verifiedEmployerIds.includes(claim.employerId)) {
    if (isDecided(claim.status) && claim.determinations.length > 0) actions.add("APPEAL");
    if (claim.status !== "DRAFT") actions.add("UPLOAD_DOCUMENT");
  }
  if (adjudicator) {
    if (canTransitionClaim(claim.status, "IN_REVIEW", "staff")) actions.add("START_REVIEW");
    if (canTransitionClaim(claim.status, "INFO_REQUESTED", "staff")) actions.add("REQUEST_INFORMATION");
    if (canTransitionClaim(claim.status, "APPROVED", "staff")) actions.add("DECIDE");
    if (canTransitionClaim(claim.status, "WITHDRAWN", "staff")) actions.add("WITHDRAW");
    if (claim.status !== "DRAFT") actions.add("CHECK_ELIGIBILITY");
  }
  // An approval on appeal pays the rules' benefit from a current evaluation, so the officer may
  // re-run the rules on a decided claim (the service allows any staff member).
  if (hasRole(actor, "APPEALS_OFFICER") && isDecided(claim.status)) actions.add("CHECK_ELIGIBILITY");
  return CLAIM_ACTIONS.filter((action) => actions.has(action));
}
