// An appeals officer sets (or moves) the hearing and takes the appeal on.
import { z } from "zod";
import type { Language, Prisma } from "@openleave/db";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { issueNotice } from "../notices/issue-notice.ts";
import { queueEmails } from "../notifications/email-outbox.ts";
import { hearingScheduledEmail } from "../notifications/email-templates.ts";
import { programTimeZone } from "../programs/program-calendar.ts";
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
    // The claimant's notice of hearing (PDF, emailed with its link); an employer appellant is
    // told by email.
    await issueNotice(tx, ctx, appeal.claimId, "HEARING_SCHEDULED", { hearingAt }, { appealId: appeal.id });
    await queueHearingEmail(tx, appeal.id, hearingAt, ctx.config.programPolicy);
    return tx.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
  });
}

/** Tells an appellant other than the claimant (an employer) when the hearing is, in their language
 * and the program's time zone; a rescheduled hearing is a new message. The claimant's is the
 * HEARING_SCHEDULED notice. */
async function queueHearingEmail(
  tx: Prisma.TransactionClient,
  appealId: string,
  hearingAt: Date,
  policy: RequestContext["config"]["programPolicy"],
) {
  const appeal = await tx.appeal.findUniqueOrThrow({
    where: { id: appealId },
    select: {
      filedBy: { select: { id: true, name: true, preferredLanguage: true } },
      claim: {
        select: {
          id: true,
          claimNumber: true,
          program: { select: { jurisdiction: true } },
          claimant: { select: { firstName: true, user: { select: { id: true, preferredLanguage: true } } } },
        },
      },
    },
  });
  const zone = programTimeZone(appeal.claim.program.jurisdiction, policy);
  const recipients = new Map<string, { language: Language; firstName: string }>();
  if (appeal.filedBy && appeal.filedBy.id !== appeal.claim.claimant.user?.id)
    recipients.set(appeal.filedBy.id, {
      language: appeal.filedBy.preferredLanguage,
      firstName: appeal.filedBy.name.split(" ")[0] ?? "",
    });
  await queueEmails(
    tx,
    [...recipients].map(([userId, who]) => {
      const when = new Intl.DateTimeFormat(who.language === "ES" ? "es-US" : "en-US", {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: zone,
      }).format(hearingAt);
      const email = hearingScheduledEmail(who.language, {
        firstName: who.firstName,
        claimNumber: appeal.claim.claimNumber ?? "",
        hearingAt: when,
      });
      return {
        key: `appeal-scheduled:${appealId}:${hearingAt.toISOString()}:${userId}`,
        kind: "APPEAL_SCHEDULED" as const,
        recipientUserId: userId,
        claimId: appeal.claim.id,
        language: who.language,
        ...email,
      };
    }),
  );
}
