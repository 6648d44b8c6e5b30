// A claimant asks to extend an approved leave period past its end date. The request is kept
// (the period keeps its dates until staff decide), a review task goes to the adjudication
// queue, and the request is audited — all in one transaction. Only an approved or partially
// approved claim's approved period, from before its end until the program's window after it
// closes (packages/rules: extensionRequestDays), and one pending request per period at a time.
import { addDays, fromDateOnly, toDateOnly } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
} from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { calendarDate } from "../claims/application-input.ts";
import { findVisibleClaim, isClaimOwner } from "../claims/claim-access.ts";
import { programToday } from "../programs/program-calendar.ts";
import { decisionDueDate, extensionRequestLastDay } from "../programs/program-policy.ts";

const ExtensionInput = z.object({
  leavePeriodId: z.uuid("Unknown leave period."),
  requestedEndDate: calendarDate("new last day of leave"),
  reason: z
    .string()
    .trim()
    .min(1, "Tell us why you need more time.")
    .max(2000, "Keep the reason under 2,000 characters."),
  documentId: z.uuid("Unknown document.").nullish(),
});

const EXTENDABLE_CLAIM_STATUSES: ReadonlySet<string> = new Set(["APPROVED", "PARTIALLY_APPROVED"]);
/** The longest extension one request may ask for; staff decide what the entitlement allows. */
const MAX_EXTENSION_DAYS = 52 * 7;

export async function requestLeaveExtension(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ExtensionInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const period = await ctx.db.leavePeriod.findUnique({ where: { id: input.leavePeriodId } });
  if (!period) throw new NotFoundError("Leave period");
  const claim = await findVisibleClaim(ctx.db, actor, period.claimId, { program: true });
  if (!isClaimOwner(actor, claim)) throw new ForbiddenError("Only the claimant asks to extend their leave.");
  if (!EXTENDABLE_CLAIM_STATUSES.has(claim.status) || period.decision !== "APPROVED")
    throw new IllegalTransitionError("leave period", period.decision, "EXTENSION_REQUESTED");

  const currentEnd = toDateOnly(period.endDate);
  // An approved extension is a period of its own starting the day after: extend that one.
  const continued = await ctx.db.leavePeriod.findFirst({
    where: { claimId: claim.id, decision: "APPROVED", startDate: fromDateOnly(addDays(currentEnd, 1)) },
  });
  if (continued)
    throw InvalidInputError.field(
      ["input", "leavePeriodId"],
      `This leave was already extended through ${toDateOnly(continued.endDate)}. Ask to extend that part instead.`,
    );
  const today = programToday(claim.program.jurisdiction, ctx.now(), ctx.config.programPolicy);
  const lastDay = extensionRequestLastDay(claim.program, currentEnd, ctx.config.programPolicy);
  if (today > lastDay)
    throw InvalidInputError.field(
      ["input", "leavePeriodId"],
      `This leave ended on ${currentEnd}; an extension could be asked for until ${lastDay}. Apply again for new leave.`,
    );
  if (input.requestedEndDate <= currentEnd)
    throw InvalidInputError.field(
      ["input", "requestedEndDate"],
      `Choose a date after ${currentEnd}, the current last day of this leave.`,
    );
  if (input.requestedEndDate > addDays(currentEnd, MAX_EXTENSION_DAYS))
    throw InvalidInputError.field(
      ["input", "requestedEndDate"],
      "An extension can ask for up to 52 more weeks. For longer leave, apply again.",
    );

  return ctx.db.$transaction(async (tx) => {
    // One pending request per period: the lock makes two concurrent asks wait for each other.
    await tx.$queryRaw`SELECT 1 FROM "LeavePeriod" WHERE id = ${period.id}::uuid FOR UPDATE`;
    const pending = await tx.leaveExtensionRequest.findFirst({
      where: { leavePeriodId: period.id, status: "PENDING" },
    });
    if (pending)
      throw InvalidInputError.field(
        ["input", "leavePeriodId"],
        "You have already asked to extend this leave. We will decide that request first.",
      );
    if (input.documentId) {
      const document = await tx.document.findFirst({
        where: {
          id: input.documentId,
          claimId: claim.id,
          uploadedById: actor.userId,
          status: { in: ["UPLOADED", "ACCEPTED"] },
        },
      });
      if (!document)
        throw InvalidInputError.field(
          ["input", "documentId"],
          "That document cannot be sent with this request: upload it again, then send.",
        );
    }
    const request = await tx.leaveExtensionRequest.create({
      data: {
        claimId: claim.id,
        leavePeriodId: period.id,
        currentEndDate: period.endDate,
        requestedEndDate: fromDateOnly(input.requestedEndDate),
        reason: input.reason,
        documentId: input.documentId ?? null,
        requestedById: actor.userId,
      },
    });
    await tx.task.create({
      data: {
        queue: "ADJUDICATION",
        kind: "REVIEW_LEAVE_EXTENSION",
        claimId: claim.id,
        dueAt: fromDateOnly(decisionDueDate(claim.program, today, ctx.config.programPolicy)),
      },
    });
    // The reason may describe the condition: the trail keeps the dates, never the words.
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "leave_extension.request",
        entityType: "LeaveExtensionRequest",
        entityId: request.id,
        changedFields: ["requestedEndDate", "reason", ...(input.documentId ? ["documentId"] : [])],
        metadata: {
          claimId: claim.id,
          leavePeriodId: period.id,
          currentEndDate: currentEnd,
          requestedEndDate: input.requestedEndDate,
          ...(input.documentId ? { documentId: input.documentId } : {}),
        },
      },
    );
    return request;
  });
}
