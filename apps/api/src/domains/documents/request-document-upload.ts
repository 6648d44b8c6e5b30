import { randomUUID } from "node:crypto";
import type { DocumentType } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
} from "../../errors/domain-errors.ts";
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
  "PRIVATE_PLAN_DOCUMENT",
  "OTHER",
] as const;

/** A private-plan application takes at most this many documents. */
const MAX_PLAN_DOCUMENTS = 20;

const RequestUploadInput = z.object({
  claimId: z.uuid("Unknown claim.").nullish(),
  privatePlanId: z.uuid("Unknown private-plan application.").nullish(),
  /** Employer evidence sent with the employer's response to the claim (its contest), shown with it to staff. */
  employerResponseId: z.uuid("Unknown employer response.").nullish(),
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
 * browser PUTs the bytes to. A document is for a claim or for a private-plan application. On a
 * claim: the claimant uploads to their own claim; a verified leave administrator uploads
 * employer evidence, which is the employer's (`employerId`: its administrators and staff read it,
 * never the claimant); staff may upload anything. On a private-plan application waiting for a
 * decision: the employer's verified administrators upload the plan's documents.
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
  if (!input.claimId === !input.privatePlanId)
    throw InvalidInputError.field(
      ["input", "claimId"],
      "Upload the document to one claim or one private-plan application.",
    );
  const target = input.privatePlanId
    ? await privatePlanTarget(ctx, input.privatePlanId, input.type)
    : await claimTarget(ctx, input.claimId!, input.type, input.employerResponseId ?? null);

  const documentId = randomUUID();
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.uploads.urlTtlSeconds * 1000);
  const document = await ctx.db.$transaction(async (tx) => {
    if (target.privatePlanId) {
      // Counted in the transaction that adds one, under the plan's row lock, so a burst cannot pass the cap.
      await tx.$queryRaw`SELECT id FROM "PrivatePlanApplication" WHERE id = ${target.privatePlanId}::uuid FOR UPDATE`;
      if ((await tx.document.count({ where: { privatePlanId: target.privatePlanId } })) >= MAX_PLAN_DOCUMENTS)
        throw InvalidInputError.field(
          ["input", "privatePlanId"],
          `An application takes at most ${MAX_PLAN_DOCUMENTS} documents.`,
        );
    }
    const created = await tx.document.create({
      data: {
        id: documentId,
        claimId: target.claimId,
        privatePlanId: target.privatePlanId,
        employerId: target.employerId,
        employerResponseId: target.employerResponseId,
        type: input.type,
        fileName: input.fileName,
        declaredSize: input.sizeBytes,
        storageKey: `${target.keyPrefix}/${documentId}`,
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
        metadata: {
          claimId: target.claimId,
          privatePlanId: target.privatePlanId,
          employerId: target.employerId,
          employerResponseId: target.employerResponseId,
          type: input.type,
          declaredSize: input.sizeBytes,
        },
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

interface UploadTarget {
  claimId: string | null;
  privatePlanId: string | null;
  /** Set when the document is the employer's (its administrator uploads it as the employer). */
  employerId: string | null;
  employerResponseId: string | null;
  keyPrefix: string;
}

async function claimTarget(
  ctx: RequestContext,
  claimId: string,
  type: DocumentType,
  employerResponseId: string | null,
): Promise<UploadTarget> {
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, claimId);
  const owner = isClaimOwner(actor, claim);
  const employerAdmin =
    hasRole(actor, "LEAVE_ADMIN") && !!claim.employerId && actor.verifiedEmployerIds.includes(claim.employerId);
  const staff = isStaff(actor);
  if (!owner && !employerAdmin && !staff) throw new ForbiddenError();
  if (type === "PRIVATE_PLAN_DOCUMENT")
    throw InvalidInputError.field(
      ["input", "type"],
      "A private plan's documents go with its application, not a claim.",
    );
  if (employerAdmin && !owner && !staff && type !== "EMPLOYER_EVIDENCE") {
    throw InvalidInputError.field(["input", "type"], "Employers can upload employer evidence only.");
  }
  if (owner && !employerAdmin && !staff && type === "EMPLOYER_EVIDENCE") {
    throw InvalidInputError.field(
      ["input", "type"],
      "Employer evidence comes from the employer. Choose what your document is.",
    );
  }
  if (claim.status === "WITHDRAWN") throw new IllegalTransitionError("claim", claim.status, "DOCUMENT_UPLOADED");
  const asEmployer = employerAdmin && !staff && type === "EMPLOYER_EVIDENCE";
  if (employerResponseId) {
    // The evidence of the employer's own answer on this claim, once it answered.
    const response = await ctx.db.employerResponse.findFirst({
      where: { id: employerResponseId, claimId: claim.id, employerId: { in: actor.verifiedEmployerIds } },
      select: { status: true },
    });
    if (!asEmployer || !response)
      throw InvalidInputError.field(["input", "employerResponseId"], "This is not your response to this claim.");
    if (response.status === "PENDING" || response.status === "EXPIRED")
      throw new IllegalTransitionError("employer response", response.status, "DOCUMENT_UPLOADED");
  }
  return {
    claimId: claim.id,
    privatePlanId: null,
    employerId: asEmployer ? claim.employerId : null,
    employerResponseId,
    keyPrefix: `claims/${claim.id}`,
  };
}

async function privatePlanTarget(ctx: RequestContext, planId: string, type: DocumentType): Promise<UploadTarget> {
  const actor = ctx.actor!;
  const plan = await ctx.db.privatePlanApplication.findUnique({
    where: { id: planId },
    select: { id: true, employerId: true, status: true },
  });
  // Another employer's application behaves as one that does not exist.
  const mayUpload = !!plan && hasRole(actor, "LEAVE_ADMIN") && actor.verifiedEmployerIds.includes(plan.employerId);
  if (!plan || !mayUpload) throw new NotFoundError("Private plan application");
  if (type !== "PRIVATE_PLAN_DOCUMENT")
    throw InvalidInputError.field(["input", "type"], "Upload the plan's documents as private-plan documents.");
  if (plan.status !== "SUBMITTED") throw new IllegalTransitionError("private plan", plan.status, "DOCUMENT_UPLOADED");
  return {
    claimId: null,
    privatePlanId: plan.id,
    employerId: plan.employerId,
    employerResponseId: null,
    keyPrefix: `private-plans/${plan.id}`,
  };
}
