// An appeals officer decides an appeal. A reversal or modification issues a new determination
// that supersedes the appealed one (both are kept) and moves the claim accordingly; an
// affirmance or dismissal leaves the claim as it is. Either way the parties get a notice.
// Optimistic concurrency: the decision names the appeal version the officer saw, and the appeal
// is written first, so of two officers deciding at once exactly one wins and the other writes nothing.
import { fromDateOnly, toDateOnly, type Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, InvalidInputError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { calendarDate } from "../claims/application-input.ts";
import { decideLeavePeriods } from "../claims/decide-leave-periods.ts";
import { queuePaymentReconciliation } from "../payments/overpayments.ts";
import { touchClaimVersion, transitionClaim } from "../claims/transition-claim.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { notifyEmployerOfDecision } from "../notifications/employer-notifications.ts";
import { programToday } from "../programs/program-calendar.ts";
import { employerAppealWording } from "../privacy/medical-detail.ts";
import { findVisibleAppeal } from "./appeal-access.ts";
import { appealDeadlineFrom } from "./appeal-deadlines.ts";
import { approves, determinationAfterAppeal } from "./appeal-effect.ts";
import { transitionAppeal } from "./transition-appeal.ts";

const DecideAppealInput = z
  .object({
    appealId: z.uuid("Unknown appeal."),
    expectedVersion: z.number().int().positive(),
    outcome: z.enum(["AFFIRMED", "REVERSED", "MODIFIED", "DISMISSED"], { error: "Choose an outcome." }),
    summary: z
      .string({ error: "Write the decision for the notice." })
      .trim()
      .min(10, "Write the decision in a sentence or two for the notice.")
      .max(4000, "Keep the decision under 4,000 characters."),
    approvedStartDate: calendarDate("first approved day").nullish(),
    approvedEndDate: calendarDate("last approved day").nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.approvedStartDate && input.approvedEndDate && input.approvedEndDate < input.approvedStartDate) {
      ctx.addIssue({
        code: "custom",
        path: ["approvedEndDate"],
        message: "The last approved day must be on or after the first.",
      });
    }
  });

const APPEAL_INCLUDE = {
  determination: true,
  claim: {
    include: {
      program: true,
      leavePeriods: true,
      eligibilitySnapshots: { orderBy: { computedAt: "desc" as const }, take: 1 },
    },
  },
} satisfies Prisma.AppealInclude;

