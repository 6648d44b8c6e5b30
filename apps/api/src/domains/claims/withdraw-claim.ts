import { z } from "zod";
import { ForbiddenError } from "../../errors/domain-errors.ts";
import { isStaff, type RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { findVisibleClaim, isClaimOwner } from "./claim-access.ts";
import { transitionClaim } from "./transition-claim.ts";

const WithdrawInput = z.object({
  claimId: z.uuid("Unknown claim."),
  expectedVersion: z.number().int().positive().nullish(),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").nullish(),
});

/**
 * The claimant (or staff on their behalf) withdraws a claim before it is decided. A draft is
 * not withdrawn but discarded (discard-application.ts).
 */
export async function withdrawClaim(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(WithdrawInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, input.claimId);
  const owner = isClaimOwner(actor, claim);
  if (!owner && !isStaff(actor)) throw new ForbiddenError("Only the claimant or program staff can withdraw a claim.");

  return ctx.db.$transaction(async (tx) => {
    const scope = { actor, requestId: ctx.requestId };
    await transitionClaim(tx, scope, {
      claimId: claim.id,
      to: "WITHDRAWN",
      by: owner ? "claimant" : "staff",
      expectedVersion: input.expectedVersion ?? undefined,
      reason: input.reason ?? undefined,
      data: { withdrawnAt: ctx.now() },
    });
    await tx.task.updateMany({
      where: { claimId: claim.id, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "CANCELLED", completedAt: ctx.now() },
    });
    await tx.employerResponse.updateMany({
      where: { claimId: claim.id, status: "PENDING" },
      data: { status: "EXPIRED" },
    });
    await issueNotice(tx, ctx, claim.id, "WITHDRAWAL", {});
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
  });
}
