import { queueEmails, type QueuedEmail } from "../notifications/email-outbox.ts";
import type { NoticeKind, Prisma } from "@openleave/db";
import { renderNotice, type NoticeFacts } from "./notice-templates.ts";

/** Renders a notice in the claimant's language and stores it with the change that caused it. */
export async function issueNotice(
  tx: Prisma.TransactionClient,
  claimId: string,
  kind: NoticeKind,
  facts: Omit<NoticeFacts, "claimNumber" | "programName" | "claimantName">,
  links: { determinationId?: string; appealId?: string } = {},
) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      claimNumber: true,
      program: { select: { name: true } },
      claimant: { select: { firstName: true, user: { select: { id: true, preferredLanguage: true } } } },
    },
  });
  const language = claim.claimant.user?.preferredLanguage ?? "EN";
  const rendered = renderNotice(kind, language, {
    ...facts,
    claimNumber: claim.claimNumber ?? "",
    programName: claim.program.name,
    claimantName: claim.claimant.firstName,
  });
  const notice = await tx.notice.create({
    data: {
      claimId,
      kind,
      language,
      templateVersion: rendered.templateVersion,
      subject: rendered.subject,
      body: rendered.body,
      determinationId: links.determinationId,
      appealId: links.appealId,
      deliveredAt: new Date(),
    },
  });
  // The notice is also emailed (the outbox sends it) when it tells of a decision, asks for
  // information or decides an appeal.
  const emailKind = EMAILED_NOTICES[kind];
  if (emailKind && claim.claimant.user) {
    await queueEmails(tx, [
      {
        key: `notice:${notice.id}`,
        kind: emailKind,
        recipientUserId: claim.claimant.user.id,
        claimId,
        language,
        subject: rendered.subject,
        body: rendered.body,
      },
    ]);
  }
  return notice;
}

const EMAILED_NOTICES: Partial<Record<NoticeKind, QueuedEmail["kind"]>> = {
  APPROVAL: "DETERMINATION",
  PARTIAL_APPROVAL: "DETERMINATION",
  DENIAL: "DETERMINATION",
  INFO_REQUEST: "INFO_REQUEST",
  APPEAL_DECISION: "APPEAL_DECISION",
};
