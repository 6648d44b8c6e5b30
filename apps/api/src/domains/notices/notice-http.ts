// GET /files/notices/<id>: a notice's PDF, for whoever may read the notice (notice-access.ts).
// A notice holds the claimant's name and claim and may explain a medical decision, so every
// reading is audited. A notice issued before notices had PDFs gets its PDF now, from its stored
// text, kept from then on.
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { Notice } from "@openleave/db";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { sendJson } from "../../http/http-helpers.ts";
import { programToday } from "../programs/program-calendar.ts";
import { noticePdfKey } from "./issue-notice.ts";
import { findVisibleNotice } from "./notice-access.ts";
import { renderNoticePdf } from "./notice-pdf.ts";
import { composeStoredNotice } from "./stored-notice.ts";

export async function handleNoticeDownload(res: ServerResponse, ctx: RequestContext, noticeId: string) {
  if (!ctx.actor) return sendJson(res, 401, { error: "Please sign in to continue." });
  const notice = await findVisibleNotice(ctx.db, ctx.actor, noticeId).catch(() => null);
  if (!notice) return sendJson(res, 404, { error: "Not found" });
  const stored = notice.pdfStorageKey ? notice : await backfillPdf(ctx, notice);
  await ctx.db.$transaction((tx) =>
    recordAuditEvent(
      tx,
      { actor: ctx.actor, requestId: ctx.requestId },
      {
        action: "notice.download",
        entityType: "Notice",
        entityId: notice.id,
        metadata: { claimId: notice.claimId, kind: notice.kind, audience: notice.audience },
      },
    ),
  );
  const stream = await ctx.storage.get(stored.pdfStorageKey!);
  const name = `notice-${notice.kind.toLowerCase().replace(/_/g, "-")}-${notice.createdAt.toISOString().slice(0, 10)}.pdf`;
  res.writeHead(200, {
    "content-type": "application/pdf",
    "content-length": String(stored.pdfSizeBytes ?? ""),
    "content-disposition": `attachment; filename="${name}"`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  stream.pipe(res);
}

async function backfillPdf(ctx: RequestContext, notice: Notice): Promise<Notice> {
  const claim = await ctx.db.claim.findUniqueOrThrow({
    where: { id: notice.claimId },
    select: { claimNumber: true, program: { select: { name: true, jurisdiction: true } } },
  });
  const determination = notice.determinationId
    ? await ctx.db.determination.findUnique({ where: { id: notice.determinationId } })
    : null;
  const composed = composeStoredNotice(notice, {
    claimNumber: claim.claimNumber ?? "",
    programName: claim.program.name,
    issuedOn: programToday(claim.program.jurisdiction, notice.createdAt, ctx.config.programPolicy),
    appealDeadline: determination?.appealDeadline ?? null,
  });
  const pdf = await renderNoticePdf(composed, notice.createdAt);
  await ctx.storage.put(noticePdfKey(notice.id), pdf, "application/pdf");
  // Two first downloads at once render the same bytes; either update is the same.
  return ctx.db.notice.update({
    where: { id: notice.id },
    data: {
      pdfStorageKey: noticePdfKey(notice.id),
      pdfSizeBytes: pdf.length,
      pdfSha256: createHash("sha256").update(pdf).digest("hex"),
    },
  });
}
