// Internal notes staff keep on a claim: what they checked, whom they called. Staff only — a
// note may describe the claimant's health, so neither the claimant nor the employer reads them.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { builder, emptyList } from "../../graphql/builder.ts";
import { isStaff } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { prismaQuery } from "../../graphql/reload.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";

builder.prismaObject("ClaimNote", {
  description: "A staff member's internal note on a claim (staff only).",
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    body: t.exposeString("body"),
    author: t.relation("author"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField("Claim", "notes", (t) =>
  t.relation("notes", {
    description: "Staff's internal notes, newest first; an empty list for anyone else.",
    query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    authScopes: (_claim, _args, ctx) => isStaff(ctx.actor),
    unauthorizedResolver: emptyList,
  }),
);

const AddClaimNoteInput = z.object({
  claimId: z.uuid("Unknown claim."),
  body: z.string().trim().min(1, "Write the note.").max(4000, "Keep a note under 4,000 characters."),
});

const AddClaimNoteInputRef = builder.inputType("AddClaimNoteInput", {
  fields: (t) => ({ claimId: t.id({ required: true }), body: t.string({ required: true }) }),
});

builder.mutationField("addClaimNote", (t) =>
  t.prismaField({
    type: "ClaimNote",
    errors: {},
    authScopes: { staff: true },
    description: "Adds an internal note to a claim (staff only, audited).",
    args: { input: t.arg({ type: AddClaimNoteInputRef, required: true }) },
    resolve: async (query, _root, { input: rawInput }, ctx) => {
      const input = parseInput(AddClaimNoteInput, { ...rawInput, claimId: String(rawInput.claimId) }, ["input"]);
      const actor = ctx.actor!;
      const claim = await findVisibleClaim(ctx.db, actor, input.claimId);
      return ctx.db.$transaction(async (tx) => {
        const note = await tx.claimNote.create({
          data: { claimId: claim.id, authorId: actor.userId, body: input.body },
        });
        // The note's words stay out of the audit trail: it may describe health.
        await recordAuditEvent(
          tx,
          { actor, requestId: ctx.requestId },
          {
            action: "claim.note_added",
            entityType: "ClaimNote",
            entityId: note.id,
            metadata: { claimId: claim.id },
          },
        );
        return tx.claimNote.findUniqueOrThrow({ ...prismaQuery(query), where: { id: note.id } });
      });
    },
  }),
);
