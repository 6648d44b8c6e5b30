// The staff's account of exempt employers (one state's auditor could not account for what it
// owed them): each approved plan's employer, what its current premium statements say it owes
// (quarters outside the exemption still owe), what it remitted, and the balance — negative when
// the program owes the employer (premiums paid for quarters the exemption now covers).
import { Prisma, type Database } from "@openleave/db";

export async function exemptEmployers(db: Database) {
  const plans = await db.privatePlanApplication.findMany({
    where: { status: "APPROVED" },
    select: { id: true, employerId: true },
    orderBy: [{ effectiveFrom: "desc" }, { id: "asc" }],
  });
  const employerIds = [...new Set(plans.map((p) => p.employerId))];
  const owed = await db.premiumStatement.groupBy({
    by: ["employerId"],
    where: { employerId: { in: employerIds }, supersededAt: null },
    _sum: { amountDue: true },
  });
  const remitted = await db.premiumRemittance.groupBy({
    by: ["employerId"],
    where: { employerId: { in: employerIds } },
    _sum: { amount: true },
  });
  const sum = (rows: { employerId: string; _sum: Record<string, Prisma.Decimal | null> }[], id: string) =>
    Object.values(rows.find((r) => r.employerId === id)?._sum ?? {})[0] ?? new Prisma.Decimal(0);
  return plans.map((plan) => {
    const o = new Prisma.Decimal(sum(owed, plan.employerId));
    const r = new Prisma.Decimal(sum(remitted, plan.employerId));
    return { planId: plan.id, owed: o.toFixed(2), remitted: r.toFixed(2), balance: o.minus(r).toFixed(2) };
  });
}
