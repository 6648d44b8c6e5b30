import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError, IllegalTransitionError, InvalidInputError } from "../../errors/domain-errors.ts";
import { hasRole, isStaff, type RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleClaim, isClaimOwner } from "../claims/claim-access.ts";
import { uploadUrl } from "./upload-signature.ts";

const DOCUMENT_TYPES = [
  "IDENTITY_PROOF",
  "MEDICAL_CERTIFICATION",
  "FAMILY_CARE_CERTIFICATION",
  "BIRTH_OR_PLACEMENT_PROOF",
  "MILITARY_EXIGENCY_PROOF",
  "EMPLOYER_EVIDENCE",
  "APPEAL_EVIDENCE",
  "OTHER",
] as const;

const RequestUploadInput = z.object({
  claimId: z.uuid("Unknown claim."),
  type: z.enum(DOCUMENT_TYPES, { error: "Choose what kind of document this is." }),
  fileName: z
    .string()
    .trim()
    .min(1, "The file needs a name.")
    .max(200, "Shorten the file name to 200 characters or fewer.")
    .refine((name) => !/[\\/\p{Cc}]/u.test(name), "The file name contains characters we cannot accept."),
  sizeBytes: z.number().int().positive("The file is empty."),
});

/**
 * Step one of an upload: record the document and hand back a short-lived signed URL that the
 * browser PUTs the bytes to. The claimant uploads to their own claim; a verified leave
 * administrator uploads employer evidence; staff may upload anything.
 */
export async function requestDocumentUpload(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RequestUploadInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const maxBytes = ctx.config.uploads.maxBytes;
  if (input.sizeBytes > maxBytes) {
    throw InvalidInputError.field(
      ["input", "sizeBytes"],
      `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB. Upload a smaller file.`,
    );
  }
  const claim = await findVisibleClaim(ctx.db, actor, input.claimId);
  const owner = isClaimOwner(actor, claim);
  const employerAdmin =
    hasRole(actor, "LEAVE_ADMIN") && !!claim.employerId && actor.verifiedEmployerIds.includes(claim.employerId);
  if (!owner && !employerAdmin && !isStaff(actor)) throw new ForbiddenError();
  if (employerAdmin && !owner && !isStaff(actor) && input.type !== "EMPLOYER_EVIDENCE") {
    throw InvalidInputError.field(["input", "type"], "Employers can upload employer evidence only.");
  }
  if (claim.status === "WITHDRAWN") throw new IllegalTransitionError("claim", claim.status, "DOCUMENT_UPLOADED");

  const documentId = randomUUID();
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.uploads.urlTtlSeconds * 1000);
  const document = await ctx.db.$transaction(async (tx) => {
    const created = await tx.document.create({
      data: {
        id: documentId,
        claimId: claim.id,
        type: input.type,
        fileName: input.fileName,
        declaredSize: input.sizeBytes,
        storageKey: `claims/${claim.id}/${documentId}`,
        uploadExpiresAt: expiresAt,
        uploadedById: actor.userId,
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "document.request_upload",
        entityType: "Document",
        entityId: documentId,
        metadata: { claimId: claim.id, type: input.type, declaredSize: input.sizeBytes },
      },
    );
    return created;
  });
  return {
    document,
    uploadUrl: uploadUrl(ctx.config.publicUrl, ctx.config.signingSecret, documentId, expiresAt),
    expiresAt,
    maxBytes,
  };
}
