// Emails to an employer's leave administrators, each in the administrator's own language,
// through the outbox: a claim needs their response, its deadline is two business days away, a
// decision was made on it, or it went to the employer's private plan. Only what an employer may
// see goes in them (the claim number, the worker's name, dates, the outcome): never the
// condition, a staff explanation or an SSN.
// Each message is keyed by its event and recipient, so it is written once however often the
// event or the daily timer runs.
import { fromDateOnly, toDateOnly, type Database, type Language, type Prisma } from "@openleave/db";
import type { PolicyOverrides } from "@openleave/rules";
import { dueSoonThrough } from "../employers/response-due-windows.ts";
import { queueEmails, type QueuedEmail } from "./email-outbox.ts";
import {
  employerDecisionEmail,
  employerGrievanceFindingEmail,
  employerPrivatePlanClaimEmail,
  employerResponseReminderEmail,
  employerResponseRequestedEmail,
  type EmployerClaimFacts,
} from "./employer-email-templates.ts";

type Db = Prisma.TransactionClient | Database;

/** Verified, enabled administrators of an employer: the people who can act on its claims. */
async function administratorsOf(db: Db, employerId: string) {
  const admins = await db.leaveAdministrator.findMany({
    where: { employerId, verifiedAt: { not: null }, user: { disabledAt: null } },
    select: { user: { select: { id: true, preferredLanguage: true } } },
    orderBy: { createdAt: "asc" },
  });
  return admins.map((a) => a.user);
}

async function claimFacts(db: Db, claimId: string, employerId: string, portalUrl: string | undefined) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      claimNumber: true,
      program: { select: { name: true } },
      employer: { select: { name: true } },
      claimant: { select: { firstName: true, lastName: true } },
    },
  });
  return {
    claimNumber: claim.claimNumber ?? "",
    programName: claim.program.name,
    employerName: claim.employer?.name ?? "",
    workerName: `${claim.claimant.firstName} ${claim.claimant.lastName}`,
    link: portalUrl ? `${portalUrl.replace(/\/+$/, "")}/employers/${employerId}/claims/${claimId}` : null,
  } satisfies Omit<EmployerClaimFacts, "dueDate">;
}

function emailsFor(
  admins: { id: string; preferredLanguage: Language }[],
  event: { key: string; kind: QueuedEmail["kind"]; claimId: string },
  render: (language: Language) => { subject: string; body: string },
): QueuedEmail[] {
  return admins.map((admin) => ({
    key: `${event.key}:${admin.id}`,
    kind: event.kind,
    recipientUserId: admin.id,
    claimId: event.claimId,
    language: admin.preferredLanguage,
    ...render(admin.preferredLanguage),
  }));
}

/** A submitted claim names the employer: ask its administrators to respond by the due date. */
export async function notifyEmployerResponseRequested(
  tx: Prisma.TransactionClient,
  response: { id: string; claimId: string; employerId: string; dueDate: string },
  portalUrl: string | undefined,
) {
  const admins = await administratorsOf(tx, response.employerId);
  if (admins.length === 0) return 0;
  const facts = {
    ...(await claimFacts(tx, response.claimId, response.employerId, portalUrl)),
    dueDate: response.dueDate,
  };
  return queueEmails(
    tx,
    emailsFor(
      admins,
      {
        key: `employer-response-requested:${response.id}`,
        kind: "EMPLOYER_RESPONSE_REQUESTED",
        claimId: response.claimId,
      },
      (language) => employerResponseRequestedEmail(language, facts),
    ),
  );
}

/**
 * The daily reminder: every response still pending whose due date is at most two business days
 * after `today` on its program's holiday calendar (the rules package's). Keyed per response and
 * administrator, so a reminder goes out once even when the timer runs twice, and a day the
 * worker missed is caught up the next day rather than skipped.
 */
