// Staff decide a claimant's request to extend approved leave. Like the other decisions it names
// the claim version the adjudicator saw (of two decisions at once, one wins), is audited, and
// sends the claimant a notice in their language; the request's review task is completed.
//
// An approval extends the leave as a partial approval stores approved dates: on the periods and
// on the decision. The added days become an APPROVED period of their own (the weeks already
// scheduled or paid keep their dates and amounts; the new weeks start the day after the old last
// day), denied days they cover stop being denied, and a new determination supersedes the current
// one with the new last day (same benefit), so the payment schedule pays through it. The leave
// caps and the claimant's other approved claims are checked first, inside the transaction.
import { addDays, daysBetween, fromDateOnly, toDateOnly, type Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, IllegalTransitionError, InvalidInputError, NotFoundError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { calendarDate } from "../claims/application-input.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";
import { lockPersonsClaims, refuseOverlappingClaims } from "../claims/overlapping-claims.ts";
import { touchClaimVersion } from "../claims/transition-claim.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { notifyEmployerOfDecision } from "../notifications/employer-notifications.ts";
import { scheduleClaimPayments } from "../payments/schedule-payments.ts";
import { employerWording } from "../privacy/medical-detail.ts";
import { programToday } from "../programs/program-calendar.ts";
import { appealDueDate, rulesFor } from "../programs/program-policy.ts";
import { refuseLeaveBeyondCaps } from "../review/leave-caps.ts";

/** The reason code of the determination an approved extension writes. */
export const LEAVE_EXTENDED_REASON_CODE = "LEAVE_EXTENDED";

const DecisionInput = z
  .object({
    requestId: z.uuid("Unknown extension request."),
    expectedVersion: z.number().int().positive(),
    decision: z.enum(["APPROVED", "DENIED"]),
    approvedEndDate: calendarDate("last approved day").nullish(),
    reasonCode: z.string().trim().min(2).max(60).nullish(),
    explanation: z.string().trim().min(10, "Explain the decision in a sentence or two for the notice.").max(4000),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "APPROVED" && !input.approvedEndDate)
      ctx.addIssue({ code: "custom", path: ["approvedEndDate"], message: "Enter the last approved day." });
    if (input.decision === "DENIED" && !input.reasonCode)
      ctx.addIssue({ code: "custom", path: ["reasonCode"], message: "Choose the reason for not approving." });
  });

const EXTENDABLE_CLAIM_STATUSES: ReadonlySet<string> = new Set(["APPROVED", "PARTIALLY_APPROVED"]);
const OPEN_TASK = { in: ["OPEN" as const, "IN_PROGRESS" as const] };

