// Deadlines that pass by themselves. Each timer selects what is past due on its program's
// `today` — the calendar date where the program's agency is (a Hawaii deadline has not passed
// while it is still that day in Honolulu, whatever the date in California) — and changes it only
// if it is still in the state it was selected in (a conditional update), so running a timer
// twice, or two workers at once, changes it once.
import { fromDateOnly, type Database, type Prisma } from "@openleave/db";
import type { PolicyOverrides } from "@openleave/rules";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  remindClaimantsOfAppealDeadlines,
  remindClaimantsOfInfoRequests,
} from "../notifications/claimant-reminders.ts";
import { remindEmployersOfDueResponses } from "../notifications/employer-notifications.ts";
import { programToday } from "../programs/program-calendar.ts";

const SYSTEM = { actor: null };

export interface TimerRunResult {
  employerResponsesExpired: number;
  infoRequestsLapsed: number;
  appealWindowsClosed: number;
  employerRemindersQueued: number;
  claimantRemindersQueued: number;
}

export interface TimerOptions {
  /** The portal's address, for the link in reminders. */
  portalUrl?: string;
  programPolicy?: PolicyOverrides;
}

/** The programs whose agencies share one calendar date at the moment the timers run. */
interface TimerScope {
  today: string;
  programIds: string[];
}

export async function runTimers(db: Database, now: Date, options: TimerOptions = {}): Promise<TimerRunResult> {
  const result: TimerRunResult = {
    employerResponsesExpired: 0,
    infoRequestsLapsed: 0,
    appealWindowsClosed: 0,
    employerRemindersQueued: 0,
    claimantRemindersQueued: 0,
  };
  for (const scope of await scopesAt(db, now, options.programPolicy)) {
    result.employerResponsesExpired += await expireEmployerResponses(db, scope);
    // After the expiry, so a response that closed today gets no reminder.
    result.employerRemindersQueued += await remindEmployersOfDueResponses(db, scope.today, {
      ...options,
      programIds: scope.programIds,
    });
    result.infoRequestsLapsed += await lapseInfoRequests(db, scope);
    result.appealWindowsClosed += await closeAppealWindows(db, scope);
    // After the lapses and closings, so a deadline that passed today gets no reminder.
    const reminderScope = { ...scope, programPolicy: options.programPolicy, portalUrl: options.portalUrl };
    result.claimantRemindersQueued += await remindClaimantsOfInfoRequests(db, reminderScope);
    result.claimantRemindersQueued += await remindClaimantsOfAppealDeadlines(db, reminderScope);
  }
  return result;
}

async function scopesAt(db: Database, now: Date, policy: PolicyOverrides = {}): Promise<TimerScope[]> {
  const programs = await db.program.findMany({ select: { id: true, jurisdiction: true }, orderBy: { code: "asc" } });
  const byDate = new Map<string, string[]>();
  for (const program of programs) {
    const today = programToday(program.jurisdiction, now, policy);
    byDate.set(today, [...(byDate.get(today) ?? []), program.id]);
  }
  return [...byDate].map(([today, programIds]) => ({ today, programIds }));
}

/** An employer who did not answer by the due date: the response expires, its task closes and
 * the claim moves on to review without it. */
async function expireEmployerResponses(db: Database, { today, programIds }: TimerScope): Promise<number> {
  const due = await db.employerResponse.findMany({
    where: { status: "PENDING", dueDate: { lt: fromDateOnly(today) }, claim: { programId: { in: programIds } } },
    select: { id: true, claimId: true },
  });
  let expired = 0;
  for (const response of due) {
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.employerResponse.updateMany({
        where: { id: response.id, status: "PENDING" },
        data: { status: "EXPIRED", version: { increment: 1 } },
      });
      if (count === 0) return false;
      await closeTasks(tx, response.claimId, "EMPLOYER_RESPONSE");
      const moved = await moveClaim(
        tx,
        response.claimId,
        "PENDING_EMPLOYER_RESPONSE",
        "IN_REVIEW",
        "employer response window expired",
      );
      if (moved) await openReviewTask(tx, response.claimId, "REVIEW_CLAIM");
      await recordAuditEvent(tx, SYSTEM, {
        action: "employerResponse.expire",
        entityType: "EmployerResponse",
        entityId: response.id,
        changedFields: ["status"],
        metadata: { claimId: response.claimId, today, claimMovedToReview: moved },
      });
      return true;
    });
    if (changed) expired++;
  }
  return expired;
}

