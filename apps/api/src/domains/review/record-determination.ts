// A staff decision on a claim. Optimistic concurrency: the decision names the claim version
// the adjudicator was looking at; if anyone changed the claim since, the decision is refused
// (StaleVersionError) rather than silently overwriting theirs.
import { fromDateOnly, toDateOnly } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, InvalidInputError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { decideLeavePeriods } from "../claims/decide-leave-periods.ts";
import { calendarDate } from "../claims/application-input.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";
import { lockPersonsClaims, refuseOverlappingClaims } from "../claims/overlapping-claims.ts";
import { transitionClaim } from "../claims/transition-claim.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { notifyEmployerOfDecision } from "../notifications/employer-notifications.ts";
import { programToday } from "../programs/program-calendar.ts";
import { employerWording } from "../privacy/medical-detail.ts";
import { appealDueDate, rulesFor } from "../programs/program-policy.ts";
import { queuePaymentReconciliation } from "../payments/overpayments.ts";
import { refuseLeaveBeyondCaps } from "./leave-caps.ts";

const DeterminationInput = z
  .object({
    claimId: z.uuid("Unknown claim."),
    expectedVersion: z.number().int().positive(),
    outcome: z.enum(["APPROVED", "PARTIALLY_APPROVED", "DENIED"]),
    reasonCode: z.string().trim().min(2).max(60),
    explanation: z.string().trim().min(10, "Explain the decision in a sentence or two for the notice.").max(4000),
    approvedStartDate: calendarDate("first approved day").nullish(),
    approvedEndDate: calendarDate("last approved day").nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.outcome !== "DENIED") {
      if (!input.approvedStartDate)
        ctx.addIssue({ code: "custom", path: ["approvedStartDate"], message: "Enter the first approved day." });
      if (!input.approvedEndDate)
        ctx.addIssue({ code: "custom", path: ["approvedEndDate"], message: "Enter the last approved day." });
      if (input.approvedStartDate && input.approvedEndDate && input.approvedEndDate < input.approvedStartDate) {
        ctx.addIssue({
          code: "custom",
          path: ["approvedEndDate"],
          message: "The last approved day must be on or after the first.",
        });
      }
    }
  });

export async function recordDetermination(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(DeterminationInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, input.claimId, {
    program: true,
    leavePeriods: true,
    eligibilitySnapshots: { orderBy: { computedAt: "desc" }, take: 1 },
  });
  const snapshot = claim.eligibilitySnapshots[0];
  const requested = claim.leavePeriods.map((p) => ({
    start: toDateOnly(p.startDate),
    end: toDateOnly(p.endDate),
  }));

  if (input.outcome !== "DENIED") {
    if (!snapshot || snapshot.eligible !== true || !snapshot.weeklyBenefitAmount) {
      throw new DomainError(
        "NOT_ELIGIBLE",
        "The rules did not find this claimant eligible. Re-run eligibility after correcting wages, or record a denial.",
      );
    }
    const first = requested.map((p) => p.start).sort()[0];
    const last = requested
      .map((p) => p.end)
      .sort()
      .at(-1);
    if (!first || !last || input.approvedStartDate! < first || input.approvedEndDate! > last) {
      throw InvalidInputError.field(
        ["input", "approvedStartDate"],
        `Approved dates must fall within the requested leave (${first} to ${last}).`,
      );
    }
  }

  const policy = ctx.config.programPolicy;
  const today = programToday(claim.program.jurisdiction, ctx.now(), policy);
  // The program's denial reasons (the catalog's, or this deployment's list).
  const denialReasons = rulesFor(claim.program, today, policy).denialReasons.value;
  const denialReason = denialReasons.find((r) => r.code === input.reasonCode);
  if (input.outcome === "DENIED" && !denialReason) {
    throw InvalidInputError.field(
      ["input", "reasonCode"],
      `Choose a denial reason: ${denialReasons.map((r) => r.code).join(", ")}.`,
    );
  }
  const appealBy = appealDueDate(claim.program, today, policy);

  return ctx.db.$transaction(async (tx) => {
    const scope = { actor, requestId: ctx.requestId };
    if (input.outcome !== "DENIED") {
      await lockPersonsClaims(tx, claim.claimantId);
      await refuseOverlappingClaims(tx, {
        claimId: claim.id,
        personId: claim.claimantId,
        ranges: [{ start: input.approvedStartDate!, end: input.approvedEndDate! }],
        approvedOnly: true,
        path: ["input", "approvedStartDate"],
      });
      await refuseLeaveBeyondCaps(
        tx,
        claim,
        { start: input.approvedStartDate!, end: input.approvedEndDate! },
        { now: ctx.now(), policy },
      );
    }
    await transitionClaim(tx, scope, {
      claimId: claim.id,
      to: input.outcome,
      by: "staff",
      expectedVersion: input.expectedVersion,
      data: { decidedAt: ctx.now() },
    });
    const previous = await tx.determination.findFirst({
      where: { claimId: claim.id, supersededBy: null },
      orderBy: { decidedAt: "desc" },
    });
    const determination = await tx.determination.create({
      data: {
        claimId: claim.id,
        outcome: input.outcome,
        reasonCode: input.reasonCode,
        explanation: input.explanation,
        weeklyBenefitAmount: input.outcome === "DENIED" ? null : snapshot!.weeklyBenefitAmount,
        approvedStartDate: input.approvedStartDate ? fromDateOnly(input.approvedStartDate) : null,
        approvedEndDate: input.approvedEndDate ? fromDateOnly(input.approvedEndDate) : null,
        decidedById: actor.userId,
        appealDeadline: fromDateOnly(appealBy),
        supersedesId: previous?.id ?? null,
      },
    });
    await decideLeavePeriods(
      tx,
      claim.leavePeriods,
      input.outcome === "DENIED" ? null : { startDate: input.approvedStartDate!, endDate: input.approvedEndDate! },
    );
    // Every decision (a first one or a redetermination, e.g. after an employer grievance sent the
    // claim back) brings the payments in line in the worker's reconcile job, as an appeal
    // decision's do: an approval's weeks are scheduled within seconds, held weeks released or
    // cancelled, paid weeks no longer owed recorded as overpayments.
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
      input.outcome === "APPROVED" ? "APPROVAL" : input.outcome === "DENIED" ? "DENIAL" : "PARTIAL_APPROVAL",
      {
        reason: input.explanation,
        denialReasonCode: input.outcome === "DENIED" ? input.reasonCode : null,
        denialReasonLabel: denialReason?.label,
        startDate: input.approvedStartDate,
        endDate: input.approvedEndDate,
        weeklyBenefitAmount: determination.weeklyBenefitAmount?.toFixed(2),
        appealDeadline: appealBy,
      },
      {
        determinationId: determination.id,
        employerWording: employerWording({ outcome: input.outcome, reasonCode: input.reasonCode }),
      },
    );
    await notifyEmployerOfDecision(
      tx,
      {
        id: determination.id,
        claimId: claim.id,
        outcome: input.outcome,
        approvedStartDate: input.approvedStartDate ?? null,
        approvedEndDate: input.approvedEndDate ?? null,
        appealDeadline: appealBy,
      },
      ctx.config.portalUrl,
    );
    await recordAuditEvent(tx, scope, {
      action: "claim.record_determination",
      entityType: "Determination",
      entityId: determination.id,
      metadata: {
        claimId: claim.id,
        outcome: input.outcome,
        reasonCode: input.reasonCode,
        eligibilitySnapshotId: snapshot?.id ?? null,
      },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  });
}
