// The program's finances in SQL, the figures a solvency analysis starts from: premiums reported
// (employers' current premium statements) and benefits paid (payments sent, less those the bank
// returned) per calendar quarter, the fund's net position at each quarter's end (everything
// reported minus everything paid, since the start), utilization (claims submitted per 1,000
// workers with wages on file), and the average weekly benefit and approved duration per leave
// reason. Sums stay numeric in SQL and leave it as text.
import type { Database } from "@openleave/db";
import { zonesTable } from "./claim-flow-statistics.ts";
import type { StatisticsScope } from "./statistics-period.ts";

export interface QuarterFinances {
  /** "2026-Q3". */
  quarter: string;
  premiumsReported: string;
  benefitsPaid: string;
  /** Premiums reported minus benefits paid, all quarters up to and including this one. */
  netPosition: string;
}

export async function quarterlyFinances(db: Database, scope: StatisticsScope): Promise<QuarterFinances[]> {
  const zones = zonesTable(scope);
  const rows = await db.$queryRaw<{ q: string; premiums: string; benefits: string; net: string }[]>`
    WITH quarters AS (
      SELECT generate_series(date_trunc('quarter', ${scope.from}::date), ${scope.to}::date, interval '3 months')::date AS q
    ), premiums AS (
      SELECT make_date(ps.year, (ps.quarter - 1) * 3 + 1, 1) AS q, sum(ps."amountDue") AS amount
      FROM "PremiumStatement" ps
      WHERE ps."supersededAt" IS NULL AND ps."programId" IN (SELECT pid FROM ${zones} z)
      GROUP BY 1
    ), benefits AS (
      SELECT date_trunc('quarter', (p."sentAt" AT TIME ZONE z.tz)::date)::date AS q, sum(p.gross) AS amount
      FROM "Payment" p JOIN "Claim" c ON c.id = p."claimId" JOIN ${zones} z ON z.pid = c."programId"
      WHERE p."sentAt" IS NOT NULL AND p.status IN ('SENT', 'PAID')
      GROUP BY 1
    ), every_quarter AS (
      SELECT q FROM quarters UNION SELECT q FROM premiums UNION SELECT q FROM benefits
    ), running AS (
      SELECT e.q, coalesce(pr.amount, 0) AS premiums, coalesce(b.amount, 0) AS benefits,
             sum(coalesce(pr.amount, 0) - coalesce(b.amount, 0)) OVER (ORDER BY e.q) AS net
      FROM every_quarter e LEFT JOIN premiums pr ON pr.q = e.q LEFT JOIN benefits b ON b.q = e.q
    )
    SELECT to_char(q, 'YYYY') || '-Q' || extract(quarter FROM q)::int AS q,
           premiums::numeric(16, 2)::text AS premiums, benefits::numeric(16, 2)::text AS benefits,
           net::numeric(16, 2)::text AS net
    FROM running WHERE q IN (SELECT q FROM quarters) ORDER BY running.q`;
  return rows.map((r) => ({
    quarter: r.q,
    premiumsReported: r.premiums,
    benefitsPaid: r.benefits,
    netPosition: r.net,
  }));
}

export interface Utilization {
  claims: number;
  /** Distinct workers with wages reported by the programs' employers in the four quarters ending with the period's last. */
  coveredWorkers: number;
  /** Claims per 1,000 covered workers, to 2 places; null with no covered workers. */
  claimsPerThousandWorkers: string | null;
}

export async function utilization(db: Database, scope: StatisticsScope): Promise<Utilization> {
  const zones = zonesTable(scope);
  const rows = await db.$queryRaw<{ claims: bigint; workers: bigint; rate: string | null }[]>`
    WITH last_quarter AS (SELECT date_trunc('quarter', ${scope.to}::date)::date AS q),
    workers AS (
      SELECT count(DISTINCT w."personId") AS n
      FROM "WageRecord" w JOIN "Employer" e ON e.id = w."employerId"
      JOIN "Program" p ON p.jurisdiction = e.jurisdiction AND p.id IN (SELECT pid FROM ${zones} z)
      WHERE make_date(w.year, (w.quarter - 1) * 3 + 1, 1) BETWEEN (SELECT q FROM last_quarter) - interval '9 months' AND (SELECT q FROM last_quarter)
    ), claims AS (
      SELECT count(*) AS n FROM "Claim" c JOIN ${zones} z ON z.pid = c."programId"
      WHERE (c."submittedAt" AT TIME ZONE z.tz)::date BETWEEN ${scope.from}::date AND ${scope.to}::date
    )
    SELECT claims.n AS claims, workers.n AS workers,
           round(claims.n::numeric * 1000 / nullif(workers.n, 0), 2)::text AS rate
    FROM claims, workers`;
  const r = rows[0]!;
  return { claims: Number(r.claims), coveredWorkers: Number(r.workers), claimsPerThousandWorkers: r.rate };
}

export interface LeaveReasonBenefits {
  leaveReason: string;
  /** Claims whose current decision (in the period) approves leave. */
  approvedClaims: number;
  averageWeeklyBenefit: string | null;
  /** Average approved leave in weeks (calendar days ÷ 7), to 1 place. */
  averageWeeks: string | null;
}

export async function benefitsByLeaveReason(db: Database, scope: StatisticsScope): Promise<LeaveReasonBenefits[]> {
  const zones = zonesTable(scope);
  const rows = await db.$queryRaw<{ reason: string; claims: bigint; benefit: string | null; weeks: string | null }[]>`
    SELECT c."leaveReason"::text AS reason, count(*) AS claims,
           round(avg(d."weeklyBenefitAmount"), 2)::text AS benefit,
           round(avg(d."approvedEndDate" - d."approvedStartDate" + 1)::numeric / 7, 1)::text AS weeks
    FROM "Determination" d JOIN "Claim" c ON c.id = d."claimId" JOIN ${zones} z ON z.pid = c."programId"
    WHERE d.outcome IN ('APPROVED', 'PARTIALLY_APPROVED')
      -- The claim's current decision: none replaces it.
      AND NOT EXISTS (SELECT 1 FROM "Determination" s WHERE s."supersedesId" = d.id)
      AND c."leaveReason" IS NOT NULL
      AND (d."decidedAt" AT TIME ZONE z.tz)::date BETWEEN ${scope.from}::date AND ${scope.to}::date
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({
    leaveReason: r.reason,
    approvedClaims: Number(r.claims),
    averageWeeklyBenefit: r.benefit,
    averageWeeks: r.weeks,
  }));
}
