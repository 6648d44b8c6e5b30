// Issuing a notice: composed in the claimant's language from the kind's template, rendered as a
// PDF and stored (file storage `notices/<id>`) with the change that caused it, in the same
// transaction; emailed through the outbox with a link to read and download it. A decision also
// gets the employer's copy, written only from `employerWording` (never the staff's text).
import { randomUUID, createHash } from "node:crypto";
import type { NoticeAudience, NoticeKind, Prisma } from "@openleave/db";
import type { Services } from "../../graphql/context.ts";
import { queueEmails, type QueuedEmail } from "../notifications/email-outbox.ts";
import { programTimeZone, programToday } from "../programs/program-calendar.ts";
import { renderNoticePdf } from "./notice-pdf.ts";
import { composeNotice, downloadLine, noticeText, type NoticeFacts } from "./notice-templates.ts";

/** What issuing a notice needs besides the transaction. */
export type NoticeServices = Pick<Services, "storage" | "now" | "config">;

type IssuedFacts = Omit<NoticeFacts, "claimNumber" | "programName" | "claimantName" | "claimantFullName" | "timeZone">;

export interface NoticeLinks {
  determinationId?: string;
  appealId?: string;
  /** Also issue the employer's copy, with this outcome wording (from `employerWording`). */
  employerWording?: string;
}

/** The storage key of a notice's PDF (keys are generated, never taken from input). */
export const noticePdfKey = (noticeId: string) => `notices/${noticeId}`;

export async function issueNotice(
  tx: Prisma.TransactionClient,
  services: NoticeServices,
  claimId: string,
  kind: NoticeKind,
  facts: IssuedFacts,
  links: NoticeLinks = {},
) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      claimNumber: true,
      employer: { select: { name: true } },
      program: { select: { name: true, jurisdiction: true } },
      claimant: {
        select: { firstName: true, lastName: true, user: { select: { id: true, preferredLanguage: true } } },
      },
    },
  });
  const policy = services.config.programPolicy;
  const base = {
    ...facts,
    claimNumber: claim.claimNumber ?? "",
    programName: claim.program.name,
    claimantName: claim.claimant.firstName,
    claimantFullName: `${claim.claimant.firstName} ${claim.claimant.lastName}`,
    timeZone: programTimeZone(claim.program.jurisdiction, policy),
  };
  const issuedAt = services.now();
  const issuedOn = programToday(claim.program.jurisdiction, issuedAt, policy);
  const language = claim.claimant.user?.preferredLanguage ?? "EN";

  const notice = await storeNotice(tx, services, {
    claimId,
    kind,
    audience: "CLAIMANT",
    composed: composeNotice(kind, language, base, { issuedOn }),
    issuedAt,
    links,
  });
  // Emailed (the outbox sends it) when it tells of a decision, asks for information, sets a
  // hearing or decides an appeal; the email links to the notice on the claim page.
  const emailKind = EMAILED_NOTICES[kind];
  if (emailKind && claim.claimant.user) {
    const url = `${services.config.portalUrl}/claims/${claimId}#notice-${notice.id}`;
    await queueEmails(tx, [
      {
        key: `notice:${notice.id}`,
        kind: emailKind,
        recipientUserId: claim.claimant.user.id,
        claimId,
        language,
        subject: notice.subject,
        body: `${notice.body}\n\n${downloadLine(language, url)}`,
      },
    ]);
  }

  if (links.employerWording && claim.employer) {
    // The employer's copy is in English: an employer account's language is per administrator,
    // and the copy is read on the employer's claim page in the portal.
    await storeNotice(tx, services, {
      claimId,
      kind,
      audience: "EMPLOYER",
      composed: composeNotice(
        kind,
        "EN",
        { ...base, reason: null, employerName: claim.employer.name, employerWording: links.employerWording },
        { issuedOn, audience: "EMPLOYER" },
      ),
      issuedAt,
      links,
    });
  }
  return notice;
}

async function storeNotice(
  tx: Prisma.TransactionClient,
  services: NoticeServices,
  notice: {
    claimId: string;
    kind: NoticeKind;
    audience: NoticeAudience;
    composed: ReturnType<typeof composeNotice>;
    issuedAt: Date;
    links: NoticeLinks;
  },
) {
  const id = randomUUID();
  const pdf = await renderNoticePdf(notice.composed, notice.issuedAt);
  // Written before the row commits: if the transaction rolls back, an unreferenced file is left,
  // never a notice without its PDF.
  await services.storage.put(noticePdfKey(id), pdf, "application/pdf");
  const text = noticeText(notice.composed);
  return tx.notice.create({
    data: {
      id,
      claimId: notice.claimId,
      kind: notice.kind,
      audience: notice.audience,
      language: notice.composed.language,
      templateVersion: notice.composed.templateVersion,
      subject: text.subject,
      body: text.body,
      determinationId: notice.links.determinationId,
      appealId: notice.links.appealId,
      pdfStorageKey: noticePdfKey(id),
      pdfSizeBytes: pdf.length,
      pdfSha256: createHash("sha256").update(pdf).digest("hex"),
      deliveredAt: notice.issuedAt,
    },
  });
}

const EMAILED_NOTICES: Partial<Record<NoticeKind, QueuedEmail["kind"]>> = {
  APPROVAL: "DETERMINATION",
  PARTIAL_APPROVAL: "DETERMINATION",
  DENIAL: "DETERMINATION",
  INFO_REQUEST: "INFO_REQUEST",
  HEARING_SCHEDULED: "APPEAL_SCHEDULED",
  APPEAL_DECISION: "APPEAL_DECISION",
  GRIEVANCE_FINDING: "GRIEVANCE_FINDING",
  PRIVATE_PLAN_REFERRAL: "PRIVATE_PLAN_REFERRAL",
  LEAVE_EXTENSION_APPROVAL: "DETERMINATION",
  LEAVE_EXTENSION_DENIAL: "DETERMINATION",
};
