import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError, IllegalTransitionError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleClaim, isClaimOwner } from "./claim-access.ts";

const DiscardInput = z.object({ claimId: z.uuid("Unknown application.") });

/** Deletes a never-submitted draft; the audit trail keeps the fact that it existed. */
export async function discardApplication(ctx: RequestContext, rawInput: unknown): Promise<boolean> {
  const { claimId } = parseInput(DiscardInput, rawInput);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, claimId);
  if (!isClaimOwner(actor, claim)) throw new ForbiddenError("Only the person applying can discard this application.");
  if (claim.status !== "DRAFT") throw new IllegalTransitionError("claim", claim.status, "DISCARDED");
  await ctx.db.$transaction(async (tx) => {
    const deleted = await tx.claim.deleteMany({ where: { id: claim.id, status: "DRAFT" } });
    if (deleted.count !== 1) throw new IllegalTransitionError("claim", "SUBMITTED", "DISCARDED");
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      { action: "claim.discard_application", entityType: "Claim", entityId: claim.id },
    );
  });
  return true;
}
