// Finding a claim by what a caller on the phone can say: the claim number, their name, or the
// last four digits of their SSN. Staff only; every search is audited (how it searched and how
// many claims it found, never the words or digits searched for, which are personal data).
import type { Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { builder } from "../../graphql/builder.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { prismaQuery } from "../../graphql/reload.ts";

const SearchInput = z.object({
  search: z
    .string()
    .trim()
    .min(2, "Enter a claim number, a name, or the last four digits of an SSN.")
    .max(100, "Enter at most 100 characters."),
});

export type ClaimSearchKind = "ssnLast4" | "claimNumber" | "name";

/** How a search is read: four digits are an SSN's last four; "WA-PFML-…" is a claim number; else a name. */
export function claimSearchFilter(search: string): { kind: ClaimSearchKind; where: Prisma.ClaimWhereInput } {
  const text = search.trim();
  if (/^\d{4}$/.test(text)) return { kind: "ssnLast4", where: { claimant: { ssnLast4: text } } };
  if (/^[A-Za-z]{2}-[A-Za-z]+-/.test(text) || /^[A-Za-z]{2}-[A-Za-z]+$/.test(text)) {
    return { kind: "claimNumber", where: { claimNumber: { startsWith: text.toUpperCase() } } };
  }
  const words = text.split(/\s+/).filter(Boolean).slice(0, 4);
  return {
    kind: "name",
    where: {
      AND: words.map((word) => ({
        claimant: {
          OR: [
            { firstName: { contains: word, mode: "insensitive" as const } },
            { lastName: { contains: word, mode: "insensitive" as const } },
          ],
        },
      })),
    },
  };
}

builder.queryField("findClaims", (t) =>
  t.prismaField({
    type: ["Claim"],
    authScopes: { staff: true },
    description:
      "Staff search: a claim number (or its start), a claimant's name, or the last four digits of their SSN. At most 25 claims, newest first. Audited.",
    args: { search: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { search } = parseInput(SearchInput, { search: args.search });
      const { kind, where } = claimSearchFilter(search);
      const claims = await ctx.db.claim.findMany({
        ...prismaQuery(query),
        where: { AND: [where, { status: { not: "DRAFT" } }] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 25,
      });
      await ctx.db.$transaction((tx) =>
        recordAuditEvent(
          tx,
          { actor: ctx.actor, requestId: ctx.requestId },
          {
            action: "claim.search",
            entityType: "User",
            entityId: ctx.actor!.userId,
            metadata: { by: kind, results: claims.length },
          },
        ),
      );
      return claims;
    },
  }),
);