export async function remindEmployersOfDueResponses(
  db: Database,
  today: string,
  options: { portalUrl?: string; programPolicy?: PolicyOverrides; programIds?: string[] } = {},
): Promise<number> {
  const programs = await db.program.findMany({
    where: options.programIds ? { id: { in: options.programIds } } : {},
    select: { id: true, jurisdiction: true, code: true },
  });
  let queued = 0;
  for (const program of programs) {
    const through = dueSoonThrough(program, today, options.programPolicy ?? {});
    const due = await db.employerResponse.findMany({
      where: {
        status: "PENDING",
        claim: { programId: program.id },
        dueDate: { gte: fromDateOnly(today), lte: fromDateOnly(through) },
      },
      select: { id: true, claimId: true, employerId: true, dueDate: true },
    });
    for (const response of due) {
      const admins = await administratorsOf(db, response.employerId);
      if (admins.length === 0) continue;
      const facts = {
        ...(await claimFacts(db, response.claimId, response.employerId, options.portalUrl)),
        dueDate: toDateOnly(response.dueDate),
      };
      queued += await queueEmails(
        db,
        emailsFor(
          admins,
          {
            key: `employer-response-reminder:${response.id}`,
            kind: "EMPLOYER_RESPONSE_REMINDER",
            claimId: response.claimId,
          },
          (language) => employerResponseReminderEmail(language, facts),
        ),
      );
    }
  }
  return queued;
}

/** A determination on a claim of the employer's worker: tell its administrators the outcome. */
export async function notifyEmployerOfDecision(
  tx: Prisma.TransactionClient,
  determination: {
    id: string;
    claimId: string;
    outcome: "APPROVED" | "PARTIALLY_APPROVED" | "DENIED";
    approvedStartDate: string | null;
    approvedEndDate: string | null;
    appealDeadline: string;
  },
  portalUrl: string | undefined,
) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: determination.claimId },
    select: { employerId: true },
  });
  if (!claim.employerId) return 0;
  const admins = await administratorsOf(tx, claim.employerId);
  if (admins.length === 0) return 0;
  const facts = {
    ...(await claimFacts(tx, determination.claimId, claim.employerId, portalUrl)),
    outcome: determination.outcome,
    startDate: determination.approvedStartDate,
    endDate: determination.approvedEndDate,
    appealDeadline: determination.appealDeadline,
  };
  return queueEmails(
    tx,
    emailsFor(
      admins,
      { key: `employer-decision:${determination.id}`, kind: "EMPLOYER_DECISION", claimId: determination.claimId },
      (language) => employerDecisionEmail(language, facts),
    ),
  );
}

/** Staff recorded their finding on the employer's contest: tell its administrators, each in their language. */
export async function notifyEmployerOfGrievanceFinding(
  tx: Prisma.TransactionClient,
  finding: { id: string; claimId: string; employerId: string; outcome: "UPHELD" | "RETURNED_TO_REVIEW" },
  portalUrl: string | undefined,
) {
  const admins = await administratorsOf(tx, finding.employerId);
  if (admins.length === 0) return 0;
  const facts = {
    ...(await claimFacts(tx, finding.claimId, finding.employerId, portalUrl)),
    outcome: finding.outcome,
  };
  return queueEmails(
    tx,
    emailsFor(
      admins,
      { key: `employer-grievance-finding:${finding.id}`, kind: "EMPLOYER_GRIEVANCE_FINDING", claimId: finding.claimId },
      (language) => employerGrievanceFindingEmail(language, facts),
    ),
  );
}

/** A submitted claim went to the employer's approved private plan: tell its administrators, each in their language. */
export async function notifyEmployerOfPrivatePlanClaim(
  tx: Prisma.TransactionClient,
  routed: { claimId: string; employerId: string; planId: string; planAdministrator: string },
  portalUrl: string | undefined,
) {
  const admins = await administratorsOf(tx, routed.employerId);
  if (admins.length === 0) return 0;
  const facts = {
    ...(await claimFacts(tx, routed.claimId, routed.employerId, portalUrl)),
    planAdministrator: routed.planAdministrator,
  };
  return queueEmails(
    tx,
    emailsFor(
      admins,
      {
        key: `employer-private-plan-claim:${routed.claimId}`,
        kind: "EMPLOYER_PRIVATE_PLAN_REFERRAL",
        claimId: routed.claimId,
      },
      (language) => employerPrivatePlanClaimEmail(language, facts),
    ),
  );
}
