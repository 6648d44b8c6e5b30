// The two file endpoints outside GraphQL: PUT to a signed upload URL, and an authorized,
// audited download.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Transform, type TransformCallback } from "node:stream";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { isStaff, type RequestContext, type Services } from "../../graphql/context.ts";
import { PayloadTooLargeError, sendJson } from "../../http/http-helpers.ts";
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

  // The declared size is a promise: checked against Content-Length before reading, and
  // against the bytes themselves while they stream in.
  const declared = document.declaredSize;
  const maxBytes = services.config.uploads.maxBytes;
  const contentLength = req.headers["content-length"] === undefined ? null : Number(req.headers["content-length"]);
  if ((contentLength ?? 0) > Math.min(declared, maxBytes) || declared > maxBytes) {
    req.resume();
    return sendJson(res, 413, { error: tooLarge(declared, maxBytes) });
  }
  const meter = new UploadMeter(declared);
  let received: string;
  try {
    received = await services.storage.receive(req.pipe(meter), declared);
  } catch (error) {
    // Let the rest of an oversized body drain instead of holding the socket.
    req.unpipe(meter);
    req.resume();
    if (meter.overflowed) return sendJson(res, 413, { error: tooLarge(declared, maxBytes) });
    if (meter.bytes === 0) return sendJson(res, 400, { error: "The file is empty." });
    if (meter.bytes < declared) return sendJson(res, 400, shortBody(meter.bytes, declared));
    throw error;
  }
  const discardAnd = async (status: number, body: unknown) => {
    await services.storage.discard(received);
    return sendJson(res, status, body);
  };
  if (meter.bytes !== declared) return discardAnd(400, shortBody(meter.bytes, declared));
  const mimeType = await sniffDocumentType(meter.head());
  if (!mimeType) return discardAnd(415, { error: "Upload a PDF, JPEG, PNG or HEIC file." });

  const sha256 = meter.sha256();
  const sizeBytes = meter.bytes;
  const stored = await services.db.$transaction(async (tx) => {
    // Only the first upload through a link wins, even if two arrive at once: the row lock
    // taken here is held until commit, so the winner publishes while the others wait, then
    // find the document no longer awaiting an upload.
    const updated = await tx.document.updateMany({
      where: { id: document.id, status: "AWAITING_UPLOAD" },
      data: { status: "UPLOADED", sizeBytes, sha256, mimeType, uploadedAt: services.now() },
    });
    if (updated.count !== 1) return false;
    await services.storage.publish(received, document.storageKey, mimeType);
    // A claim's document waits for staff's review; a private plan's is read with the
    // application (its REVIEW_PRIVATE_PLAN task).
    if (document.claimId) {
      await tx.task.create({
        data: {
          queue: "DOCUMENT_REVIEW",
          kind: "REVIEW_DOCUMENT",
          claimId: document.claimId,
          dueAt: new Date(services.now().getTime() + 3 * 86_400_000),
        },
      });
    }
    await recordAuditEvent(
      tx,
      { actor: null, requestId: options.requestId },
      {
        action: "document.upload",
        entityType: "Document",
        entityId: document.id,
        changedFields: ["status", "sizeBytes", "sha256", "mimeType"],
        metadata: {
          claimId: document.claimId,
          privatePlanId: document.privatePlanId,
          mimeType,
          sizeBytes,
          uploadedById: document.uploadedById,
        },
      },
    );
    return true;
  });
  if (!stored) return discardAnd(409, { error: "A file was already uploaded with this link." });
  sendJson(res, 201, { id: document.id, status: "UPLOADED", sizeBytes, sha256, mimeType });
}

function tooLarge(declared: number, maxBytes: number): string {
  if (declared > maxBytes)
    return `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB. Upload a smaller file.`;
  return `The file is larger than the ${declared.toLocaleString("en-US")} bytes you said it would be. Start the upload again.`;
}

function shortBody(received: number, declared: number) {
  return {
    error: `Only ${received.toLocaleString("en-US")} of the ${declared.toLocaleString("en-US")} bytes arrived. Try the upload again.`,
  };
}

/** Bytes of the file kept for sniffing its type (file-type reads at most this many). */
const SNIFF_BYTES = 4_100;

/**
 * Passes an upload through while counting, hashing and keeping its first bytes, and fails the
 * stream the moment it goes past the declared size.
 */
class UploadMeter extends Transform {
  bytes = 0;
  overflowed = false;
  private readonly hash = createHash("sha256");
  private readonly start: Buffer[] = [];
  private startLength = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      this.overflowed = true;
      return done(new PayloadTooLargeError());
    }
    this.hash.update(chunk);
    if (this.startLength < SNIFF_BYTES) {
      this.start.push(chunk);
      this.startLength += chunk.length;
    }
    done(null, chunk);
  }

  head(): Buffer {
    return Buffer.concat(this.start).subarray(0, SNIFF_BYTES);
  }

  sha256(): string {
    return this.hash.digest("hex");
  }
}

/**
 * How a download may be shown. Anyone who may read a document gets it as an attachment that no
 * page may frame; staff asking for `view=inline` get it shown in the page (the console's claim
 * screen frames PDFs and shows images), framable by the console's origin only.
 */
export interface DownloadOptions {
  inline: boolean;
  /** The console's origin (`ADMIN_URL`): the one page allowed to frame an inline document. */
  consoleOrigin: string;
}

export async function handleDocumentDownload(
  res: ServerResponse,
  ctx: RequestContext,
  documentId: string,
  options: DownloadOptions,
) {
  if (!ctx.actor) return sendJson(res, 401, { error: "Please sign in to continue." });
  const document = await findVisibleDocument(ctx.db, ctx.actor, documentId).catch(() => null);
  if (!document || !document.mimeType || document.status === "AWAITING_UPLOAD")
    return sendJson(res, 404, { error: "Not found" });
  const inline = options.inline && isStaff(ctx.actor);
  // A view in the page is a read like any other: audited the same way, saying it was inline.
  await ctx.db.$transaction((tx) =>
    recordAuditEvent(
      tx,
      { actor: ctx.actor, requestId: ctx.requestId },
      {
        action: "document.download",
        entityType: "Document",
        entityId: document.id,
        metadata: {
          claimId: document.claimId,
          privatePlanId: document.privatePlanId,
          ...(inline ? { view: "inline" } : {}),
        },
      },
    ),
  );
  const stream = await ctx.storage.get(document.storageKey);
  res.writeHead(200, {
    "content-type": document.mimeType,
    "content-length": String(document.sizeBytes ?? ""),
    "content-disposition": `${inline ? "inline" : "attachment"}; filename="${document.fileName.replace(/[^\w.\- ]/g, "_")}"`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
    // The console reaches /files/* through its own origin (a rewrite), so SAMEORIGIN is the
    // fallback for browsers without CSP frame-ancestors; those that have it obey the CSP.
    "content-security-policy": inline ? `frame-ancestors ${options.consoleOrigin}` : "frame-ancestors 'none'",
    "x-frame-options": inline ? "SAMEORIGIN" : "DENY",
  });
  stream.pipe(res);
}
