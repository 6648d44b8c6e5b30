// Reminders to claimants before their own deadlines pass by themselves (the daily timers):
// a request for information still unanswered a few days before it is due, and the last days to
// appeal a decision that denied all or part of the leave. How many days ahead is the rules
// package's (infoRequestReminderDays, appealReminderDays), in the program's calendar. Each
// message is keyed by its deadline and recipient, so it is written once however often the
// timer runs, and a day the worker missed is caught up the next day.
import { addDays, fromDateOnly, toDateOnly, type Database } from "@openleave/db";
import type { PolicyOverrides } from "@openleave/rules";
import { rulesFor } from "../programs/program-policy.ts";
import { queueEmails } from "./email-outbox.ts";
import { appealDeadlineReminderEmail, infoRequestReminderEmail } from "./email-templates.ts";

interface ReminderScope {
  /** The programs' shared calendar date. */
  today: string;
  programIds: string[];
  programPolicy?: PolicyOverrides;
  /** The portal's address, for the link to the claim. */
  portalUrl?: string;
}

async function programsIn(db: Database, programIds: string[]) {
  return db.program.findMany({
    where: { id: { in: programIds } },
    select: { id: true, jurisdiction: true, code: true },
  });
}

function claimLink(portalUrl: string | undefined, claimId: string) {
  return portalUrl ? `${portalUrl.replace(/\/+$/, "")}/claims/${claimId}` : null;
}

/** Requests for information due within the program's reminder days, not answered or lapsed. */
export async function remindClaimantsOfInfoRequests(db: Database, scope: ReminderScope): Promise<number> {
  let queued = 0;
  for (const program of await programsIn(db, scope.programIds)) {
    const days = rulesFor(program, scope.today, scope.programPolicy ?? {}).infoRequestReminderDays.value;
    const due = await db.infoRequest.findMany({
      where: {
        respondedAt: null,
        lapsedAt: null,
        dueDate: { gte: fromDateOnly(scope.today), lte: fromDateOnly(addDays(scope.today, days)) },
        claim: { programId: program.id, status: "INFO_REQUESTED" },
      },
      select: {
        id: true,
        dueDate: true,
        claim: {
          select: {
            id: true,
            claimNumber: true,
            claimant: { select: { firstName: true, user: { select: { id: true, preferredLanguage: true } } } },
          },
        },
      },
    });
    queued += await queueEmails(
      db,
      due.flatMap((request) => {
        const user = request.claim.claimant.user;
        if (!user) return [];
        return [
          {
            key: `info-request-reminder:${request.id}:${user.id}`,
            kind: "INFO_REQUEST_REMINDER" as const,
            recipientUserId: user.id,
            claimId: request.claim.id,
            language: user.preferredLanguage,
            ...infoRequestReminderEmail(user.preferredLanguage, {
              firstName: request.claim.claimant.firstName,
              claimNumber: request.claim.claimNumber ?? "",
              dueDate: toDateOnly(request.dueDate),
              link: claimLink(scope.portalUrl, request.claim.id),
            }),
          },
        ];
      }),
    );
  }
  return queued;
}

/**
 * Decisions that denied all or part of the leave, still in force, whose appeal deadline is
 * within the program's reminder days and that no one has appealed yet.
 */
export async function remindClaimantsOfAppealDeadlines(db: Database, scope: ReminderScope): Promise<number> {
  let queued = 0;
  for (const program of await programsIn(db, scope.programIds)) {
    const days = rulesFor(program, scope.today, scope.programPolicy ?? {}).appealReminderDays.value;
    const due = await db.determination.findMany({
      where: {
        outcome: { in: ["DENIED", "PARTIALLY_APPROVED"] },
        supersededBy: { is: null },
        appealWindowClosedAt: null,
        appealDeadline: { gte: fromDateOnly(scope.today), lte: fromDateOnly(addDays(scope.today, days)) },
        appeals: { none: {} },
        claim: { programId: program.id },
      },
      select: {
        id: true,
        outcome: true,
        appealDeadline: true,
        claim: {
          select: {
            id: true,
            claimNumber: true,
            claimant: { select: { firstName: true, user: { select: { id: true, preferredLanguage: true } } } },
          },
        },
      },
    });
    queued += await queueEmails(
      db,
      due.flatMap((determination) => {
        const user = determination.claim.claimant.user;
        if (!user || !determination.appealDeadline) return [];
        return [
          {
            key: `appeal-deadline-reminder:${determination.id}:${user.id}`,
            kind: "APPEAL_DEADLINE_REMINDER" as const,
            recipientUserId: user.id,
            claimId: determination.claim.id,
            language: user.preferredLanguage,
            ...appealDeadlineReminderEmail(user.preferredLanguage, {
              firstName: determination.claim.claimant.firstName,
              claimNumber: determination.claim.claimNumber ?? "",
              outcome: determination.outcome === "DENIED" ? "DENIED" : "PARTIALLY_APPROVED",
              appealDeadline: toDateOnly(determination.appealDeadline),
              link: claimLink(scope.portalUrl, determination.claim.id),
            }),
          },
        ];
      }),
    );
  }
  return queued;
}
