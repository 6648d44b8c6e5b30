// Staff's finding on an employer's contest (a grievance): the decision, or the claim's course
// before one, stands (UPHELD), or the claim goes back to adjudication (RETURNED_TO_REVIEW): a
// decided claim is reopened and an adjudicator records the redetermination through the ordinary
// decision (recordDetermination), which supersedes the earlier determination; its payments not
// yet sent are held meanwhile, and the redetermination reconciles them. Closes the
// grievance task, notifies the claimant (notice in their language) and the employer (its notice
// copy and an email to each administrator in theirs), audited in the same transaction. The notices
// carry the outcome and the finding's reason only: never the staff's written findings (they may
// discuss the condition) nor the employer's own comment.
import { GRIEVANCE_FINDING_REASONS } from "@openleave/rules";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  DomainError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
  StaleVersionError,
} from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { isDecided } from "../claims/claim-status.machine.ts";
import { transitionClaim } from "../claims/transition-claim.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { noticeCatalog } from "../notices/notice-catalog.ts";
import { notifyEmployerOfGrievanceFinding } from "../notifications/employer-notifications.ts";
import { holdUnsentPayments } from "../payments/overpayments.ts";

/** An adjudicator should pick up a claim sent back by a grievance finding within this many days. */
const REVIEW_DUE_DAYS = 5;

const OUTCOMES = ["UPHELD", "RETURNED_TO_REVIEW"] as const;

const FindingInput = z
  .object({
    employerResponseId: z.uuid("Unknown employer response."),
    expectedVersion: z.number().int().positive(),
    outcome: z.enum(OUTCOMES, "Choose whether the decision stands or the claim goes back to review."),
    reasonCode: z.string().trim().min(1, "Choose the reason for the finding.").max(60),
    findings: z
      .string()
      .trim()
      .min(10, "Write the findings in a sentence or two.")
      .max(4000, "Keep the findings under 4,000 characters."),
  })
  .superRefine((input, ctx) => {
    const reason = GRIEVANCE_FINDING_REASONS.find((r) => r.code === input.reasonCode);
    if (input.reasonCode && !reason) {
      ctx.addIssue({ code: "custom", path: ["reasonCode"], message: "Choose one of the listed reasons." });
    } else if (reason && reason.outcome !== input.outcome) {
      ctx.addIssue({
        code: "custom",
        path: ["reasonCode"],
        message: "This reason does not support the finding you chose.",
      });
    }
  });

export async function recordGrievanceFinding(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(FindingInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const response = await ctx.db.employerResponse.findUnique({
    where: { id: input.employerResponseId },
    include: { grievanceFinding: { select: { id: true } }, claim: { select: { id: true, status: true } } },
  });
  if (!response) throw new NotFoundError("Employer response");
  if (response.status !== "CONTESTED") {
    throw new DomainError("NOT_CONTESTED", "The employer did not contest this claim: there is no grievance to decide.");
  }
  if (response.grievanceFinding || response.version !== input.expectedVersion) {
    throw new StaleVersionError("employer response", response.version);
  }
  const claim = response.claim;
  if (input.outcome === "RETURNED_TO_REVIEW") {
    if (claim.status === "WITHDRAWN" || claim.status === "CLOSED" || claim.status === "DRAFT") {
      throw new IllegalTransitionError("claim", claim.status, "IN_REVIEW");
    }
    // An appeal under way decides the determination itself; a second path would race it.
    const openAppeal = await ctx.db.appeal.count({
      where: { claimId: claim.id, status: { in: ["FILED", "HEARING_SCHEDULED"] } },
    });
    if (openAppeal > 0) {
      throw InvalidInputError.field(
        ["input", "outcome"],
        "An appeal of this claim's decision is open: the appeal decides whether the decision changes.",
      );
    }
  }

  return ctx.db.$transaction(async (tx) => {
    const scope = { actor, requestId: ctx.requestId };
    const now = ctx.now();
    let heldPayments = 0;
    // The response's version guards against two staff recording findings at once.
    const bumped = await tx.employerResponse.updateMany({
      where: { id: response.id, status: "CONTESTED", version: input.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count !== 1) throw new StaleVersionError("employer response", response.version + 1);
    const current = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true } });
    const finding = await tx.grievanceFinding.create({
      data: {
        employerResponseId: response.id,
        claimId: claim.id,
        outcome: input.outcome,
        reasonCode: input.reasonCode,
        findings: input.findings,
        claimStatus: current.status,
        decidedById: actor.userId,
        decidedAt: now,
      },
    });
    await tx.task.updateMany({
      where: { claimId: claim.id, kind: "REVIEW_EMPLOYER_GRIEVANCE", status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "DONE", completedAt: now },
    });
    if (input.outcome === "RETURNED_TO_REVIEW") {
      if (isDecided(current.status)) {
        await transitionClaim(tx, scope, {
          claimId: claim.id,
          to: "IN_REVIEW",
          by: "grievance",
          reason: "Employer grievance finding: the claim goes back for a redetermination",
        });
        // The weeks not yet paid wait for the redetermination, whose payments hook then
        // releases, re-prices or cancels them (reconcileClaimPayments).
        heldPayments = await holdUnsentPayments(tx, claim.id);
      }
      const openReview = await tx.task.count({
        where: { claimId: claim.id, queue: "ADJUDICATION", status: { in: ["OPEN", "IN_PROGRESS"] } },
      });
      if (openReview === 0) {
        await tx.task.create({
          data: {
            queue: "ADJUDICATION",
            kind: "REVIEW_CLAIM",
            claimId: claim.id,
            dueAt: new Date(now.getTime() + REVIEW_DUE_DAYS * 86_400_000),
          },
        });
      }
    }
    await issueNotice(
      tx,
      ctx,
      claim.id,
      "GRIEVANCE_FINDING",
      { grievanceOutcome: input.outcome, grievanceReasonCode: input.reasonCode },
      // The employer's copy: worded from the outcome alone (the template's employer wording).
      { employerWording: noticeCatalog("EN").employerGrievanceOutcomes[input.outcome] },
    );
    await notifyEmployerOfGrievanceFinding(
      tx,
      { id: finding.id, claimId: claim.id, employerId: response.employerId, outcome: input.outcome },
      ctx.config.portalUrl,
    );
    await recordAuditEvent(tx, scope, {
      action: "employer_grievance.record_finding",
      entityType: "GrievanceFinding",
      entityId: finding.id,
      changedFields: ["outcome", "reasonCode", "findings"],
      metadata: {
        claimId: claim.id,
        employerResponseId: response.id,
        outcome: input.outcome,
        reasonCode: input.reasonCode,
        claimStatus: current.status,
        heldPayments,
      },
    });
    return finding;
  });
}
