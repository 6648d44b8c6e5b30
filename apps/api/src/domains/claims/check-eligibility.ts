import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError } from "../../errors/domain-errors.ts";
import { isStaff, type RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleClaim, isClaimOwner } from "./claim-access.ts";
import { evaluateClaimEligibility } from "./claim-eligibility.ts";

const CheckEligibilityInput = z.object({ claimId: z.uuid("Unknown application.") });

/**
 * The claimant's estimate (on a draft) or staff's re-check (on a claim): evaluates the rules on
 * the wages reported so far, keeps the snapshot, and returns its id.
 */
export async function checkEligibility(ctx: RequestContext, rawInput: unknown): Promise<string> {
  const { claimId } = parseInput(CheckEligibilityInput, rawInput);
  const claim = await findVisibleClaim(ctx.db, ctx.actor, claimId, { program: true, leavePeriods: true });
  if (!isClaimOwner(ctx.actor, claim) && !isStaff(ctx.actor)) throw new ForbiddenError();
  return ctx.db.$transaction(async (tx) => {
    const outcome = await evaluateClaimEligibility(tx, claim, ctx.now(), ctx.config.programPolicy);
    await recordAuditEvent(
      tx,
      { actor: ctx.actor, requestId: ctx.requestId },
      {
        action: "claim.check_eligibility",
        entityType: "EligibilitySnapshot",
        entityId: outcome.snapshotId,
        metadata: {
          claimId: claim.id,
          eligible: outcome.result?.eligible ?? null,
          errorCode: outcome.error?.code ?? null,
        },
      },
    );
    return outcome.snapshotId;
  });
}
