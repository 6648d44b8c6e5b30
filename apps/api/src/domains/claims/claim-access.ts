// Who may see which claims, as a database filter. Every claim read goes through this filter,
// so a claim the actor may not see behaves exactly like a claim that does not exist.
import type { Prisma } from "@openleave/db";
import { NotFoundError } from "../../errors/domain-errors.ts";
import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";

const NOTHING: Prisma.ClaimWhereInput = { id: { in: [] } };

export function visibleClaimsFilter(actor: Actor | null): Prisma.ClaimWhereInput {
  if (!actor) return NOTHING;
  if (isStaff(actor)) return {};
  const filters: Prisma.ClaimWhereInput[] = [];
  if (hasRole(actor, "CLAIMANT") && actor.personId) filters.push({ claimantId: actor.personId });
  // Leave administrators see their verified employers' claims once submitted, never drafts.
  if (hasRole(actor, "LEAVE_ADMIN") && actor.verifiedEmployerIds.length > 0) {
    filters.push({ employerId: { in: actor.verifiedEmployerIds }, status: { not: "DRAFT" } });
  }
  if (filters.length === 0) return NOTHING;
  return filters.length === 1 ? filters[0]! : { OR: filters };
}

/** Whether the actor sees this claim as its claimant (owner), not as employer or staff. */
export function isClaimOwner(actor: Actor | null, claim: { claimantId: string }): boolean {
  return !!actor?.personId && hasRole(actor, "CLAIMANT") && claim.claimantId === actor.personId;
}

/** Medical detail is for the claimant and staff only, never the employer: the rule lives in privacy/. */
export { mayReadMedicalDetail } from "../privacy/medical-detail.ts";

export async function findVisibleClaim<T extends Prisma.ClaimInclude | undefined = undefined>(
  db: Prisma.TransactionClient,
  actor: Actor | null,
  claimId: string,
  include?: T,
) {
  const claim = await db.claim.findFirst({ where: { AND: [{ id: claimId }, visibleClaimsFilter(actor)] }, include });
  if (!claim) throw new NotFoundError("Claim");
  return claim as Prisma.ClaimGetPayload<{ include: T }>;
}

/** The same rule as visibleClaimsFilter, for a claim already loaded (type-level auth). */
export function canSeeClaim(
  actor: Actor | null,
  claim: { claimantId: string; employerId: string | null; status: string },
): boolean {
  if (!actor) return false;
  if (isStaff(actor)) return true;
  if (isClaimOwner(actor, claim)) return true;
  return (
    hasRole(actor, "LEAVE_ADMIN") &&
    claim.status !== "DRAFT" &&
    claim.employerId !== null &&
    actor.verifiedEmployerIds.includes(claim.employerId)
  );
}
