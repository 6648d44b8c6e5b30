// How claims move, computed in SQL: applications and first decisions per week, and the days from
// submission to the first decision and to the first payment sent. Claims still waiting count
// with the days they have waited so far (to the program's today), so a backlog shows in the
// percentiles instead of hiding from them; withdrawn claims that were never decided are left out.
import type { Database } from "@openleave/db";
import { Prisma } from "@openleave/db";
import type { StatisticsScope } from "./statistics-period.ts";

/** The programs of the scope with their zones, as a table SQL can join (`zones(pid, tz)`). */
export function zonesTable(scope: StatisticsScope) {
  return Prisma.sql`(SELECT * FROM unnest(${scope.programIds}::uuid[], ${scope.timeZones}::text[]) AS zones(pid, tz))`;
}

export interface WeekRow {
  weekStart: string;
  applications: number;
  approved: number;
  partiallyApproved: number;
  denied: number;
}

export async function claimsPerWeek(db: Database, scope: StatisticsScope): Promise<WeekRow[]> {
  const zones = zonesTable(scope);
  const rows = await db.$queryRaw<
    { week: string; applications: bigint; approved: bigint; partial: bigint; denied: bigint }[]
  >`
    WITH weeks AS (
      SELECT generate_series(date_trunc('week', ${scope.from}::date), ${scope.to}::date, interval '1 week')::date AS week
    ), applications AS (
      SELECT date_trunc('week', (c."submittedAt" AT TIME ZONE z.tz)::date)::date AS week, count(*) AS n
      FROM "Claim" c JOIN ${zones} z ON z.pid = c."programId"
      WHERE (c."submittedAt" AT TIME ZONE z.tz)::date BETWEEN ${scope.from}::date AND ${scope.to}::date
      GROUP BY 1
    ), decisions AS (
      -- First decisions only: a determination that replaces another (an appeal) is not new work.
      SELECT date_trunc('week', (d."decidedAt" AT TIME ZONE z.tz)::date)::date AS week,
             count(*) FILTER (WHERE d.outcome = 'APPROVED') AS approved,
             count(*) FILTER (WHERE d.outcome = 'PARTIALLY_APPROVED') AS partial,
             count(*) FILTER (WHERE d.outcome = 'DENIED') AS denied
      FROM "Determination" d JOIN "Claim" c ON c.id = d."claimId" JOIN ${zones} z ON z.pid = c."programId"
      WHERE d."supersedesId" IS NULL
        AND (d."decidedAt" AT TIME ZONE z.tz)::date BETWEEN ${scope.from}::date AND ${scope.to}::date
      GROUP BY 1
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, coalesce(a.n, 0) AS applications,
           coalesce(d.approved, 0) AS approved, coalesce(d.partial, 0) AS partial, coalesce(d.denied, 0) AS denied
    FROM weeks w LEFT JOIN applications a ON a.week = w.week LEFT JOIN decisions d ON d.week = w.week
    ORDER BY w.week`;
  return rows.map((r) => ({
    weekStart: r.week,
    applications: Number(r.applications),
    approved: Number(r.approved),
    partiallyApproved: Number(r.partial),
    denied: Number(r.denied),
  }));
}

export interface Durations {
  /** Claims counted (submitted in the period). */
  claims: number;
  /** Of those, still waiting (counted with their days so far). */
  waiting: number;
  /** Of the waiting, those with a payment on hold (first payment only). */
  onHold: number;
  /** Days, to one decimal, as text; null when there are no claims. */
  medianDays: string | null;
  p90Days: string | null;
}

type DurationRow = { claims: bigint; waiting: bigint; on_hold: bigint; median: string | null; p90: string | null };

const toDurations = (row: DurationRow | undefined): Durations => ({
  claims: Number(row?.claims ?? 0),
  waiting: Number(row?.waiting ?? 0),
  onHold: Number(row?.on_hold ?? 0),
  medianDays: row?.median ?? null,
  p90Days: row?.p90 ?? null,
});

export async function daysToDecision(db: Database, scope: StatisticsScope): Promise<Durations> {
  const zones = zonesTable(scope);
  const rows = await db.$queryRaw<DurationRow[]>`
    WITH claims AS (
      SELECT (c."submittedAt" AT TIME ZONE z.tz)::date AS submitted,
             (SELECT (min(d."decidedAt") AT TIME ZONE z.tz)::date FROM "Determination" d WHERE d."claimId" = c.id) AS decided,
             (${scope.now}::timestamptz AT TIME ZONE z.tz)::date AS today
      FROM "Claim" c JOIN ${zones} z ON z.pid = c."programId"
      WHERE (c."submittedAt" AT TIME ZONE z.tz)::date BETWEEN ${scope.from}::date AND ${scope.to}::date
        AND NOT (c.status = 'WITHDRAWN' AND NOT EXISTS (SELECT 1 FROM "Determination" d WHERE d."claimId" = c.id))
    ), days AS (
      SELECT coalesce(decided, today) - submitted AS days, decided IS NULL AS waiting FROM claims
    )
    SELECT count(*) AS claims, count(*) FILTER (WHERE waiting) AS waiting, 0::bigint AS on_hold,
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::numeric, 1)::text AS median,
           round(percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::numeric, 1)::text AS p90
    FROM days`;
  return toDurations(rows[0]);
}

export async function daysToFirstPayment(db: Database, scope: StatisticsScope): Promise<Durations> {
  const zones = zonesTable(scope);
  // Claims approved (in full or in part) at some point: the ones that should be paid.
  const rows = await db.$queryRaw<DurationRow[]>`
    WITH claims AS (
      SELECT (c."submittedAt" AT TIME ZONE z.tz)::date AS submitted,
             -- Money that reached the claimant's bank or mail: a payment the bank returned does not count.
             (SELECT (min(p."sentAt") AT TIME ZONE z.tz)::date FROM "Payment" p
               WHERE p."claimId" = c.id AND p.status IN ('SENT', 'PAID')) AS paid,
             EXISTS (SELECT 1 FROM "Payment" p WHERE p."claimId" = c.id AND p.status = 'HELD') AS held,
             (${scope.now}::timestamptz AT TIME ZONE z.tz)::date AS today
      FROM "Claim" c JOIN ${zones} z ON z.pid = c."programId"
      WHERE (c."submittedAt" AT TIME ZONE z.tz)::date BETWEEN ${scope.from}::date AND ${scope.to}::date
        AND EXISTS (SELECT 1 FROM "Determination" d WHERE d."claimId" = c.id AND d.outcome IN ('APPROVED', 'PARTIALLY_APPROVED'))
    ), days AS (
      SELECT coalesce(paid, today) - submitted AS days, paid IS NULL AS waiting, paid IS NULL AND held AS on_hold
      FROM claims
    )
    SELECT count(*) AS claims, count(*) FILTER (WHERE waiting) AS waiting, count(*) FILTER (WHERE on_hold) AS on_hold,
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::numeric, 1)::text AS median,
           round(percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::numeric, 1)::text AS p90
    FROM days`;
  return toDurations(rows[0]);
}
