// A second staff member reviews a proposed manual determination. Approving writes the
// determination with the entered figures and decides the claim (its notice, the employer's copy
// and email, the leave periods, the adjudication task), all in one transaction; rejecting closes
// the proposal with a note. The person who proposed it can do neither: two people, always.
// Concurrency: the proposal is taken from PROPOSED only once, and the claim's version must still
// be the one the proposer saw.
import { fromDateOnly, toDateOnly } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, NotFoundError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { decideLeavePeriods } from "../claims/decide-leave-periods.ts";
import { lockPersonsClaims, refuseOverlappingClaims } from "../claims/overlapping-claims.ts";
import { transitionClaim } from "../claims/transition-claim.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { notifyEmployerOfDecision } from "../notifications/employer-notifications.ts";
import { employerWording } from "../privacy/medical-detail.ts";
import { programToday } from "../programs/program-calendar.ts";
import { appealDueDate } from "../programs/program-policy.ts";
import { queuePaymentReconciliation } from "../payments/overpayments.ts";

export const MANUAL_REASON_CODE = "MANUAL_DETERMINATION";

const ReviewInput = z
  .object({
    manualDeterminationId: z.uuid("Unknown manual determination."),
    approve: z.boolean({ error: "Say whether you approve the figures." }),
    note: z.string().trim().max(4000, "Keep the note under 4,000 characters.").nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.approve && (input.note ?? "").length < 10)
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: "Say why you do not approve the figures (at least 10 characters).",
      });
  });

export async function reviewManualDetermination(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ReviewInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const proposal = await ctx.db.manualDetermination.findUnique({
    where: { id: input.manualDeterminationId },
    include: { claim: { include: { program: true, leavePeriods: true } } },
  });
  if (!proposal) throw new NotFoundError("Manual determination");
  if (proposal.proposedById === actor.userId) {
    throw new DomainError(
      "SECOND_APPROVER_REQUIRED",
      "You proposed these figures, so another staff member must approve or reject them.",
    );
  }
  if (proposal.status !== "PROPOSED") {
    throw new DomainError(
      "MANUAL_DETERMINATION_CLOSED",
      `This manual determination was already ${proposal.status.toLowerCase()}.`,
    );
  }
  const { claim } = proposal;
  const scope = { actor, requestId: ctx.requestId };

  return ctx.db.$transaction(async (tx) => {
    // Only one review takes the proposal out of PROPOSED, even if two arrive at once.
    const taken = await tx.manualDetermination.updateMany({
      where: { id: proposal.id, status: "PROPOSED" },
      data: {
        status: input.approve ? "APPROVED" : "REJECTED",
        reviewedById: actor.userId,
        reviewedAt: ctx.now(),
        reviewNote: input.note || null,
      },
    });
    if (taken.count !== 1) {
      throw new DomainError(
        "MANUAL_DETERMINATION_CLOSED",
        "Another staff member reviewed this manual determination a moment ago.",
      );
    }
    if (!input.approve) {
      await recordAuditEvent(tx, scope, {
        action: "claim.manual_determination.reject",
        entityType: "ManualDetermination",
        entityId: proposal.id,
        changedFields: ["status", "reviewedById", "reviewedAt", "reviewNote"],
        metadata: { claimId: claim.id, proposedById: proposal.proposedById },
      });
      return tx.manualDetermination.findUniqueOrThrow({ where: { id: proposal.id } });
    }

    const startDate = toDateOnly(proposal.approvedStartDate);
    const endDate = toDateOnly(proposal.approvedEndDate);
    await lockPersonsClaims(tx, claim.claimantId);
    await refuseOverlappingClaims(tx, {
      claimId: claim.id,
      personId: claim.claimantId,
      ranges: [{ start: startDate, end: endDate }],
      approvedOnly: true,
      path: ["input", "manualDeterminationId"],
    });
    // The claim must be as the proposer saw it; otherwise the figures may rest on stale facts.
    await transitionClaim(tx, scope, {
      claimId: claim.id,
      to: proposal.outcome,
      by: "staff",
      expectedVersion: proposal.claimVersion,
      reason: "Manual determination approved by a second staff member",
      data: { decidedAt: ctx.now() },
    });
    const policy = ctx.config.programPolicy;
    const today = programToday(claim.program.jurisdiction, ctx.now(), policy);
    const appealBy = appealDueDate(claim.program, today, policy);
    const previous = await tx.determination.findFirst({
      where: { claimId: claim.id, supersededBy: null },
      orderBy: { decidedAt: "desc" },
    });
    const determination = await tx.determination.create({
      data: {
        claimId: claim.id,
        outcome: proposal.outcome,
        reasonCode: MANUAL_REASON_CODE,
        explanation: proposal.reason,
        weeklyBenefitAmount: proposal.weeklyBenefitAmount,
        approvedStartDate: fromDateOnly(startDate),
        approvedEndDate: fromDateOnly(endDate),
        decidedById: proposal.proposedById,
        decidedAt: ctx.now(),
        appealDeadline: fromDateOnly(appealBy),
        supersedesId: previous?.id ?? null,
      },
    });
    await tx.manualDetermination.update({ where: { id: proposal.id }, data: { determinationId: determination.id } });
    await decideLeavePeriods(tx, claim.leavePeriods, { startDate, endDate });
    // As any decision: the payments follow it in the worker's reconcile job (reconcileClaimPayments).
    await queuePaymentReconciliation(tx, {
      claimId: claim.id,
      determinationId: determination.id,
      cause: determination.id,
    });
    await tx.task.updateMany({
      where: { claimId: claim.id, queue: "ADJUDICATION", status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "DONE", completedAt: ctx.now() },
    });
    await issueNotice(
      tx,
      ctx,
      claim.id,
      proposal.outcome === "APPROVED" ? "APPROVAL" : "PARTIAL_APPROVAL",
      {
        reason: proposal.reason,
        startDate,
        endDate,
        weeklyBenefitAmount: proposal.weeklyBenefitAmount.toFixed(2),
        benefitWeeks: proposal.benefitWeeks.toString(),
        appealDeadline: appealBy,
      },
      {
        determinationId: determination.id,
        employerWording: employerWording({ outcome: proposal.outcome, reasonCode: MANUAL_REASON_CODE }),
      },
    );
    await notifyEmployerOfDecision(
      tx,
      {
        id: determination.id,
        claimId: claim.id,
        outcome: proposal.outcome,
        approvedStartDate: startDate,
        approvedEndDate: endDate,
        appealDeadline: appealBy,
      },
      ctx.config.portalUrl,
    );
    await recordAuditEvent(tx, scope, {
      action: "claim.manual_determination.approve",
      entityType: "ManualDetermination",
      entityId: proposal.id,
      changedFields: ["status", "reviewedById", "reviewedAt", "determinationId"],
      metadata: {
        claimId: claim.id,
        determinationId: determination.id,
        proposedById: proposal.proposedById,
        weeklyBenefitAmount: proposal.weeklyBenefitAmount.toFixed(2),
        benefitWeeks: proposal.benefitWeeks.toString(),
      },
    });
    await recordAuditEvent(tx, scope, {
      action: "claim.record_determination",
      entityType: "Determination",
      entityId: determination.id,
      metadata: {
        claimId: claim.id,
        outcome: proposal.outcome,
        reasonCode: MANUAL_REASON_CODE,
        manualDeterminationId: proposal.id,
        eligibilitySnapshotId: proposal.eligibilitySnapshotId,
      },
    });
    return tx.manualDetermination.findUniqueOrThrow({ where: { id: proposal.id } });
  });
}
