// Submitting an application: check it is complete, make it a claim (number, application date),
// evaluate eligibility from wage records, ask the employer to respond by the program's deadline,
// queue staff review, and send the acknowledgment — all in one transaction. A claim the
// employer's approved private plan covers goes to the plan instead (routeToPrivatePlan).
//
// Idempotent: a retried or concurrent submit of the same application returns the same claim;
// only the first one through the conditional status change creates tasks and notices.
import { fromDateOnly, nextClaimNumber, toDateOnly, type Prisma } from "@openleave/db";
import { type PolicyOverrides, filingWindowDates, reasonNeedsFamilyMember } from "@openleave/rules";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { EmailNotVerifiedError } from "../../auth/email-verification.ts";
import { DomainError, ForbiddenError, InvalidInputError, type FieldIssue } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import {
  notifyEmployerOfPrivatePlanClaim,
  notifyEmployerResponseRequested,
} from "../notifications/employer-notifications.ts";
import { programToday } from "../programs/program-calendar.ts";
import { decisionDueDate, employerResponseDueDate, rulesFor } from "../programs/program-policy.ts";
import { periodsOverlap } from "./application-input.ts";
import { findVisibleClaim, isClaimOwner } from "./claim-access.ts";
import { lockPersonsClaims, refuseOverlappingClaims } from "./overlapping-claims.ts";
import { evaluateClaimEligibility } from "./claim-eligibility.ts";
import { transitionClaim } from "./transition-claim.ts";
import { exemptionOnDate } from "../private-plans/plan-exemption.ts";

const SubmitInput = z.object({
  claimId: z.uuid("Unknown application."),
  /** The claimant's statement that the application is true; the portal always sends it. */
  attested: z.boolean().nullish(),
});

type SubmittableClaim = Prisma.ClaimGetPayload<{ include: { program: true; leavePeriods: true } }>;

export async function submitApplication(ctx: RequestContext, rawInput: unknown) {
  const { claimId, attested } = parseInput(SubmitInput, rawInput);
  if (attested === false)
    throw InvalidInputError.field(["attested"], "Confirm that what you entered is true and complete.");
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, claimId, { program: true, leavePeriods: true });
  if (!isClaimOwner(actor, claim)) throw new ForbiddenError("Only the person applying can submit this application.");
  if (claim.status !== "DRAFT") return claim;
  if (!actor.emailVerifiedAt) throw new EmailNotVerifiedError();

  const policy = ctx.config.programPolicy;
  const today = programToday(claim.program.jurisdiction, ctx.now(), policy);
  const issues = completenessIssues(claim, today, policy);
  if (issues.length > 0) throw new InvalidInputError(issues, "Your application is missing some information.");

  try {
    await ctx.db.$transaction(async (tx) => submitInTransaction(tx, ctx, claim, today, attested === true), {
      timeout: 20_000,
    });
  } catch (error) {
    // Lost a race with another submit of the same application: that one's claim is the answer.
    const current = await ctx.db.claim.findUnique({ where: { id: claim.id } });
    if (current && current.status !== "DRAFT" && error instanceof DomainError) return current;
    throw error;
  }
  return ctx.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
}

async function submitInTransaction(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  claim: SubmittableClaim,
  today: string,
  attested: boolean,
) {
  const scope = { actor: ctx.actor, requestId: ctx.requestId };
  await lockPersonsClaims(tx, claim.claimantId);
  await refuseOverlappingClaims(tx, {
    claimId: claim.id,
    personId: claim.claimantId,
    ranges: claim.leavePeriods.map((p) => ({ start: toDateOnly(p.startDate), end: toDateOnly(p.endDate) })),
    approvedOnly: false,
    path: ["leavePeriods"],
  });
  const { jurisdiction, code } = claim.program;
  const claimNumber = await nextClaimNumber(tx, { jurisdiction, code }, today.slice(0, 4));
  await transitionClaim(tx, scope, {
    claimId: claim.id,
    to: "SUBMITTED",
    by: "claimant",
    data: { claimNumber, applicationDate: fromDateOnly(today), submittedAt: ctx.now() },
  });

  // The employer's approved private plan in effect on the first day of leave decides and pays the
  // claim instead of the state: it never enters the state's adjudication (no employer response,
  // no review task, no eligibility evaluation) nor its payments, and is closed here.
  const firstDay = claim.leavePeriods.map((p) => toDateOnly(p.startDate)).sort()[0]!;
  const plan = await exemptionOnDate(tx, claim.employerId!, firstDay);
  if (plan) {
    await routeToPrivatePlan(tx, ctx, { ...claim, claimNumber }, plan, attested);
    return;
  }

  const submitted = { ...claim, applicationDate: fromDateOnly(today), claimNumber };
  const eligibility = await evaluateClaimEligibility(tx, submitted, ctx.now(), ctx.config.programPolicy);

  const policy = ctx.config.programPolicy;
  const due = employerResponseDueDate(claim.program, today, policy);
  const response = await tx.employerResponse.create({
    data: {
      claimId: claim.id,
      employerId: claim.employerId!,
      dueDate: fromDateOnly(due.dueDate),
      dueDateBasis: due.basis,
    },
  });
  await tx.task.createMany({
    data: [
      {
        queue: "EMPLOYER_RESPONSE",
        kind: "EMPLOYER_RESPONSE",
        claimId: claim.id,
        employerId: claim.employerId,
        dueAt: fromDateOnly(due.dueDate),
      },
      {
        queue: "ADJUDICATION",
        kind: "REVIEW_CLAIM",
        claimId: claim.id,
        dueAt: fromDateOnly(decisionDueDate(claim.program, today, policy)),
      },
    ],
  });
  await transitionClaim(
    tx,
    { actor: null, requestId: ctx.requestId },
    {
      claimId: claim.id,
      to: "PENDING_EMPLOYER_RESPONSE",
      by: "system",
      reason: `Employer asked to respond by ${due.dueDate}`,
    },
  );
  await issueNotice(tx, ctx, claim.id, "ACKNOWLEDGMENT", { dueDate: due.dueDate });
  await notifyEmployerResponseRequested(
    tx,
    { id: response.id, claimId: claim.id, employerId: response.employerId, dueDate: due.dueDate },
    ctx.config.portalUrl,
  );
  await recordAuditEvent(tx, scope, {
    action: "claim.submit",
    entityType: "Claim",
    entityId: claim.id,
    changedFields: ["status", "claimNumber", "applicationDate", "submittedAt"],
    metadata: {
      claimNumber,
      eligible: eligibility.result?.eligible ?? null,
      eligibilitySnapshotId: eligibility.snapshotId,
      employerResponseDue: due.dueDate,
      attested,
      privatePlanId: null,
    },
  });
}

