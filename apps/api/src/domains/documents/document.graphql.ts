import type { Document } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { IllegalTransitionError } from "../../errors/domain-errors.ts";
import { builder } from "../../graphql/builder.ts";
import { reload } from "../../graphql/reload.ts";
import { DocumentStatusEnum, DocumentTypeEnum } from "../../graphql/enums.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { CLAIM_PARTY_SELECT, hiddenUnlessMedicalReader } from "../privacy/medical-detail.ts";
import { findVisibleDocument } from "./document-access.ts";
import { requestDocumentUpload } from "./request-document-upload.ts";
import { ACCEPTED_DOCUMENT_EXTENSIONS, ALLOWED_DOCUMENT_TYPES } from "./sniff-file-type.ts";

builder.prismaObject("Document", {
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.expose("type", { type: DocumentTypeEnum }),
    status: t.expose("status", { type: DocumentStatusEnum }),
    fileName: t.exposeString("fileName"),
    sizeBytes: t.exposeInt("sizeBytes", { nullable: true }),
    mimeType: t.exposeString("mimeType", { nullable: true, description: "Sniffed from the file's bytes." }),
    sha256: t.exposeString("sha256", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    uploadedAt: t.expose("uploadedAt", { type: "DateTime", nullable: true }),
    reviewNote: t.string({
      nullable: true,
      description: "Staff's note from the review; null for employers (medical-detail rule).",
      select: CLAIM_PARTY_SELECT,
      ...hiddenUnlessMedicalReader(),
      resolve: (document) => document.reviewNote,
    }),
    downloadPath: t.string({
      nullable: true,
      description: "Relative path of the authorized, audited download (null until uploaded).",
      resolve: (document) => (document.status === "AWAITING_UPLOAD" ? null : `/files/documents/${document.id}`),
    }),
  }),
});

const DocumentUploadRef = builder
  .objectRef<{ document: Document; uploadUrl: string; expiresAt: Date; maxBytes: number }>("DocumentUpload")
  .implement({
    fields: (t) => ({
      document: t.prismaField({
        type: "Document",
        resolve: (query, upload, _args, ctx) => reload(ctx, query, "document", upload.document.id),
      }),
      uploadUrl: t.exposeString("uploadUrl", {
        nullable: false,
        description: "PUT the file's bytes here before expiresAt.",
      }),
      expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: false }),
      maxBytes: t.exposeInt("maxBytes", { nullable: false }),
    }),
  });

const DocumentUploadPolicyRef = builder.objectRef<{ maxBytes: number }>("DocumentUploadPolicy").implement({
  description: "What an upload may be, so a form can explain a wrong file before sending it.",
  fields: (t) => ({
    maxBytes: t.exposeInt("maxBytes"),
    mimeTypes: t.stringList({
      description: "Types the file's bytes may be (sniffed on upload; the name does not decide).",
      resolve: () => [...ALLOWED_DOCUMENT_TYPES.keys()],
    }),
    typeNames: t.stringList({
      description: "The same types as people call them (PDF, JPEG, PNG, HEIC), each once.",
      resolve: () => [...new Set(ALLOWED_DOCUMENT_TYPES.values())],
    }),
    extensions: t.stringList({ resolve: () => [...ACCEPTED_DOCUMENT_EXTENSIONS] }),
  }),
});

builder.queryField("documentUploadPolicy", (t) =>
  t.field({
    type: DocumentUploadPolicyRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => ({ maxBytes: ctx.config.uploads.maxBytes }),
  }),
);

const RequestDocumentUploadInputRef = builder.inputType("RequestDocumentUploadInput", {
  fields: (t) => ({
    claimId: t.id({ description: "The claim the document is for (or give privatePlanId)." }),
    privatePlanId: t.id({
      description: "The private-plan application waiting for a decision the document is for (its plan's documents).",
    }),
    employerResponseId: t.id({
      description:
        "Employer evidence sent with the employer's answer on the claim (after it responded): staff see it with the contest.",
    }),
    type: t.field({ type: DocumentTypeEnum, required: true }),
    fileName: t.string({ required: true }),
    sizeBytes: t.int({ required: true }),
  }),
});

builder.mutationField("requestDocumentUpload", (t) =>
  t.field({
    type: DocumentUploadRef,
    errors: {},
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RequestDocumentUploadInputRef, required: true }) },
    resolve: (_root, { input }, ctx) => requestDocumentUpload(ctx, input),
  }),
);

const ReviewInput = z.object({
  documentId: z.uuid("Unknown document."),
  decision: z.enum(["ACCEPTED", "REJECTED"]),
  note: z.string().trim().max(1000).nullish(),
});

builder.mutationField("reviewDocument", (t) =>
  t.prismaField({
    type: "Document",
    errors: {},
    authScopes: { staff: true },
    args: {
      documentId: t.arg.id({ required: true }),
      decision: t.arg.string({ required: true }),
      note: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(ReviewInput, { ...args, documentId: String(args.documentId) });
      const document = await findVisibleDocument(ctx.db, ctx.actor, input.documentId);
      if (document.status !== "UPLOADED") throw new IllegalTransitionError("document", document.status, input.decision);
      return ctx.db.$transaction(async (tx) => {
        await tx.document.update({
          where: { id: document.id },
          data: {
            status: input.decision,
            reviewedById: ctx.actor!.userId,
            reviewedAt: ctx.now(),
            reviewNote: input.note ?? null,
          },
        });
        if (document.claimId) {
          await tx.task.updateMany({
            where: { claimId: document.claimId, kind: "REVIEW_DOCUMENT", status: { in: ["OPEN", "IN_PROGRESS"] } },
            data: { status: "DONE", completedAt: ctx.now() },
          });
        }
        await recordAuditEvent(
          tx,
          { actor: ctx.actor, requestId: ctx.requestId },
          {
            action: "document.review",
            entityType: "Document",
            entityId: document.id,
            changedFields: ["status", "reviewNote"],
            metadata: { decision: input.decision },
          },
        );
        return reload({ db: tx as never }, query, "document", document.id);
      });
    },
  }),
);