/** A request for information not answered by its due date lapses into a decision task. */
async function lapseInfoRequests(db: Database, { today, programIds }: TimerScope): Promise<number> {
  const due = await db.infoRequest.findMany({
    where: {
      respondedAt: null,
      lapsedAt: null,
      dueDate: { lt: fromDateOnly(today) },
      claim: { programId: { in: programIds } },
    },
    select: { id: true, claimId: true },
  });
  let lapsed = 0;
  for (const request of due) {
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.infoRequest.updateMany({
        where: { id: request.id, respondedAt: null, lapsedAt: null },
        data: { lapsedAt: new Date() },
      });
      if (count === 0) return false;
      const moved = await moveClaim(tx, request.claimId, "INFO_REQUESTED", "IN_REVIEW", "information request lapsed");
      if (moved) await openReviewTask(tx, request.claimId, "REVIEW_CLAIM");
      await recordAuditEvent(tx, SYSTEM, {
        action: "infoRequest.lapse",
        entityType: "InfoRequest",
        entityId: request.id,
        changedFields: ["lapsedAt"],
        metadata: { claimId: request.claimId, today, claimMovedToReview: moved },
      });
      return true;
    });
    if (changed) lapsed++;
  }
  return lapsed;
}

/** Once a decision's appeal deadline has passed, its appeal window is recorded as closed. */
async function closeAppealWindows(db: Database, { today, programIds }: TimerScope): Promise<number> {
  const due = await db.determination.findMany({
    where: {
      appealWindowClosedAt: null,
      appealDeadline: { lt: fromDateOnly(today) },
      claim: { programId: { in: programIds } },
    },
    select: { id: true, claimId: true },
  });
  let closed = 0;
  for (const determination of due) {
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.determination.updateMany({
        where: { id: determination.id, appealWindowClosedAt: null },
        data: { appealWindowClosedAt: new Date() },
      });
      if (count === 0) return false;
      await recordAuditEvent(tx, SYSTEM, {
        action: "determination.appealWindowClose",
        entityType: "Determination",
        entityId: determination.id,
        changedFields: ["appealWindowClosedAt"],
        metadata: { claimId: determination.claimId, today },
      });
      return true;
    });
    if (changed) closed++;
  }
  return closed;
}

async function closeTasks(tx: Prisma.TransactionClient, claimId: string, kind: "EMPLOYER_RESPONSE") {
  await tx.task.updateMany({
    where: { claimId, kind, status: { in: ["OPEN", "IN_PROGRESS"] } },
    data: { status: "DONE", completedAt: new Date() },
  });
}

async function moveClaim(
  tx: Prisma.TransactionClient,
  claimId: string,
  from: "PENDING_EMPLOYER_RESPONSE" | "INFO_REQUESTED",
  to: "IN_REVIEW",
  reason: string,
): Promise<boolean> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, status: from },
    data: { status: to, version: { increment: 1 } },
  });
  if (count === 0) return false;
  await tx.claimStatusChange.create({ data: { claimId, fromStatus: from, toStatus: to, reason } });
  return true;
}

async function openReviewTask(tx: Prisma.TransactionClient, claimId: string, kind: "REVIEW_CLAIM") {
  const open = await tx.task.count({ where: { claimId, kind, status: { in: ["OPEN", "IN_PROGRESS"] } } });
  if (open > 0) return;
  await tx.task.create({ data: { queue: "ADJUDICATION", kind, claimId, dueAt: new Date() } });
}
