// One leave, one benefit: a person cannot have two claims in force for the same days. Checked
// when a claim is submitted (against every other claim still open or granted) and when one is
// approved (against every other approved claim), inside the transaction and after locking the
// person's row, so two concurrent submits or approvals for one person are taken one at a time.
import { toDateOnly, type Prisma } from "@openleave/db";
import { InvalidInputError } from "../../errors/domain-errors.ts";

/** Statuses of claims whose leave is still asked for or granted. */
const IN_FORCE = [
  "SUBMITTED",
  "PENDING_EMPLOYER_RESPONSE",
  "IN_REVIEW",
  "INFO_REQUESTED",
  "APPROVED",
  "PARTIALLY_APPROVED",
  "CLOSED",
] as const;

interface DateRange {
  start: string;
  end: string;
}

/** Serializes claim submissions and decisions for one person until the transaction ends. */
export async function lockPersonsClaims(tx: Prisma.TransactionClient, personId: string) {
  await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${personId}::uuid FOR UPDATE`;
}

/**
 * Refuses `ranges` of the claim `claimId` when another claim of the same person covers any of
 * those days: on submit, any claim in force; on approval (`approvedOnly`), the approved leave
 * periods of approved claims. The error names the other claim so the person knows which.
 */
export async function refuseOverlappingClaims(
  tx: Prisma.TransactionClient,
  options: { claimId: string; personId: string; ranges: DateRange[]; approvedOnly: boolean; path: string[] },
) {
  if (options.ranges.length === 0) return;
  const others = await tx.claim.findMany({
    where: {
      claimantId: options.personId,
      id: { not: options.claimId },
      status: { in: options.approvedOnly ? ["APPROVED", "PARTIALLY_APPROVED", "CLOSED"] : [...IN_FORCE] },
      leavePeriods: {
        some: {
          OR: options.ranges.map((range) => ({
            startDate: { lte: new Date(`${range.end}T00:00:00Z`) },
            endDate: { gte: new Date(`${range.start}T00:00:00Z`) },
          })),
          ...(options.approvedOnly ? { decision: "APPROVED" as const } : {}),
        },
      },
    },
    select: { claimNumber: true, leavePeriods: { select: { startDate: true, endDate: true, decision: true } } },
    orderBy: { submittedAt: "asc" },
    take: 1,
  });
  const other = others[0];
  if (!other) return;
  const periods = other.leavePeriods
    .filter((p) => !options.approvedOnly || p.decision === "APPROVED")
    .map((p) => `${toDateOnly(p.startDate)} to ${toDateOnly(p.endDate)}`)
    .join(", ");
  const message = options.approvedOnly
    ? `These dates overlap claim ${other.claimNumber}, already approved for ${periods}. One leave can be paid only once: change the approved dates or decide that claim again.`
    : `These dates overlap your claim ${other.claimNumber} (${periods}). One leave can be paid only once: change the dates, or withdraw claim ${other.claimNumber} first.`;
  throw InvalidInputError.field(options.path, message);
}
