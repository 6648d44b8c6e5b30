import { addDays, fromDateOnly } from "@openleave/db";
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
import { findVisibleClaim, isClaimOwner } from "../claims/claim-access.ts";
import { attachDocuments, documentIdsSchema } from "../documents/attach-documents.ts";
import { transitionClaim } from "../claims/transition-claim.ts";
import { calendarDate } from "../claims/application-input.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { programToday } from "../programs/program-calendar.ts";

const RequestInfoInput = z.object({
  claimId: z.uuid("Unknown claim."),
  expectedVersion: z.number().int().positive(),
  message: z
    .string()
    .trim()
    .min(10, "Tell the claimant what you need (at least 10 characters).")
    .max(2000, "Keep the request under 2,000 characters."),
  dueDate: calendarDate("due date"),
});

/** Staff ask the claimant for more information; the claim waits in INFO_REQUESTED. */
export async function requestInformation(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RequestInfoInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, input.claimId, { program: true });
  const today = programToday(claim.program.jurisdiction, ctx.now());
  if (input.dueDate < addDays(today, 3)) {
    throw InvalidInputError.field(["input", "dueDate"], "Give the claimant at least 3 days to respond.");
  }
  return ctx.db.$transaction(async (tx) => {
    await transitionClaim(
      tx,
      { actor, requestId: ctx.requestId },
      {
        claimId: claim.id,
        to: "INFO_REQUESTED",
        by: "staff",
        expectedVersion: input.expectedVersion,
      },
    );
    const request = await tx.infoRequest.create({
      data: {
        claimId: claim.id,
        requestedById: actor.userId,
        message: input.message,
        dueDate: fromDateOnly(input.dueDate),
      },
    });
    await issueNotice(tx, ctx, claim.id, "INFO_REQUEST", { message: input.message, dueDate: input.dueDate });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "claim.request_information",
        entityType: "InfoRequest",
        entityId: request.id,
        metadata: { claimId: claim.id, dueDate: input.dueDate },
      },
    );
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  });
}

const RespondInput = z.object({
  infoRequestId: z.uuid("Unknown request."),
  response: z
    .string()
    .trim()
    .min(1, "Write your answer, or upload documents and say so here.")
    .max(5000, "Keep your answer under 5,000 characters."),
  documentIds: documentIdsSchema,
});

/** The claimant answers; the claim goes back into review and staff get a task to read it. */
export async function respondToInformationRequest(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RespondInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const request = await ctx.db.infoRequest.findUnique({ where: { id: input.infoRequestId } });
  if (!request) throw new NotFoundError("Information request");
  const claim = await findVisibleClaim(ctx.db, actor, request.claimId);
  if (!isClaimOwner(actor, claim)) throw new ForbiddenError("Only the claimant can answer this request.");
  if (request.respondedAt) throw new IllegalTransitionError("information request", "ANSWERED", "ANSWERED");

  return ctx.db.$transaction(async (tx) => {
    const answered = await tx.infoRequest.updateMany({
      where: { id: request.id, respondedAt: null },
      data: { respondedAt: ctx.now(), response: input.response },
    });
    if (answered.count !== 1) throw new IllegalTransitionError("information request", "ANSWERED", "ANSWERED");
    const documentIds = await attachDocuments(tx, {
      documentIds: input.documentIds,
      claimId: claim.id,
      uploadedById: actor.userId,
      link: { infoRequestId: request.id },
      path: ["input", "documentIds"],
    });
    if (claim.status === "INFO_REQUESTED") {
      await transitionClaim(
        tx,
        { actor, requestId: ctx.requestId },
        { claimId: claim.id, to: "IN_REVIEW", by: "claimant" },
      );
    }
    await tx.task.create({
      data: {
        queue: "ADJUDICATION",
        kind: "REVIEW_INFO_RESPONSE",
        claimId: claim.id,
        dueAt: new Date(ctx.now().getTime() + 2 * 86_400_000),
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "claim.respond_to_information_request",
        entityType: "InfoRequest",
        entityId: request.id,
        changedFields: ["respondedAt", "response"],
        metadata: { documentIds },
      },
    );
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  });
}
