import { z } from "zod";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";
import { transitionClaim } from "../claims/transition-claim.ts";

const StartReviewInput = z.object({ claimId: z.uuid("Unknown claim."), expectedVersion: z.number().int().positive() });

/**
 * Staff take a claim into review before the employer's window has closed (e.g. the employer
 * called in their answer). The review task is assigned to whoever starts it.
 */
export async function startReview(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(StartReviewInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  await findVisibleClaim(ctx.db, actor, input.claimId);
  return ctx.db.$transaction(async (tx) => {
    await transitionClaim(
      tx,
      { actor, requestId: ctx.requestId },
      {
        claimId: input.claimId,
        to: "IN_REVIEW",
        by: "staff",
        expectedVersion: input.expectedVersion,
      },
    );
    await tx.task.updateMany({
      where: { claimId: input.claimId, kind: "REVIEW_CLAIM", status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "IN_PROGRESS", assigneeId: actor.userId },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: input.claimId } });
  });
}
