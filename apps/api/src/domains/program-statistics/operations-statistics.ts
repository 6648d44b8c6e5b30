// The program's work in SQL: open tasks per queue with their ageing (a snapshot of now),
// employers' answers to claims whose response was due in the period, and what became of the
// appeals filed in the period.
import type { Database } from "@openleave/db";

import { zonesTable } from "./claim-flow-statistics.ts";
import type { StatisticsScope } from "./statistics-period.ts";

export interface QueueAgeing {
  queue: string;
  open: number;
  overdue: number;
  /** Open tasks created 0–2, 3–7, 8–14 and 15 or more days ago. */
  ageUnder3Days: number;
  age3To7Days: number;
  age8To14Days: number;
  age15DaysOrMore: number;
}

export async function queueAgeing(db: Database, scope: StatisticsScope, allPrograms: boolean): Promise<QueueAgeing[]> {
  const zones = zonesTable(scope);
  // With one program, a task counts when its claim (or its appeal's claim) is that program's;
  // tasks about no claim (employer support) belong to no program and count only for "all".
  const rows = await db.$queryRaw<
    { queue: string; open: bigint; overdue: bigint; a: bigint; b: bigint; c: bigint; d: bigint }[]
  >`
    WITH open_tasks AS (
      SELECT t.queue::text AS queue, t."dueAt", floor(extract(epoch FROM ${scope.now}::timestamptz - t."createdAt") / 86400) AS age
      FROM "Task" t
      LEFT JOIN "Appeal" a ON a.id = t."appealId"
      LEFT JOIN "Claim" c ON c.id = coalesce(t."claimId", a."claimId")
      WHERE t."completedAt" IS NULL
        AND (${allPrograms} OR c."programId" IN (SELECT pid FROM ${zones} z))
    )
    SELECT queue, count(*) AS open, count(*) FILTER (WHERE "dueAt" < ${scope.now}::timestamptz) AS overdue,
           count(*) FILTER (WHERE age < 3) AS a, count(*) FILTER (WHERE age BETWEEN 3 AND 7) AS b,
           count(*) FILTER (WHERE age BETWEEN 8 AND 14) AS c, count(*) FILTER (WHERE age >= 15) AS d
    FROM open_tasks GROUP BY queue ORDER BY queue`;
  return rows.map((r) => ({
    queue: r.queue,
    open: Number(r.open),
    overdue: Number(r.overdue),
    ageUnder3Days: Number(r.a),
    age3To7Days: Number(r.b),
    age8To14Days: Number(r.c),
    age15DaysOrMore: Number(r.d),
  }));
}

export interface EmployerResponseRates {
  /** Responses due in the period. */
  due: number;
  onTime: number;
  late: number;
  /** The due date passed with no answer. */
  missed: number;
  /** Not answered, and not due yet. */
  open: number;
  contested: number;
  /** Answered on time ÷ responses whose due date has passed or that were answered, to 4 places. */
  onTimeRate: string | null;
  /** Answered at all ÷ the same. */
  responseRate: string | null;
}

export async function employerResponseRates(db: Database, scope: StatisticsScope): Promise<EmployerResponseRates> {
  const zones = zonesTable(scope);
  const rows = await db.$queryRaw<
    {
      due: bigint;
      on_time: bigint;
      late: bigint;
      missed: bigint;
      open: bigint;
      contested: bigint;
      on_time_rate: string | null;
      response_rate: string | null;
    }[]
  >`
    WITH responses AS (
      SELECT r."dueDate"::date AS due_date, r.status::text AS status,
             (r."respondedAt" AT TIME ZONE z.tz)::date AS answered,
             (${scope.now}::timestamptz AT TIME ZONE z.tz)::date AS today
      FROM "EmployerResponse" r JOIN "Claim" c ON c.id = r."claimId" JOIN ${zones} z ON z.pid = c."programId"
      WHERE r."dueDate" BETWEEN ${scope.from}::date AND ${scope.to}::date
    ), counted AS (
      SELECT count(*) AS due,
             count(*) FILTER (WHERE answered IS NOT NULL AND answered <= due_date) AS on_time,
             count(*) FILTER (WHERE answered > due_date) AS late,
             count(*) FILTER (WHERE answered IS NULL AND due_date < today) AS missed,
             count(*) FILTER (WHERE answered IS NULL AND due_date >= today) AS open,
             count(*) FILTER (WHERE status = 'CONTESTED') AS contested
      FROM responses
    )
    SELECT *, round(on_time::numeric / nullif(due - open, 0), 4)::text AS on_time_rate,
              round((on_time + late)::numeric / nullif(due - open, 0), 4)::text AS response_rate
    FROM counted`;
  const r = rows[0]!;
  return {
    due: Number(r.due),
    onTime: Number(r.on_time),
    late: Number(r.late),
    missed: Number(r.missed),
    open: Number(r.open),
    contested: Number(r.contested),
    onTimeRate: r.on_time_rate,
    responseRate: r.response_rate,
  };
}

export interface AppealOutcomeCount {
  /** AFFIRMED, REVERSED, MODIFIED, DISMISSED, WITHDRAWN, or PENDING (not decided yet). */
  outcome: string;
  appeals: number;
}

export async function appealOutcomes(db: Database, scope: StatisticsScope): Promise<AppealOutcomeCount[]> {
  const zones = zonesTable(scope);
  const rows = await db.$queryRaw<{ outcome: string; appeals: bigint }[]>`
    SELECT CASE WHEN a.outcome IS NOT NULL THEN a.outcome::text
                WHEN a.status IN ('WITHDRAWN', 'DISMISSED') THEN a.status::text
                ELSE 'PENDING' END AS outcome,
           count(*) AS appeals
    FROM "Appeal" a JOIN "Claim" c ON c.id = a."claimId" JOIN ${zones} z ON z.pid = c."programId"
    WHERE (a."filedAt" AT TIME ZONE z.tz)::date BETWEEN ${scope.from}::date AND ${scope.to}::date
    GROUP BY 1`;
  const order = ["AFFIRMED", "REVERSED", "MODIFIED", "DISMISSED", "WITHDRAWN", "PENDING"];
  return order.map((outcome) => ({
    outcome,
    appeals: Number(rows.find((r) => r.outcome === outcome)?.appeals ?? 0),
  }));
}