/**
 * A claim the employer's approved private plan covers: linked to the plan and closed by the
 * system, the claimant told in their language (notice and email) that the plan handles it and how
 * to reach it, and the employer's administrators told that it went to their plan.
 */
async function routeToPrivatePlan(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  claim: SubmittableClaim & { claimNumber: string },
  plan: { id: string; administratorName: string; claimsContactPhone: string; claimsContactEmail: string | null },
  attested: boolean,
) {
  const scope = { actor: ctx.actor, requestId: ctx.requestId };
  await tx.claim.update({ where: { id: claim.id }, data: { privatePlanId: plan.id } });
  await transitionClaim(
    tx,
    { actor: null, requestId: ctx.requestId },
    {
      claimId: claim.id,
      to: "CLOSED",
      by: "system",
      reason: `Routed to the employer's private plan (${plan.administratorName})`,
    },
  );
  await issueNotice(tx, ctx, claim.id, "PRIVATE_PLAN_REFERRAL", {
    planAdministrator: plan.administratorName,
    planPhone: plan.claimsContactPhone,
    planEmail: plan.claimsContactEmail,
  });
  await notifyEmployerOfPrivatePlanClaim(
    tx,
    { claimId: claim.id, employerId: claim.employerId!, planId: plan.id, planAdministrator: plan.administratorName },
    ctx.config.portalUrl,
  );
  await recordAuditEvent(tx, scope, {
    action: "claim.submit",
    entityType: "Claim",
    entityId: claim.id,
    changedFields: ["status", "claimNumber", "applicationDate", "submittedAt", "privatePlanId"],
    metadata: { claimNumber: claim.claimNumber, attested, privatePlanId: plan.id, routedToPrivatePlan: true },
  });
}

function completenessIssues(claim: SubmittableClaim, today: string, policy: PolicyOverrides): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const summary = rulesFor(claim.program, today, policy);
  if (!claim.employerId)
    issues.push({ path: ["employerId"], message: "Choose the employer you are taking leave from." });
  if (!claim.leaveReason) {
    issues.push({ path: ["leaveReason"], message: "Choose a reason for leave." });
  } else if (summary && !summary.coveredLeaveReasons.includes(claim.leaveReason)) {
    issues.push({ path: ["leaveReason"], message: `${claim.program.name} does not cover this reason for leave.` });
  }
  if (claim.leaveReason && reasonNeedsFamilyMember(claim.leaveReason)) {
    if (!claim.familyRelationship) {
      issues.push({
        path: ["familyRelationship"],
        message: "Tell us how you are related to the person you will care for.",
      });
    } else if (summary && !summary.coveredFamilyRelationships.includes(claim.familyRelationship)) {
      issues.push({
        path: ["familyRelationship"],
        message: `${claim.program.name} does not cover leave to care for this family member.`,
      });
    }
    if (!claim.familyMemberFirstName)
      issues.push({ path: ["familyMemberFirstName"], message: "Enter the family member's first name." });
    if (!claim.familyMemberLastName)
      issues.push({ path: ["familyMemberLastName"], message: "Enter the family member's last name." });
  }
  if (claim.leavePeriods.length === 0) {
    issues.push({ path: ["leavePeriods"], message: "Enter the dates of your leave." });
  } else {
    const periods = claim.leavePeriods.map((p) => ({
      startDate: toDateOnly(p.startDate),
      endDate: toDateOnly(p.endDate),
    }));
    if (periodsOverlap(periods))
      issues.push({ path: ["leavePeriods"], message: "Your leave periods overlap. Combine or correct them." });
    const first = periods.map((p) => p.startDate).sort()[0]!;
    const window = filingWindowDates(summary, first);
    if (window.opensOn !== null && today < window.opensOn) {
      issues.push({
        path: ["leavePeriods"],
        message: `You can apply for this leave from ${window.opensOn}. Save this application and submit it then.`,
      });
    }
    if (window.closesOn !== null && today > window.closesOn) {
      issues.push({
        path: ["leavePeriods"],
        message: `Applications for leave starting ${first} were due by ${window.closesOn}. Contact us to ask to file late.`,
      });
    }
  }
  return issues;
}
