// The claimant or the employer appeals the decision currently in force on a claim. Filing
// after the deadline is accepted but marked late: whether there was good cause is for the
// appeals officer to decide, not for a form to refuse.
import { fromDateOnly } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, ForbiddenError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";
import { attachDocuments, documentIdsSchema } from "../documents/attach-documents.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { programToday } from "../programs/program-calendar.ts";
import { appellantRoleFor } from "./appeal-access.ts";
import { hearingDueDate } from "../programs/program-policy.ts";
import { deadlineOf } from "./appeal-deadlines.ts";
import { OPEN_APPEAL_STATUSES } from "./appeal-status.machine.ts";

const FileAppealInput = z.object({
  claimId: z.uuid("Unknown claim."),
  reason: z
    .string({ error: "Tell us why you disagree with the decision." })
    .trim()
    .min(10, "Tell us why you disagree with the decision (at least 10 characters).")
    .max(4000, "Keep the reason under 4,000 characters; you can upload documents as evidence."),
  documentIds: documentIdsSchema,
});

export async function fileAppeal(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(FileAppealInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, input.claimId, { program: true });
  const appellantRole = appellantRoleFor(actor, claim);
  if (!appellantRole)
    throw new ForbiddenError(
      "Only the claimant or a verified leave administrator of the employer can appeal this decision.",
    );
  const determination = await ctx.db.determination.findFirst({
    where: { claimId: claim.id, supersededBy: null },
    orderBy: { decidedAt: "desc" },
  });
  if (!determination) throw new DomainError("NOTHING_TO_APPEAL", "There is no decision on this claim to appeal yet.");

  const policy = ctx.config.programPolicy;
  const today = programToday(claim.program.jurisdiction, ctx.now(), policy);
  const deadline = deadlineOf(determination, claim.program, policy);

  return ctx.db.$transaction(async (tx) => {
    // Filings against one determination queue up here, so a double-submitted form finds the
    // appeal its twin just created instead of creating a second one.
    await tx.$queryRaw`SELECT id FROM "Determination" WHERE id = ${determination.id}::uuid FOR UPDATE`;
    const open = await tx.appeal.findFirst({
      where: { determinationId: determination.id, appellantRole, status: { in: [...OPEN_APPEAL_STATUSES] } },
    });
    if (open) return open;
    if ((await tx.determination.count({ where: { supersedesId: determination.id } })) > 0) {
      throw new DomainError(
        "DETERMINATION_SUPERSEDED",
        "This decision was just replaced by a new one. Reload the claim to see it.",
      );
    }

    const appeal = await tx.appeal.create({
      data: {
        claimId: claim.id,
        determinationId: determination.id,
        appellantRole,
        filedById: actor.userId,
        filedAt: ctx.now(),
        deadline: fromDateOnly(deadline),
        filedLate: today > deadline,
        reason: input.reason,
      },
    });
    const documentIds = await attachDocuments(tx, {
      documentIds: input.documentIds,
      claimId: claim.id,
      uploadedById: actor.userId,
      link: { appealId: appeal.id },
      path: ["input", "documentIds"],
    });
    await tx.task.create({
      data: {
        queue: "APPEALS",
        kind: "HOLD_APPEAL_HEARING",
        claimId: claim.id,
        appealId: appeal.id,
        dueAt: fromDateOnly(hearingDueDate(claim.program, today, policy)),
      },
    });
    await issueNotice(
      tx,
      ctx,
      claim.id,
      "APPEAL_ACKNOWLEDGMENT",
      {},
      { appealId: appeal.id, determinationId: determination.id },
    );
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "appeal.file",
        entityType: "Appeal",
        entityId: appeal.id,
        changedFields: ["status", "reason"],
        metadata: {
          claimId: claim.id,
          determinationId: determination.id,
          appellantRole,
          deadline,
          filedLate: appeal.filedLate,
          documentIds,
        },
      },
    );
    return appeal;
  });
}
