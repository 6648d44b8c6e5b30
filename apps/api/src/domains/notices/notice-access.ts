// Who may read which notices. A notice follows its claim, narrowed by whom it is addressed to:
// the claimant reads the notices sent to them (they may explain a medical decision), a verified
// leave administrator only the employer's copies (written without medical detail), and program
// staff every notice.
import type { Prisma } from "@openleave/db";
import { NotFoundError } from "../../errors/domain-errors.ts";
import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";
import { visibleClaimsFilter } from "../claims/claim-access.ts";

const NOTHING: Prisma.NoticeWhereInput = { id: { in: [] } };

export function visibleNoticesFilter(actor: Actor | null): Prisma.NoticeWhereInput {
  if (!actor) return NOTHING;
  if (isStaff(actor)) return {};
  const filters: Prisma.NoticeWhereInput[] = [];
  if (hasRole(actor, "CLAIMANT") && actor.personId)
    filters.push({ audience: "CLAIMANT", claim: { claimantId: actor.personId } });
  if (hasRole(actor, "LEAVE_ADMIN") && actor.verifiedEmployerIds.length > 0)
    filters.push({
      audience: "EMPLOYER",
      claim: { AND: [visibleClaimsFilter(actor), { employerId: { in: actor.verifiedEmployerIds } }] },
    });
  if (filters.length === 0) return NOTHING;
  return filters.length === 1 ? filters[0]! : { OR: filters };
}

/**
 * The same rule for `Claim.notices`, where the claim itself is already one the actor may see: a
 * reader with one role needs no join back to the claim.
 */
export function visibleNoticesOfVisibleClaim(actor: Actor | null): Prisma.NoticeWhereInput {
  if (isStaff(actor)) return {};
  const claimant = hasRole(actor, "CLAIMANT") && !!actor?.personId;
  const employer = hasRole(actor, "LEAVE_ADMIN");
  if (claimant && employer) return visibleNoticesFilter(actor);
  if (claimant) return { audience: "CLAIMANT" };
  if (employer) return { audience: "EMPLOYER" };
  return NOTHING;
}

export async function findVisibleNotice(db: Prisma.TransactionClient, actor: Actor | null, noticeId: string) {
  const notice = await db.notice.findFirst({ where: { AND: [{ id: noticeId }, visibleNoticesFilter(actor)] } });
  if (!notice) throw new NotFoundError("Notice");
  return notice;
}
