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
      claimant: { select: { firstName: true, user: { select: { preferredLanguage: true } } } },
    },
  });
  const language = claim.claimant.user?.preferredLanguage ?? "EN";
  const rendered = renderNotice(kind, language, {
    ...facts,
    claimNumber: claim.claimNumber ?? "",
    programName: claim.program.name,
    claimantName: claim.claimant.firstName,
  });
  return tx.notice.create({
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
}
