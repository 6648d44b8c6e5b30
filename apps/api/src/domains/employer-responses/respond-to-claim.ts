// A leave administrator confirms or contests the facts of an employee's claim within the
// response window. The answer moves the claim into staff review.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  ForbiddenError,
  IllegalTransitionError,
  NotFoundError,
  StaleVersionError,
} from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";
import { transitionClaim } from "../claims/transition-claim.ts";

const CONTEST_REASONS = [
  "NOT_EMPLOYED",
  "DATES_INCORRECT",
  "WAGES_INCORRECT",
  "INSUFFICIENT_NOTICE",
  "PRIVATE_PLAN_COVERS",
  "OTHER",
] as const;

const RespondInput = z
  .object({
    employerResponseId: z.uuid("Unknown response."),
    expectedVersion: z.number().int().positive(),
    decision: z.enum(["CONFIRM", "CONTEST"]),
    contestReasons: z.array(z.enum(CONTEST_REASONS)).max(CONTEST_REASONS.length).nullish(),
    comment: z.string().trim().max(4000, "Keep the comment under 4,000 characters.").nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "CONTEST" && !input.contestReasons?.length) {
      ctx.addIssue({ code: "custom", path: ["contestReasons"], message: "Choose at least one reason you disagree." });
    }
    if (input.decision === "CONTEST" && !input.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Explain what is incorrect so staff can check it." });
    }
  });

export async function respondToClaim(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RespondInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const response = await ctx.db.employerResponse.findUnique({ where: { id: input.employerResponseId } });
  if (!response) throw new NotFoundError("Employer response");
  if (!actor.verifiedEmployerIds.includes(response.employerId)) {
    throw new ForbiddenError("Only a verified leave administrator of this employer can respond.");
  }
  const claim = await findVisibleClaim(ctx.db, actor, response.claimId);
  if (response.status !== "PENDING")
    throw new IllegalTransitionError(
      "employer response",
      response.status,
      input.decision === "CONFIRM" ? "CONFIRMED" : "CONTESTED",
    );
  if (response.version !== input.expectedVersion) throw new StaleVersionError("employer response", response.version);

  return ctx.db.$transaction(async (tx) => {
    const status = input.decision === "CONFIRM" ? "CONFIRMED" : "CONTESTED";
    const updated = await tx.employerResponse.updateMany({
      where: { id: response.id, status: "PENDING", version: input.expectedVersion },
      data: {
        status,
        respondedById: actor.userId,
        respondedAt: ctx.now(),
        contestReasons: input.contestReasons ?? [],
        comment: input.comment ?? null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new StaleVersionError("employer response", response.version + 1);
    await tx.task.updateMany({
      where: { claimId: claim.id, kind: "EMPLOYER_RESPONSE", status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "DONE", completedAt: ctx.now() },
    });
    if (claim.status === "PENDING_EMPLOYER_RESPONSE") {
      await transitionClaim(
        tx,
        { actor, requestId: ctx.requestId },
        {
          claimId: claim.id,
          to: "IN_REVIEW",
          by: "system",
          reason: `Employer ${status.toLowerCase()} the claim`,
        },
      );
    }
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: `employer_response.${status.toLowerCase()}`,
        entityType: "EmployerResponse",
        entityId: response.id,
        changedFields: ["status", "contestReasons", "comment"],
        metadata: { claimId: claim.id, contestReasons: input.contestReasons ?? [] },
      },
    );
    return tx.employerResponse.findUniqueOrThrow({ where: { id: response.id } });
  });
}
