import { Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError, InvalidInputError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";

const CreateApplicationInput = z.object({
  programId: z.uuid("Choose a program."),
  employerId: z.uuid("Choose an employer from the list.").nullish(),
  /** Chosen by the client per "start application" click; a retried request returns the same draft. */
  createKey: z
    .string()
    .trim()
    .min(8, "createKey must be 8 to 100 characters.")
    .max(100, "createKey must be 8 to 100 characters.")
    .nullish(),
});

/** A claimant starts an application (a claim in DRAFT) for themselves. */
export async function createApplication(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(CreateApplicationInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  if (!actor.personId)
    throw new ForbiddenError(
      "Your account is not yet linked to your wage records. Confirm your identity (name, date of birth and SSN) on your account page first.",
    );

  if (input.createKey) {
    const existing = await ctx.db.claim.findUnique({
      where: { createdById_createKey: { createdById: actor.userId, createKey: input.createKey } },
    });
    if (existing) return existing;
  }
  const program = await ctx.db.program.findFirst({ where: { id: input.programId, active: true } });
  if (!program) throw InvalidInputError.field(["input", "programId"], "Choose one of the programs listed.");
  if (input.employerId) await assertClaimantEmployer(ctx, actor.personId, input.employerId, ["input", "employerId"]);

  try {
    return await ctx.db.$transaction(async (tx) => {
      const claim = await tx.claim.create({
        data: {
          programId: program.id,
          claimantId: actor.personId!,
          createdById: actor.userId,
          employerId: input.employerId ?? null,
          createKey: input.createKey ?? null,
          statusHistory: { create: { toStatus: "DRAFT", actorId: actor.userId } },
        },
      });
      await recordAuditEvent(
        tx,
        { actor, requestId: ctx.requestId },
        {
          action: "claim.create_application",
          entityType: "Claim",
          entityId: claim.id,
          changedFields: ["programId", "employerId", "status"],
        },
      );
      return claim;
    });
  } catch (error) {
    // Two concurrent retries with the same key: the loser returns the winner's draft.
    if (input.createKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return ctx.db.claim.findUniqueOrThrow({
        where: { createdById_createKey: { createdById: actor.userId, createKey: input.createKey } },
      });
    }
    throw error;
  }
}

/** The employer must be one the claimant's wages were reported by. */
export async function assertClaimantEmployer(
  ctx: Pick<RequestContext, "db">,
  personId: string,
  employerId: string,
  path: string[],
) {
  const employment = await ctx.db.employment.findFirst({ where: { personId, employerId } });
  const wages = employment ? null : await ctx.db.wageRecord.findFirst({ where: { personId, employerId } });
  if (!employment && !wages) throw InvalidInputError.field(path, "Choose one of your employers from the list.");
}
