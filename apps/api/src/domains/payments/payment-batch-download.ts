// Staff download a payment run's files: the NACHA ACH file or the check register exactly as the
// run generated them (stored sealed with the batch, checked against its SHA-256 on the way out).
// They hold full bank account numbers, so only supervisors and program administrators may, and
// every download is audited before a byte is sent.
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { hasRole, type RequestContext } from "../../graphql/context.ts";
import { sendJson } from "../../http/http-helpers.ts";

export const PAYMENT_FILE_ROLES = ["SUPERVISOR", "PROGRAM_ADMIN"] as const;

export const paymentBatchDownloadPath = (batchId: string) => `/files/payment-batches/${batchId}`;

export async function handlePaymentBatchDownload(res: ServerResponse, ctx: RequestContext, batchId: string) {
  if (!ctx.actor) return sendJson(res, 401, { error: "Please sign in to continue." });
  if (!hasRole(ctx.actor, ...PAYMENT_FILE_ROLES)) return sendJson(res, 403, { error: "Not allowed." });
  const batch = await ctx.db.paymentBatch.findUnique({ where: { id: batchId }, include: { file: true } });
  if (!batch?.file || !batch.fileName) return sendJson(res, 404, { error: "Not found" });
  const file = ctx.pii.open(batch.file.sealed);
  if (createHash("sha256").update(file).digest("hex") !== batch.fileSha256)
    throw new Error(`Payment batch ${batch.id}: the stored file does not match its hash`);
  await ctx.db.$transaction((tx) =>
    recordAuditEvent(
      tx,
      { actor: ctx.actor, requestId: ctx.requestId },
      {
        action: "paymentBatch.download",
        entityType: "PaymentBatch",
        entityId: batch.id,
        metadata: { runId: batch.runId, method: batch.method, fileName: batch.fileName, sha256: batch.fileSha256 },
      },
    ),
  );
  const body = Buffer.from(file, "utf8");
  res.writeHead(200, {
    "content-type": batch.method === "ACH" ? "text/plain; charset=us-ascii" : "text/csv; charset=utf-8",
    "content-length": String(body.length),
    "content-disposition": `attachment; filename="${batch.fileName.replace(/[^\w.-]/g, "_")}"`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  res.end(body);
}
