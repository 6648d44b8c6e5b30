import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleAppeal, isAppellant } from "./appeal-access.ts";
import { transitionAppeal } from "./transition-appeal.ts";

const WithdrawAppealInput = z.object({
  appealId: z.uuid("Unknown appeal."),
  expectedVersion: z.number().int().positive().nullish(),
});

/** The side that filed an appeal drops it before it is decided; the hearing work is cancelled. */
export async function withdrawAppeal(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(WithdrawAppealInput, rawInput);
  const actor = ctx.actor!;
  const appeal = await findVisibleAppeal(ctx.db, actor, input.appealId, {
    claim: { select: { claimantId: true, employerId: true } },
  });
  if (!isAppellant(actor, appeal, appeal.claim))
    throw new ForbiddenError("Only the side that filed this appeal can withdraw it.");

  return ctx.db.$transaction(async (tx) => {
    const scope = { actor, requestId: ctx.requestId };
    await transitionAppeal(tx, scope, {
      appealId: appeal.id,
      to: "WITHDRAWN",
      by: "appellant",
      expectedVersion: input.expectedVersion ?? undefined,
    });
    await tx.task.updateMany({
      where: { appealId: appeal.id, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "CANCELLED", completedAt: ctx.now() },
    });
    await recordAuditEvent(tx, scope, {
      action: "appeal.withdraw",
      entityType: "Appeal",
      entityId: appeal.id,
      changedFields: ["status"],
      metadata: { claimId: appeal.claimId, appellantRole: appeal.appellantRole },
    });
    return tx.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
  });
}
