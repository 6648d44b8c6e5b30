// The two file endpoints outside GraphQL: PUT to a signed upload URL, and an authorized,
// audited download.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import type { RequestContext, Services } from "../../graphql/context.ts";
import { PayloadTooLargeError, readBody, sendJson } from "../../http/http-helpers.ts";
import { findVisibleDocument } from "./document-access.ts";
import { sniffDocumentType } from "./sniff-file-type.ts";
import { checkUploadSignature } from "./upload-signature.ts";

export async function handleDocumentUpload(
  req: IncomingMessage,
  res: ServerResponse,
  options: { services: Services; requestId: string; documentId: string; url: URL },
) {
  const { services, documentId } = options;
  const signature = checkUploadSignature(services.config.signingSecret, documentId, options.url, services.now());
  if (signature === "invalid") return sendJson(res, 403, { error: "This upload link is not valid." });
  if (signature === "expired")
    return sendJson(res, 410, { error: "This upload link has expired. Start the upload again." });

  const document = await services.db.document.findUnique({ where: { id: documentId } });
  if (!document) return sendJson(res, 404, { error: "Not found" });
  if (document.status !== "AWAITING_UPLOAD")
    return sendJson(res, 409, { error: "A file was already uploaded with this link." });

  let bytes: Buffer;
  try {
    bytes = await readBody(req, services.config.uploads.maxBytes);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) {
      const megabytes = Math.floor(services.config.uploads.maxBytes / 1024 / 1024);
      return sendJson(res, 413, { error: `The file is larger than ${megabytes} MB. Upload a smaller file.` });
    }
    throw error;
  }
  if (bytes.length === 0) return sendJson(res, 400, { error: "The file is empty." });
  const mimeType = await sniffDocumentType(bytes);
  if (!mimeType) return sendJson(res, 415, { error: "Upload a PDF, JPEG, PNG or HEIC file." });

  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await services.storage.put(document.storageKey, bytes, mimeType);
  const stored = await services.db.$transaction(async (tx) => {
    // Only the first upload through a link wins, even if two arrive at once.
    const updated = await tx.document.updateMany({
      where: { id: document.id, status: "AWAITING_UPLOAD" },
      data: { status: "UPLOADED", sizeBytes: bytes.length, sha256, mimeType, uploadedAt: services.now() },
    });
    if (updated.count !== 1) return false;
    await tx.task.create({
      data: {
        queue: "DOCUMENT_REVIEW",
        kind: "REVIEW_DOCUMENT",
        claimId: document.claimId,
        dueAt: new Date(services.now().getTime() + 3 * 86_400_000),
      },
    });
    await recordAuditEvent(
      tx,
      { actor: null, requestId: options.requestId },
      {
        action: "document.upload",
        entityType: "Document",
        entityId: document.id,
        changedFields: ["status", "sizeBytes", "sha256", "mimeType"],
        metadata: { claimId: document.claimId, mimeType, sizeBytes: bytes.length, uploadedById: document.uploadedById },
      },
    );
    return true;
  });
  if (!stored) return sendJson(res, 409, { error: "A file was already uploaded with this link." });
  sendJson(res, 201, { id: document.id, status: "UPLOADED", sizeBytes: bytes.length, sha256, mimeType });
}

export async function handleDocumentDownload(res: ServerResponse, ctx: RequestContext, documentId: string) {
  if (!ctx.actor) return sendJson(res, 401, { error: "Please sign in to continue." });
  const document = await findVisibleDocument(ctx.db, ctx.actor, documentId).catch(() => null);
  if (!document || !document.mimeType || document.status === "AWAITING_UPLOAD")
    return sendJson(res, 404, { error: "Not found" });
  await ctx.db.$transaction((tx) =>
    recordAuditEvent(
      tx,
      { actor: ctx.actor, requestId: ctx.requestId },
      {
        action: "document.download",
        entityType: "Document",
        entityId: document.id,
        metadata: { claimId: document.claimId },
      },
    ),
  );
  const stream = await ctx.storage.get(document.storageKey);
  res.writeHead(200, {
    "content-type": document.mimeType,
    "content-length": String(document.sizeBytes ?? ""),
    "content-disposition": `attachment; filename="${document.fileName.replace(/[^\w.\- ]/g, "_")}"`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  stream.pipe(res);
}
