// An appeals officer sets (or moves) the hearing and takes the appeal on.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { InvalidInputError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleAppeal } from "./appeal-access.ts";
import { MAX_HEARING_LEAD_DAYS } from "./appeal-deadlines.ts";
import { transitionAppeal } from "./transition-appeal.ts";

const ScheduleHearingInput = z.object({
  appealId: z.uuid("Unknown appeal."),
  expectedVersion: z.number().int().positive(),
  hearingAt: z.iso.datetime({
    offset: true,
    error: "Enter the hearing date and time with its time zone, like 2026-03-14T10:00:00-08:00.",
  }),
});

export async function scheduleHearing(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ScheduleHearingInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const appeal = await findVisibleAppeal(ctx.db, actor, input.appealId, {});
  const hearingAt = new Date(input.hearingAt);
  const now = ctx.now();
  if (hearingAt <= now) throw InvalidInputError.field(["input", "hearingAt"], "The hearing must be in the future.");
  if (hearingAt.getTime() > now.getTime() + MAX_HEARING_LEAD_DAYS * 86_400_000) {
    throw InvalidInputError.field(["input", "hearingAt"], `Schedule the hearing within ${MAX_HEARING_LEAD_DAYS} days.`);
  }

  return ctx.db.$transaction(async (tx) => {
    const scope = { actor, requestId: ctx.requestId };
    const { from } = await transitionAppeal(tx, scope, {
      appealId: appeal.id,
      to: "HEARING_SCHEDULED",
      by: "officer",
      expectedVersion: input.expectedVersion,
      data: { hearingAt, officerId: actor.userId },
    });
    // The hearing task is now this officer's, due when the hearing is.
    await tx.task.updateMany({
      where: { appealId: appeal.id, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "IN_PROGRESS", assigneeId: actor.userId, dueAt: hearingAt },
    });
    await recordAuditEvent(tx, scope, {
      action: from === "HEARING_SCHEDULED" ? "appeal.reschedule_hearing" : "appeal.schedule_hearing",
      entityType: "Appeal",
      entityId: appeal.id,
      changedFields: ["hearingAt", "officerId"],
      metadata: { claimId: appeal.claimId, hearingAt: hearingAt.toISOString() },
    });
    return tx.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
  });
}
