import type { Prisma } from "@openleave/db";
import { NotFoundError } from "../../errors/domain-errors.ts";
import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";
import { visibleClaimsFilter } from "../claims/claim-access.ts";

/**
 * Documents follow their claim, with one narrowing: a leave administrator sees only the
 * evidence their employer uploaded, never the claimant's medical or identity documents.
 */
export function visibleDocumentsFilter(actor: Actor | null): Prisma.DocumentWhereInput {
  const claim = visibleClaimsFilter(actor);
  if (!actor || isStaff(actor)) return { claim };
  if (hasRole(actor, "LEAVE_ADMIN") && !hasRole(actor, "CLAIMANT")) {
    return { claim, type: "EMPLOYER_EVIDENCE" };
  }
  if (hasRole(actor, "LEAVE_ADMIN")) {
    return { OR: [{ claim: { claimantId: actor.personId ?? "" } }, { claim, type: "EMPLOYER_EVIDENCE" }] };
  }
  return { claim };
}

export async function findVisibleDocument(db: Prisma.TransactionClient, actor: Actor | null, documentId: string) {
  const document = await db.document.findFirst({ where: { AND: [{ id: documentId }, visibleDocumentsFilter(actor)] } });
  if (!document) throw new NotFoundError("Document");
  return document;
}