export async function decideAppeal(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(DecideAppealInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const appeal = await findVisibleAppeal(ctx.db, actor, input.appealId, APPEAL_INCLUDE);
  const { claim, determination } = appeal;
  // A decision on the merits rests on the hearing's record, so it cannot come before the hearing;
  // a dismissal (withdrawn, late, moot) can.
  if (input.outcome !== "DISMISSED" && appeal.hearingAt && appeal.hearingAt > ctx.now()) {
    throw new DomainError(
      "HEARING_NOT_HELD",
      `The hearing is set for ${appeal.hearingAt.toISOString()}. Decide the appeal after the hearing, or move the hearing.`,
    );
  }
  const newOutcome = determinationAfterAppeal(input.outcome, determination.outcome, appeal.appellantRole);
  const approval = approves(newOutcome) ? checkApproval(claim, input) : null;
  const policy = ctx.config.programPolicy;
  const today = programToday(claim.program.jurisdiction, ctx.now(), policy);

  return ctx.db.$transaction(async (tx) => {
    const scope = { actor, requestId: ctx.requestId };
    await transitionAppeal(tx, scope, {
      appealId: appeal.id,
      to: input.outcome === "DISMISSED" ? "DISMISSED" : "DECIDED",
      by: "officer",
      expectedVersion: input.expectedVersion,
      data: { outcome: input.outcome, decisionSummary: input.summary, decidedAt: ctx.now(), officerId: actor.userId },
    });

    let replacement: { id: string; appealDeadline: string } | null = null;
    if (newOutcome) {
      // Another appeal on the same determination may have been decided a moment ago.
      await tx.$queryRaw`SELECT id FROM "Determination" WHERE id = ${determination.id}::uuid FOR UPDATE`;
      if ((await tx.determination.count({ where: { supersedesId: determination.id } })) > 0) {
        throw new DomainError(
          "DETERMINATION_SUPERSEDED",
          "The decision under appeal has already been replaced. Dismiss this appeal or decide it as affirmed.",
        );
      }
      const appealBy = appealDeadlineFrom(claim.program, today, policy);
      const created = await tx.determination.create({
        data: {
          claimId: claim.id,
          outcome: newOutcome,
          reasonCode: `APPEAL_${input.outcome}`,
          explanation: input.summary,
          weeklyBenefitAmount: approval?.weeklyBenefitAmount ?? null,
          approvedStartDate: approval ? fromDateOnly(approval.startDate) : null,
          approvedEndDate: approval ? fromDateOnly(approval.endDate) : null,
          decidedById: actor.userId,
          decidedAt: ctx.now(),
          appealDeadline: fromDateOnly(appealBy),
          supersedesId: determination.id,
        },
      });
      replacement = { id: created.id, appealDeadline: appealBy };
      await notifyEmployerOfDecision(
        tx,
        {
          id: created.id,
          claimId: claim.id,
          outcome: newOutcome,
          approvedStartDate: approval?.startDate ?? null,
          approvedEndDate: approval?.endDate ?? null,
          appealDeadline: appealBy,
        },
        ctx.config.portalUrl,
      );
      if (claim.status === newOutcome) {
        await touchClaimVersion(tx, claim.id, undefined);
      } else {
        await transitionClaim(tx, scope, {
          claimId: claim.id,
          to: newOutcome,
          by: "appeal",
          reason: `Appeal ${input.outcome.toLowerCase()}`,
          data: { decidedAt: ctx.now() },
        });
      }
      await decideLeavePeriods(tx, claim.leavePeriods, approval);
      // The payments follow the new decision (missing weeks, overpayments) in a job of their own.
      await queuePaymentReconciliation(tx, { claimId: claim.id, determinationId: created.id, cause: created.id });
    }

    await tx.task.updateMany({
      where: { appealId: appeal.id, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "DONE", completedAt: ctx.now() },
    });
    await issueNotice(
      tx,
      ctx,
      claim.id,
      "APPEAL_DECISION",
      {
        appealOutcome: input.outcome,
        reason: input.summary,
        startDate: approval?.startDate,
        endDate: approval?.endDate,
        weeklyBenefitAmount: approval?.weeklyBenefitAmount.toFixed(2),
        appealDeadline: replacement?.appealDeadline,
      },
      {
        appealId: appeal.id,
        determinationId: replacement?.id ?? determination.id,
        employerWording: employerAppealWording(input.outcome) ?? undefined,
      },
    );
    await recordAuditEvent(tx, scope, {
      action: "appeal.decide",
      entityType: "Appeal",
      entityId: appeal.id,
      changedFields: ["status", "outcome", "decisionSummary", "decidedAt", "officerId"],
      metadata: {
        claimId: claim.id,
        outcome: input.outcome,
        appealedDeterminationId: determination.id,
        newDeterminationId: replacement?.id ?? null,
        newDeterminationOutcome: newOutcome,
        eligibilitySnapshotId: approval?.snapshotId ?? null,
      },
    });
    return tx.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
  });
}

type AppealedClaim = Prisma.AppealGetPayload<{ include: typeof APPEAL_INCLUDE }>["claim"];

/** An approval on appeal needs dates within the leave asked for and a benefit the rules computed. */
function checkApproval(
  claim: AppealedClaim,
  input: { approvedStartDate?: string | null; approvedEndDate?: string | null },
) {
  const issues = [];
  if (!input.approvedStartDate)
    issues.push({ path: ["input", "approvedStartDate"], message: "Enter the first approved day." });
  if (!input.approvedEndDate)
    issues.push({ path: ["input", "approvedEndDate"], message: "Enter the last approved day." });
  if (issues.length > 0) throw new InvalidInputError(issues, "This outcome approves leave: enter the approved dates.");
  const startDate = input.approvedStartDate!;
  const endDate = input.approvedEndDate!;
  const requested = claim.leavePeriods.map((p) => ({ start: toDateOnly(p.startDate), end: toDateOnly(p.endDate) }));
  const first = requested.map((p) => p.start).sort()[0];
  const last = requested
    .map((p) => p.end)
    .sort()
    .at(-1);
  if (!first || !last || startDate < first || endDate > last) {
    throw InvalidInputError.field(
      ["input", "approvedStartDate"],
      `Approved dates must fall within the requested leave (${first} to ${last}).`,
    );
  }
  const snapshot = claim.eligibilitySnapshots[0];
  if (!snapshot || snapshot.eligible !== true || !snapshot.weeklyBenefitAmount) {
    throw new DomainError(
      "NOT_ELIGIBLE",
      "The latest eligibility check did not find the claimant eligible. Re-run eligibility with the corrected wages before approving on appeal.",
    );
  }
  return { startDate, endDate, weeklyBenefitAmount: snapshot.weeklyBenefitAmount, snapshotId: snapshot.id };
}
