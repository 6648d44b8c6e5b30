// The staff's account of exempt employers (one state's auditor could not account for what it
// owed them), one row per employer with an approved plan, from its stored premium statements:
// - owedBeforeExemption: what the current statements of the quarters no exemption covers say it
//   owes (the quarters before the plan, or after it ended);
// - paidWhileExempt: for each quarter an exemption now covers, the premium the employer reported
//   before the exemption reached it (the quarter's last statement that was not exempt) — the
//   program owes it back; a quarter first stated as exempt reported nothing;
// - net: the first less the second (negative: the program owes the employer).
// Beside them, as before, what the current statements owe in all, what staff recorded as
// remitted (PremiumRemittance) and that balance. All sums in decimal.
import { Prisma, type Database } from "@openleave/db";

export interface ExemptEmployerAccount {
  planId: string;
  owedBeforeExemption: string;
  paidWhileExempt: string;
  net: string;
  exemptQuarters: number;
  owed: string;
  remitted: string;
  balance: string;
}

const ZERO = new Prisma.Decimal(0);

export async function exemptEmployers(db: Database): Promise<ExemptEmployerAccount[]> {
  const plans = await db.privatePlanApplication.findMany({
    where: { status: "APPROVED" },
    select: { id: true, employerId: true },
    orderBy: [{ effectiveFrom: "desc" }, { id: "asc" }],
  });
  // The employer's latest approved plan names the row (plans come newest first).
  const planOf = new Map<string, string>();
  for (const plan of plans) if (!planOf.has(plan.employerId)) planOf.set(plan.employerId, plan.id);
  const employerIds = [...planOf.keys()];
  if (employerIds.length === 0) return [];

  const statements = await db.premiumStatement.findMany({
    where: { employerId: { in: employerIds } },
    select: {
      employerId: true,
      programId: true,
      year: true,
      quarter: true,
      version: true,
      amountDue: true,
      privatePlanId: true,
      supersededAt: true,
    },
    orderBy: [{ version: "asc" }],
  });
  const remitted = await db.premiumRemittance.groupBy({
    by: ["employerId"],
    where: { employerId: { in: employerIds } },
    _sum: { amount: true },
  });

  // Per employer, program and quarter: the current statement and the last one that was not exempt.
  type Quarter = { current?: (typeof statements)[number]; lastNotExempt?: (typeof statements)[number] };
  const quarters = new Map<string, Map<string, Quarter>>();
  for (const s of statements) {
    const ofEmployer = quarters.get(s.employerId) ?? new Map<string, Quarter>();
    quarters.set(s.employerId, ofEmployer);
    const key = `${s.programId}:${s.year}:${s.quarter}`;
    const quarter = ofEmployer.get(key) ?? {};
    ofEmployer.set(key, quarter);
    if (s.supersededAt === null) quarter.current = s;
    if (s.privatePlanId === null) quarter.lastNotExempt = s; // versions come in ascending order
  }

  return employerIds.map((employerId) => {
    let owedBefore = ZERO;
    let paidWhileExempt = ZERO;
    let owed = ZERO;
    let exemptQuarters = 0;
    for (const { current, lastNotExempt } of quarters.get(employerId)?.values() ?? []) {
      if (!current) continue;
      owed = owed.plus(current.amountDue);
      if (current.privatePlanId === null) {
        owedBefore = owedBefore.plus(current.amountDue);
      } else {
        exemptQuarters += 1;
        if (lastNotExempt) paidWhileExempt = paidWhileExempt.plus(lastNotExempt.amountDue);
      }
    }
    const paid = new Prisma.Decimal(remitted.find((r) => r.employerId === employerId)?._sum.amount ?? ZERO);
    return {
      planId: planOf.get(employerId)!,
      owedBeforeExemption: owedBefore.toFixed(2),
      paidWhileExempt: paidWhileExempt.toFixed(2),
      net: owedBefore.minus(paidWhileExempt).toFixed(2),
      exemptQuarters,
      owed: owed.toFixed(2),
      remitted: paid.toFixed(2),
      balance: owed.minus(paid).toFixed(2),
    };
  });
}
