// Submitting an application: check it is complete, make it a claim (number, application date),
// evaluate eligibility from wage records, ask the employer to respond by the program's deadline,
// queue staff review, and send the acknowledgment — all in one transaction.
//
// Idempotent: a retried or concurrent submit of the same application returns the same claim;
// only the first one through the conditional status change creates tasks and notices.
import { addDays, fromDateOnly, nextClaimNumber, toDateOnly, type Prisma } from "@openleave/db";
import { addBusinessDaysOn, employerResponseDeadline, isRulesErrorResult, listPrograms } from "@openleave/rules";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, ForbiddenError, InvalidInputError, type FieldIssue } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { programToday } from "../programs/program-calendar.ts";
import { FAMILY_MEMBER_REASONS, periodsOverlap } from "./application-input.ts";
import { findVisibleClaim, isClaimOwner } from "./claim-access.ts";
import { evaluateClaimEligibility } from "./claim-eligibility.ts";
import { transitionClaim } from "./transition-claim.ts";

/** Used when a program's documents give no employer response period. */
export const DEFAULT_EMPLOYER_RESPONSE_BUSINESS_DAYS = 10;
/** Staff aim to decide within this many calendar days of submission. */
export const REVIEW_SLA_DAYS = 14;
/** How far ahead of the leave one may apply, and how late after it starts. */
export const APPLY_AHEAD_MAX_DAYS = 60;
export const APPLY_LATE_MAX_DAYS = 90;

const SubmitInput = z.object({ claimId: z.uuid("Unknown application.") });

type SubmittableClaim = Prisma.ClaimGetPayload<{ include: { program: true; leavePeriods: true } }>;

export async function submitApplication(ctx: RequestContext, rawInput: unknown) {
  const { claimId } = parseInput(SubmitInput, rawInput);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, claimId, { program: true, leavePeriods: true });
  if (!isClaimOwner(actor, claim)) throw new ForbiddenError("Only the person applying can submit this application.");
  if (claim.status !== "DRAFT") return claim;

  const today = programToday(claim.program.jurisdiction, ctx.now());
  const issues = completenessIssues(claim, today);
  if (issues.length > 0) throw new InvalidInputError(issues, "Your application is missing some information.");

  try {
    await ctx.db.$transaction(async (tx) => submitInTransaction(tx, ctx, claim, today), { timeout: 20_000 });
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
) {
  const scope = { actor: ctx.actor, requestId: ctx.requestId };
  const { jurisdiction, code } = claim.program;
  const claimNumber = await nextClaimNumber(tx, { jurisdiction, code }, today.slice(0, 4));
  await transitionClaim(tx, scope, {
    claimId: claim.id,
    to: "SUBMITTED",
    by: "claimant",
    data: { claimNumber, applicationDate: fromDateOnly(today), submittedAt: ctx.now() },
  });

  const submitted = { ...claim, applicationDate: fromDateOnly(today), claimNumber };
  const eligibility = await evaluateClaimEligibility(tx, submitted, ctx.now());

  const due = employerDueDate(jurisdiction, code, today);
  await tx.employerResponse.create({
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
        dueAt: fromDateOnly(addDays(today, REVIEW_SLA_DAYS)),
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
  await issueNotice(tx, claim.id, "ACKNOWLEDGMENT", { dueDate: due.dueDate });
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
    },
  });
}

/** The program's own employer-response deadline, or the configured default when it has none. */
export function employerDueDate(
  jurisdiction: string,
  program: string,
  from: string,
): { dueDate: string; basis: string } {
  const fromRules = employerResponseDeadline({ jurisdiction, program, from });
  if (!isRulesErrorResult(fromRules)) {
    const citation = fromRules.explanation[0]?.parameters?.[0]?.cite?.[0];
    return { dueDate: fromRules.dueDate, basis: `Program rule${citation ? `: ${citation.title}` : ""}` };
  }
  const fallback = addBusinessDaysOn({
    calendar: jurisdiction,
    from,
    businessDays: DEFAULT_EMPLOYER_RESPONSE_BUSINESS_DAYS,
  });
  const counted = isRulesErrorResult(fallback)
    ? addBusinessDaysOn({ calendar: "US", from, businessDays: DEFAULT_EMPLOYER_RESPONSE_BUSINESS_DAYS })
    : fallback;
  if (isRulesErrorResult(counted)) {
    return {
      dueDate: addDays(from, 14),
      basis: "Configured default: 14 calendar days (no holiday calendar available)",
    };
  }
  return {
    dueDate: counted.dueDate,
    basis: `Configured default: ${DEFAULT_EMPLOYER_RESPONSE_BUSINESS_DAYS} business days (${fromRules.error.message})`,
  };
}

function completenessIssues(claim: SubmittableClaim, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const summary = listPrograms().find(
    (p) => p.jurisdiction === claim.program.jurisdiction && p.program === claim.program.code,
  );
  if (!claim.employerId)
    issues.push({ path: ["employerId"], message: "Choose the employer you are taking leave from." });
  if (!claim.leaveReason) {
    issues.push({ path: ["leaveReason"], message: "Choose a reason for leave." });
  } else if (summary && !summary.coveredLeaveReasons.includes(claim.leaveReason)) {
    issues.push({ path: ["leaveReason"], message: `${claim.program.name} does not cover this reason for leave.` });
  }
  if (claim.leaveReason && FAMILY_MEMBER_REASONS.has(claim.leaveReason)) {
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
    if (first > addDays(today, APPLY_AHEAD_MAX_DAYS)) {
      issues.push({
        path: ["leavePeriods"],
        message: `You can apply up to ${APPLY_AHEAD_MAX_DAYS} days before your leave starts. Save this application and submit it later.`,
      });
    }
    if (first < addDays(today, -APPLY_LATE_MAX_DAYS)) {
      issues.push({
        path: ["leavePeriods"],
        message: `Leave that started more than ${APPLY_LATE_MAX_DAYS} days ago needs a late-filing request. Contact us.`,
      });
    }
  }
  return issues;
}
