// Whether an employer is exempt is not a flag: it is an approved private plan whose effective
// dates cover the period. Exemptions are granted by whole quarters (see the rules package's
// privatePlan fact), so a quarter is exempt when the plan is in effect from its first day to
// its last, and a claim when the plan is in effect on the first day of the leave.
import { fromDateOnly, type Prisma } from "@openleave/db";
import { quarterEndDate, quarterStartDate } from "../wages/reporting-quarter.ts";

type Db = Prisma.TransactionClient;

const inEffect = (from: string, to: string): Prisma.PrivatePlanApplicationWhereInput => ({
  status: "APPROVED",
  effectiveFrom: { lte: fromDateOnly(from) },
  OR: [{ effectiveTo: null }, { effectiveTo: { gte: fromDateOnly(to) } }],
});

export function exemptionCovering(db: Db, employerId: string, year: number, quarter: number) {
  return db.privatePlanApplication.findFirst({
    where: { employerId, ...inEffect(quarterStartDate(year, quarter), quarterEndDate(year, quarter)) },
    select: { id: true, administratorName: true, effectiveFrom: true, effectiveTo: true },
  });
}

export function exemptionOnDate(db: Db, employerId: string, date: string) {
  return db.privatePlanApplication.findFirst({
    where: { employerId, ...inEffect(date, date) },
    select: { id: true, administratorName: true, claimsContactPhone: true, claimsContactEmail: true },
  });
}
