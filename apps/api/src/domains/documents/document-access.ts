import type { Prisma } from "@openleave/db";
import { NotFoundError } from "../../errors/domain-errors.ts";
import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";

const NOTHING: Prisma.DocumentWhereInput = { id: { in: [] } };

/** Types only an employer's administrator (or staff) files: never shown to the claimant unless they uploaded it. */
const EMPLOYER_TYPES = ["EMPLOYER_EVIDENCE", "PRIVATE_PLAN_DOCUMENT"] as const;

/**
 * Who reads which documents, by who they belong to (`Document.employerId`, set when an
 * employer's administrator uploads). Staff read all. The claimant reads their own claim's
 * documents except the employer's (its contest or appeal evidence, which may name what the
 * employer alleges). A leave administrator reads only what their verified employers uploaded —
 * never the claimant's medical or identity documents, whatever type the claimant gave them.
 */
export function visibleDocumentsFilter(actor: Actor | null): Prisma.DocumentWhereInput {
  if (!actor) return NOTHING;
  if (isStaff(actor)) return {};
  const filters: Prisma.DocumentWhereInput[] = [];
  if (hasRole(actor, "CLAIMANT") && actor.personId) {
    filters.push({
      claim: { claimantId: actor.personId },
      employerId: null,
      OR: [{ type: { notIn: [...EMPLOYER_TYPES] } }, { uploadedById: actor.userId }],
    });
  }
  if (hasRole(actor, "LEAVE_ADMIN") && actor.verifiedEmployerIds.length > 0) {
    filters.push({
      employerId: { in: actor.verifiedEmployerIds },
      // A claim's evidence once the claim is theirs to see; a private plan's documents always.
      OR: [{ claimId: null }, { claim: { employerId: { in: actor.verifiedEmployerIds }, status: { not: "DRAFT" } } }],
    });
  }
  if (filters.length === 0) return NOTHING;
  return filters.length === 1 ? filters[0]! : { OR: filters };
}

export async function findVisibleDocument(db: Prisma.TransactionClient, actor: Actor | null, documentId: string) {
  const document = await db.document.findFirst({ where: { AND: [{ id: documentId }, visibleDocumentsFilter(actor)] } });
  if (!document) throw new NotFoundError("Document");
  return document;
}
