// Who may see and act on appeals. An appeal is visible exactly when its claim is (staff see
// all), so an appeal on a claim the actor may not see behaves like one that does not exist.
import type { AppellantRole, Prisma } from "@openleave/db";
import { NotFoundError } from "../../errors/domain-errors.ts";
import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";
import { isClaimOwner, visibleClaimsFilter } from "../claims/claim-access.ts";

type ClaimParties = { claimantId: string; employerId: string | null };

export function visibleAppealsFilter(actor: Actor | null): Prisma.AppealWhereInput {
  if (isStaff(actor)) return {};
  return { claim: visibleClaimsFilter(actor) };
}

export async function findVisibleAppeal<T extends Prisma.AppealInclude>(
  db: Prisma.TransactionClient,
  actor: Actor | null,
  appealId: string,
  include: T,
) {
  const appeal = await db.appeal.findFirst({
    where: { AND: [{ id: appealId }, visibleAppealsFilter(actor)] },
    include,
  });
  if (!appeal) throw new NotFoundError("Appeal");
  return appeal as Prisma.AppealGetPayload<{ include: T }>;
}

function isEmployerAdmin(actor: Actor | null, claim: ClaimParties): boolean {
  return (
    hasRole(actor, "LEAVE_ADMIN") &&
    claim.employerId !== null &&
    !!actor?.verifiedEmployerIds.includes(claim.employerId)
  );
}

/** The side the actor would appeal for on this claim, or null if they are not a party. */
export function appellantRoleFor(actor: Actor | null, claim: ClaimParties): AppellantRole | null {
  if (isClaimOwner(actor, claim)) return "CLAIMANT";
  if (isEmployerAdmin(actor, claim)) return "EMPLOYER";
  return null;
}

/** The appellant is a side, not a login: any verified administrator of the employer speaks for it. */
export function isAppellant(
  actor: Actor | null,
  appeal: { appellantRole: AppellantRole },
  claim: ClaimParties,
): boolean {
  return appeal.appellantRole === "CLAIMANT" ? isClaimOwner(actor, claim) : isEmployerAdmin(actor, claim);
}

/**
 * A claimant's grounds for appeal often describe their health, which employers never see; an
 * employer's grounds are shown to the claimant, who has to answer them.
 */
export function mayReadAppealReason(
  actor: Actor | null,
  appeal: { appellantRole: AppellantRole },
  claim: ClaimParties,
): boolean {
  return (
    isStaff(actor) ||
    isClaimOwner(actor, claim) ||
    (appeal.appellantRole === "EMPLOYER" && isEmployerAdmin(actor, claim))
  );
}
