// Marks a claim's leave periods with a decision. The approved dates are stored on the periods
// themselves: a period the approval covers only in part is cut to its approved days, and the
// days before and after become periods of their own, denied. So the periods always say which
// requested day was approved and which was not, for payments and for the claimant's page.
import { addDays, fromDateOnly, toDateOnly, type LeavePeriod, type Prisma } from "@openleave/db";

/** The approved range, calendar dates (YYYY-MM-DD), inclusive; null when nothing is approved. */
export type ApprovedRange = { startDate: string; endDate: string } | null;

export async function decideLeavePeriods(
  tx: Prisma.TransactionClient,
  periods: LeavePeriod[],
  approval: ApprovedRange,
) {
  for (const period of periods) {
    const start = toDateOnly(period.startDate);
    const end = toDateOnly(period.endDate);
    const from = approval && approval.startDate > start ? approval.startDate : start;
    const to = approval && approval.endDate < end ? approval.endDate : end;
    if (!approval || from > to) {
      await tx.leavePeriod.update({ where: { id: period.id }, data: { decision: "DENIED" } });
      continue;
    }
    await tx.leavePeriod.update({
      where: { id: period.id },
      data: { decision: "APPROVED", startDate: fromDateOnly(from), endDate: fromDateOnly(to) },
    });
    const denied = [
      ...(start < from ? [{ startDate: start, endDate: addDays(from, -1) }] : []),
      ...(to < end ? [{ startDate: addDays(to, 1), endDate: end }] : []),
    ];
    for (const part of denied) {
      await tx.leavePeriod.create({
        data: {
          claimId: period.claimId,
          kind: period.kind,
          hoursPerWeek: period.hoursPerWeek,
          episodesPerMonth: period.episodesPerMonth,
          hoursPerEpisode: period.hoursPerEpisode,
          startDate: fromDateOnly(part.startDate),
          endDate: fromDateOnly(part.endDate),
          decision: "DENIED",
        },
      });
    }
  }
}