export async function decideLeaveExtension(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(DecisionInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const request = await ctx.db.leaveExtensionRequest.findUnique({ where: { id: input.requestId } });
  if (!request) throw new NotFoundError("Leave extension request");
  const claim = await findVisibleClaim(ctx.db, actor, request.claimId, { program: true });
  if (request.status !== "PENDING")
    throw new IllegalTransitionError("leave extension request", request.status, input.decision);

  const policy = ctx.config.programPolicy;
  const today = programToday(claim.program.jurisdiction, ctx.now(), policy);
  const currentEnd = toDateOnly(request.currentEndDate);
  const requestedEnd = toDateOnly(request.requestedEndDate);
  const denialReasons = rulesFor(claim.program, today, policy).denialReasons.value;
  const denialReason =
    input.decision === "DENIED" ? denialReasons.find((reason) => reason.code === input.reasonCode) : undefined;
  if (input.decision === "DENIED" && !denialReason)
    throw InvalidInputError.field(
      ["input", "reasonCode"],
      `Choose a reason: ${denialReasons.map((reason) => reason.code).join(", ")}.`,
    );
  const approvedEnd = input.decision === "APPROVED" ? input.approvedEndDate! : null;
  if (approvedEnd && (approvedEnd <= currentEnd || approvedEnd > requestedEnd))
    throw InvalidInputError.field(
      ["input", "approvedEndDate"],
      `Choose a last day after ${currentEnd} (the leave's current last day), up to ${requestedEnd} (the day asked for).`,
    );

  return ctx.db.$transaction(async (tx) => {
    const scope = { actor, requestId: ctx.requestId };
    // The claim version first: it locks the claim's row, so decisions on one claim take turns.
    await touchClaimVersion(tx, claim.id, input.expectedVersion);
    const taken = await tx.leaveExtensionRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: {
        status: input.decision,
        decidedAt: ctx.now(),
        decidedById: actor.userId,
        approvedEndDate: approvedEnd ? fromDateOnly(approvedEnd) : null,
        denialReasonCode: denialReason?.code ?? null,
        explanation: input.explanation,
      },
    });
    if (taken.count !== 1) {
      const now = await tx.leaveExtensionRequest.findUniqueOrThrow({ where: { id: request.id } });
      throw new IllegalTransitionError("leave extension request", now.status, input.decision);
    }

    const extended = approvedEnd
      ? await extendLeave(tx, ctx, { claimId: claim.id, request, approvedEnd, explanation: input.explanation, today })
      : null;
    if (!extended) {
      const period = await tx.leavePeriod.findUnique({ where: { id: request.leavePeriodId } });
      await issueNotice(tx, ctx, claim.id, "LEAVE_EXTENSION_DENIAL", {
        reason: input.explanation,
        denialReasonCode: denialReason!.code,
        denialReasonLabel: denialReason!.label,
        startDate: period ? toDateOnly(period.startDate) : null,
        endDate: period ? toDateOnly(period.endDate) : currentEnd,
      });
    }
    await completeReviewTask(tx, claim.id, ctx.now());
    // The claimant's words stay out of the trail (they may describe the condition).
    await recordAuditEvent(tx, scope, {
      action: "leave_extension.decide",
      entityType: "LeaveExtensionRequest",
      entityId: request.id,
      changedFields: [
        "status",
        "decidedAt",
        "decidedById",
        "explanation",
        approvedEnd ? "approvedEndDate" : "denialReasonCode",
      ],
      metadata: {
        claimId: claim.id,
        leavePeriodId: request.leavePeriodId,
        decision: input.decision,
        currentEndDate: currentEnd,
        requestedEndDate: requestedEnd,
        ...(approvedEnd
          ? {
              approvedEndDate: approvedEnd,
              determinationId: extended!.determinationId,
              paymentsScheduled: extended!.paymentsScheduled,
            }
          : { reasonCode: denialReason!.code }),
      },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  });
}

async function extendLeave(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  options: {
    claimId: string;
    request: { id: string; leavePeriodId: string; currentEndDate: Date };
    approvedEnd: string;
    explanation: string;
    today: string;
  },
) {
  const { claimId, request, approvedEnd, today } = options;
  const policy = ctx.config.programPolicy;
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { program: true, leavePeriods: { orderBy: { startDate: "asc" } } },
  });
  if (!EXTENDABLE_CLAIM_STATUSES.has(claim.status))
    throw new IllegalTransitionError("claim", claim.status, "LEAVE_EXTENDED");
  const currentEnd = toDateOnly(request.currentEndDate);
  const period = claim.leavePeriods.find((p) => p.id === request.leavePeriodId);
  if (!period || period.decision !== "APPROVED" || toDateOnly(period.endDate) !== currentEnd)
    throw new DomainError(
      "EXTENSION_OUTDATED",
      "The leave's dates changed after this request was made. Decline it, and ask the claimant to ask again if they still need more time.",
    );
  // An appeal decision replaces the determination it was filed against; extending that
  // determination under it would leave the appeal nothing to decide.
  if ((await tx.appeal.count({ where: { claimId, status: { in: ["FILED", "HEARING_SCHEDULED"] } } })) > 0)
    throw new DomainError(
      "APPEAL_PENDING",
      "An appeal of this claim's decision is open. Decide the appeal first, then the extension.",
    );
  const current = await tx.determination.findFirst({
    where: { claimId, supersededBy: null },
    orderBy: { decidedAt: "desc" },
  });
  if (!current || current.outcome === "DENIED" || !current.weeklyBenefitAmount)
    throw new IllegalTransitionError("claim", claim.status, "LEAVE_EXTENDED");

  const added = { start: addDays(currentEnd, 1), end: approvedEnd };
  await lockPersonsClaims(tx, claim.claimantId);
  await refuseOverlappingClaims(tx, {
    claimId,
    personId: claim.claimantId,
    ranges: [added],
    approvedOnly: true,
    path: ["input", "approvedEndDate"],
  });
  // The caps count every approved day of this claim after the extension, ending on its new last
  // day; so "approve through …" in the refusal names the last day the extension may reach.
  const approvedDays =
    claim.leavePeriods
      .filter((p) => p.decision === "APPROVED")
      .reduce((days, p) => days + daysBetween(toDateOnly(p.startDate), toDateOnly(p.endDate)) + 1, 0) +
    daysBetween(added.start, added.end) +
    1;
  await refuseLeaveBeyondCaps(
    tx,
    claim,
    { start: addDays(approvedEnd, -(approvedDays - 1)), end: approvedEnd },
    { now: ctx.now(), policy },
  );

  await tx.leavePeriod.create({
    data: {
      claimId,
      kind: period.kind,
      hoursPerWeek: period.hoursPerWeek,
      episodesPerMonth: period.episodesPerMonth,
      hoursPerEpisode: period.hoursPerEpisode,
      startDate: fromDateOnly(added.start),
      endDate: fromDateOnly(added.end),
      decision: "APPROVED",
    },
  });
  // Days a partial approval denied that the extension now approves: only the rest stays denied.
  for (const denied of claim.leavePeriods.filter((p) => p.decision === "DENIED")) {
    const start = toDateOnly(denied.startDate);
    const end = toDateOnly(denied.endDate);
    if (end < added.start || start > added.end) continue;
    const parts = [
      ...(start < added.start ? [{ start, end: addDays(added.start, -1) }] : []),
      ...(end > added.end ? [{ start: addDays(added.end, 1), end }] : []),
    ];
    if (parts.length === 0) {
      await tx.leavePeriod.delete({ where: { id: denied.id } });
      continue;
    }
    const [first, second] = parts;
    await tx.leavePeriod.update({
      where: { id: denied.id },
      data: { startDate: fromDateOnly(first!.start), endDate: fromDateOnly(first!.end) },
    });
    if (second)
      await tx.leavePeriod.create({
        data: {
          claimId,
          kind: denied.kind,
          hoursPerWeek: denied.hoursPerWeek,
          episodesPerMonth: denied.episodesPerMonth,
          hoursPerEpisode: denied.hoursPerEpisode,
          startDate: fromDateOnly(second.start),
          endDate: fromDateOnly(second.end),
          decision: "DENIED",
        },
      });
  }

  const previousEnd = current.approvedEndDate ? toDateOnly(current.approvedEndDate) : approvedEnd;
  const newEnd = previousEnd > approvedEnd ? previousEnd : approvedEnd;
  const startDate = current.approvedStartDate ? toDateOnly(current.approvedStartDate) : toDateOnly(period.startDate);
  const appealBy = appealDueDate(claim.program, today, policy);
  const determination = await tx.determination.create({
    data: {
      claimId,
      outcome: current.outcome,
      reasonCode: LEAVE_EXTENDED_REASON_CODE,
      explanation: options.explanation,
      weeklyBenefitAmount: current.weeklyBenefitAmount,
      approvedStartDate: fromDateOnly(startDate),
      approvedEndDate: fromDateOnly(newEnd),
      decidedById: ctx.actor!.userId,
      decidedAt: ctx.now(),
      appealDeadline: fromDateOnly(appealBy),
      supersedesId: current.id,
    },
  });
  await tx.leaveExtensionRequest.update({ where: { id: request.id }, data: { determinationId: determination.id } });
  // The payment schedule's own service: it adds the weeks now owed, and leaves every week
  // already planned alone (one row per claim and week).
  const paymentsScheduled = await scheduleClaimPayments(tx, claimId);
  await issueNotice(
    tx,
    ctx,
    claimId,
    "LEAVE_EXTENSION_APPROVAL",
    {
      reason: options.explanation,
      startDate,
      endDate: newEnd,
      weeklyBenefitAmount: current.weeklyBenefitAmount.toFixed(2),
      appealDeadline: appealBy,
    },
    {
      determinationId: determination.id,
      employerWording: employerWording({ outcome: current.outcome, reasonCode: LEAVE_EXTENDED_REASON_CODE }),
    },
  );
  await notifyEmployerOfDecision(
    tx,
    {
      id: determination.id,
      claimId,
      outcome: current.outcome,
      approvedStartDate: startDate,
      approvedEndDate: newEnd,
      appealDeadline: appealBy,
    },
    ctx.config.portalUrl,
  );
  return { determinationId: determination.id, paymentsScheduled };
}

/** The request's review task is done; one task per request, so others still pending keep theirs. */
async function completeReviewTask(tx: Prisma.TransactionClient, claimId: string, now: Date) {
  const pending = await tx.leaveExtensionRequest.count({ where: { claimId, status: "PENDING" } });
  const open = await tx.task.findMany({
    where: { claimId, kind: "REVIEW_LEAVE_EXTENSION", status: OPEN_TASK },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const done = open.slice(0, Math.max(0, open.length - pending));
  if (done.length === 0) return;
  await tx.task.updateMany({
    where: { id: { in: done.map((task) => task.id) }, status: OPEN_TASK },
    data: { status: "DONE", completedAt: now },
  });
}
