// The payment schedule of an approved claim: one payment per week of approved leave at the
// decision's weekly benefit (computed by @openleave/rules when the claim was decided), the
// waiting period unpaid, a partial last week prorated by days, reduced-schedule weeks by the
// share of regular hours on leave, intermittent leave for the weeks the claimant reported hours
// in, by the share of regular hours taken. The unique key (claimId, periodStart) makes scheduling
// idempotent: rescheduling never creates a week twice.
import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { addDays, daysBetween, fromDateOnly, Prisma, toDateOnly, type Database } from "@openleave/db";

/** IRS voluntary withholding on unemployment-type benefits (Form W-4V): 10%. */
export const FEDERAL_WITHHOLDING_RATE = new Decimal("0.10");

export interface ScheduledWeek {
  periodStart: string;
  periodEnd: string;
  gross: Decimal;
}

export interface WeekInputs {
  weeklyBenefit: Decimal;
  start: string;
  end: string;
  waitingPeriodDays: number;
  /** Reduced schedule: hours of leave a week over regular weekly hours. */
  reducedShare?: Decimal;
}

/** Pure: the weeks and gross amounts for one approved period. */
export function weeksFor(input: WeekInputs): ScheduledWeek[] {
  const weeks: ScheduledWeek[] = [];
  let waitingLeft = input.waitingPeriodDays;
  for (let weekStart = input.start; weekStart <= input.end; weekStart = addDays(weekStart, 7)) {
    const weekEnd = addDays(weekStart, 6) < input.end ? addDays(weekStart, 6) : input.end;
    const days = daysBetween(weekStart, weekEnd) + 1;
    const unpaid = Math.min(waitingLeft, days);
    waitingLeft -= unpaid;
    const paidDays = days - unpaid;
    if (paidDays === 0) continue;
    let gross = input.weeklyBenefit.mul(paidDays).div(7);
    if (input.reducedShare) gross = gross.mul(input.reducedShare);
    weeks.push({ periodStart: weekStart, periodEnd: weekEnd, gross: gross.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) });
  }
  return weeks;
}

/**
 * Pure: intermittent leave is paid for the weeks the claimant reported hours in, each at the
 * weekly benefit times the share of regular weekly hours taken (at most the whole benefit). The
 * waiting period is served by the first weeks with leave taken: each reported week serves up to
 * seven of its days. A week is paid as first reported; without the claimant's regular weekly
 * hours nothing can be paid (the share is unknown) and the weeks wait for them.
 */
export function reportedWeeks(input: {
  weeklyBenefit: Decimal;
  start: string;
  end: string;
  waitingPeriodDays: number;
  regularHoursPerWeek: string | null;
  reports: { weekStart: string; hours: string }[];
}): { weeks: ScheduledWeek[]; waitingLeft: number } {
  let waitingLeft = input.waitingPeriodDays;
  const weeks: ScheduledWeek[] = [];
  if (!input.regularHoursPerWeek || new Decimal(input.regularHoursPerWeek).lte(0)) return { weeks, waitingLeft };
  for (const report of input.reports) {
    const weekStart = report.weekStart < input.start ? input.start : report.weekStart;
    const weekEnd = addDays(report.weekStart, 6) < input.end ? addDays(report.weekStart, 6) : input.end;
    if (weekStart > weekEnd || new Decimal(report.hours).lte(0)) continue;
    if (waitingLeft > 0) {
      waitingLeft = Math.max(0, waitingLeft - 7);
      continue;
    }
    const share = Decimal.min(1, new Decimal(report.hours).div(input.regularHoursPerWeek));
    const gross = input.weeklyBenefit.mul(share).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    weeks.push({ periodStart: weekStart, periodEnd: weekEnd, gross });
  }
  return { weeks, waitingLeft };
}

export function withholdingOn(gross: Decimal, elected: boolean): Decimal {
  return elected ? gross.mul(FEDERAL_WITHHOLDING_RATE).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : new Decimal(0);
}

export type PlannedPayment = Awaited<ReturnType<typeof plannedPayments>>[number];

/** Creates the missing payments of one claim; returns how many were created. */
export async function scheduleClaimPayments(db: Database | Prisma.TransactionClient, claimId: string): Promise<number> {
  return insertPlannedPayments(db, await plannedPayments(db, claimId));
}

/** What planning a claim's payments reads: its current decision, waiting days, payment
 * preference and leave periods (dates as "YYYY-MM-DD", amounts as decimal strings). */
interface PlanningFacts {
  id: string;
  privatePlanId: string | null;
  regularHoursPerWeek: string | null;
  outcome: string | null;
  weeklyBenefitAmount: string | null;
  approvedStartDate: Date | null;
  approvedEndDate: Date | null;
  waitingPeriodDays: number | null;
  preferenceMethod: string | null;
  hasAccount: boolean | null;
  federalWithholdingElected: boolean | null;
  periods: {
    kind: string;
    decision: string;
    startDate: string;
    endDate: string;
    hoursPerWeek: string | null;
    /** Intermittent leave: the hours the claimant reported, week by week. */
    reports: { weekStart: string; hours: string }[];
  }[];
}

/** One statement for any number of claims: by id, or the next approved ones after a cursor. */
function loadPlanningFacts(
  db: Database | Prisma.TransactionClient,
  which: { claimIds: string[] } | { approvedAfter: string; take: number },
) {
  const where =
    "claimIds" in which
      ? Prisma.sql`c.id = ANY(${which.claimIds}::uuid[])`
      : Prisma.sql`c.status IN ('APPROVED', 'PARTIALLY_APPROVED') AND c.id > ${which.approvedAfter}::uuid`;
  const limit = "take" in which ? Prisma.sql`LIMIT ${which.take}` : Prisma.empty;
  return db.$queryRaw<PlanningFacts[]>`
    SELECT c.id, c."privatePlanId", c."regularHoursPerWeek"::text AS "regularHoursPerWeek",
      d.outcome::text AS outcome, d."weeklyBenefitAmount"::text AS "weeklyBenefitAmount",
      d."approvedStartDate", d."approvedEndDate", s."waitingPeriodDays",
      pp.method::text AS "preferenceMethod", pp."accountNumberEncrypted" IS NOT NULL AS "hasAccount",
      pp."federalWithholdingElected",
      COALESCE((SELECT json_agg(json_build_object('kind', lp.kind, 'decision', lp.decision, 'startDate', lp."startDate",
                  'endDate', lp."endDate", 'hoursPerWeek', lp."hoursPerWeek"::text,
                  'reports', COALESCE((SELECT json_agg(json_build_object('weekStart', r."weekStart", 'hours', r.hours::text)
                      ORDER BY r."weekStart") FROM "LeaveHoursReport" r WHERE r."leavePeriodId" = lp.id), '[]'::json))
                  ORDER BY lp."startDate")
                FROM "LeavePeriod" lp WHERE lp."claimId" = c.id), '[]'::json) AS periods
    FROM "Claim" c
    LEFT JOIN LATERAL (SELECT * FROM "Determination" x WHERE x."claimId" = c.id
        AND NOT EXISTS (SELECT 1 FROM "Determination" n WHERE n."supersedesId" = x.id)
        ORDER BY x."decidedAt" DESC LIMIT 1) d ON true
    LEFT JOIN LATERAL (SELECT "waitingPeriodDays" FROM "EligibilitySnapshot" e WHERE e."claimId" = c.id
        ORDER BY e."computedAt" DESC LIMIT 1) s ON true
    LEFT JOIN LATERAL (SELECT * FROM "PaymentPreference" q WHERE q."personId" = c."claimantId" AND q."retiredAt" IS NULL
        ORDER BY q."createdAt" DESC LIMIT 1) pp ON true
    WHERE ${where}
    ORDER BY c.id ${limit}`;
}

/** What the claim's current decision owes, week by week (nothing when denied). */
export async function plannedPayments(db: Database | Prisma.TransactionClient, claimId: string) {
  const [facts] = await loadPlanningFacts(db, { claimIds: [claimId] });
  if (!facts) throw new Error(`No claim ${claimId}`);
  return planPayments(facts);
}

/** Pure: the payment rows a claim's current decision owes. */
function planPayments(claim: PlanningFacts) {
  const claimId = claim.id;
  if (!claim.outcome || claim.outcome === "DENIED" || !claim.weeklyBenefitAmount) return [];
  if (claim.privatePlanId) return []; // a private plan pays, not the state
  const weeklyBenefit = new Decimal(claim.weeklyBenefitAmount);
  const waitingPeriodDays = claim.waitingPeriodDays ?? 0;
  const method = claim.preferenceMethod === "ACH" && claim.hasAccount ? "ACH" : "CHECK";
  const elected = claim.federalWithholdingElected ?? false;

  const approvedStart = claim.approvedStartDate ? toDateOnly(claim.approvedStartDate) : undefined;
  const approvedEnd = claim.approvedEndDate ? toDateOnly(claim.approvedEndDate) : undefined;
  const rows = [];
  let waitingLeft = waitingPeriodDays;
  const periods = claim.periods
    .filter((period) => period.decision !== "DENIED")
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (const period of periods) {
    let start = period.startDate;
    let end = period.endDate;
    if (approvedStart && start < approvedStart) start = approvedStart;
    if (approvedEnd && end > approvedEnd) end = approvedEnd;
    if (start > end) continue;
    let weeks: ScheduledWeek[];
    if (period.kind === "INTERMITTENT") {
      const paid = reportedWeeks({
        weeklyBenefit,
        start,
        end,
        waitingPeriodDays: waitingLeft,
        regularHoursPerWeek: claim.regularHoursPerWeek,
        reports: period.reports,
      });
      weeks = paid.weeks;
      waitingLeft = paid.waitingLeft;
    } else {
      const reducedShare =
        period.kind === "REDUCED_SCHEDULE" && period.hoursPerWeek && claim.regularHoursPerWeek
          ? Decimal.min(1, new Decimal(period.hoursPerWeek).div(claim.regularHoursPerWeek))
          : undefined;
      weeks = weeksFor({ weeklyBenefit, start, end, waitingPeriodDays: waitingLeft, reducedShare });
      waitingLeft = Math.max(0, waitingLeft - (daysBetween(start, end) + 1));
    }
    for (const week of weeks) {
      const federal = withholdingOn(week.gross, elected);
      rows.push({
        id: randomUUID(),
        claimId,
        periodStart: fromDateOnly(week.periodStart),
        periodEnd: fromDateOnly(week.periodEnd),
        gross: week.gross.toFixed(2),
        federalWithholding: federal.toFixed(2),
        net: week.gross.minus(federal).toFixed(2),
        method,
        // Paid the day after the week ends.
        scheduledFor: fromDateOnly(addDays(week.periodEnd, 1)),
        // What a correction of the week is withheld at (reconcileClaimPayments).
        withholdingElected: elected,
      } as const);
    }
  }
  return rows;
}

/** Claims planned per round trip by the daily schedule: one read and one insert per chunk. */
const SCHEDULE_CHUNK = 5_000;

/**
 * Schedules every approved claim (the daily job): a chunk of claims is read in one statement,
 * planned in memory, and its missing weeks inserted in one statement (ON CONFLICT DO NOTHING on
 * the claim-week key), so 100,000 claims take forty round trips, not 200,000.
 */
export async function schedulePaymentsForApprovedClaims(db: Database, _today: string) {
  let claims = 0;
  let created = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const chunk = await loadPlanningFacts(db, { approvedAfter: after, take: SCHEDULE_CHUNK });
    if (chunk.length === 0) break;
    claims += chunk.length;
    after = chunk.at(-1)!.id;
    created += await insertPlannedPayments(db, chunk.flatMap(planPayments));
  }
  return { claims, created };
}

/** The planned rows not yet in the table, in one statement; returns how many were new. */
async function insertPlannedPayments(db: Database | Prisma.TransactionClient, rows: PlannedPayment[]) {
  if (rows.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "Payment" (id, "claimId", "periodStart", "periodEnd", gross, "federalWithholding", net, method, "scheduledFor")
    SELECT v.id, v.claim, v.week_start, v.week_end, v.gross, v.federal, v.net, v.method::"PaymentMethod", v.due
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.claimId)}::uuid[],
      ${rows.map((r) => toDateOnly(r.periodStart))}::date[], ${rows.map((r) => toDateOnly(r.periodEnd))}::date[],
      ${rows.map((r) => r.gross)}::numeric[], ${rows.map((r) => r.federalWithholding)}::numeric[],
      ${rows.map((r) => r.net)}::numeric[], ${rows.map((r) => r.method)}::text[],
      ${rows.map((r) => toDateOnly(r.scheduledFor))}::date[]) AS v(id, claim, week_start, week_end, gross, federal, net, method, due)
    ON CONFLICT ("claimId", "periodStart", sequence) DO NOTHING`;
}

/** A week's next payment number (a reissue, a supplemental payment): one past its last. */
export async function nextSequence(
  tx: Prisma.TransactionClient,
  payment: { claimId: string; periodStart: Date },
): Promise<number> {
  const last = await tx.payment.aggregate({
    where: { claimId: payment.claimId, periodStart: payment.periodStart },
    _max: { sequence: true },
  });
  return (last._max.sequence ?? -1) + 1;
}

/**
 * A week's money sent again by check, after the first payment came back (an ACH return, a
 * void or stale check): the same amounts, the week's next sequence, due the day after `today`.
 * `reissueOfId` is unique, so a payment is reissued once however often its return is imported.
 */
export async function reissueByCheck(
  tx: Prisma.TransactionClient,
  payment: {
    id: string;
    claimId: string;
    periodStart: Date;
    periodEnd: Date;
    gross: Prisma.Decimal;
    federalWithholding: Prisma.Decimal;
    stateWithholding: Prisma.Decimal;
    recoveryOffset: Prisma.Decimal;
    net: Prisma.Decimal;
  },
  options: { today: string; statusReason: string },
) {
  return tx.payment.create({
    data: {
      claimId: payment.claimId,
      periodStart: payment.periodStart,
      periodEnd: payment.periodEnd,
      sequence: await nextSequence(tx, payment),
      reissueOfId: payment.id,
      gross: payment.gross,
      federalWithholding: payment.federalWithholding,
      stateWithholding: payment.stateWithholding,
      recoveryOffset: payment.recoveryOffset,
      net: payment.net,
      method: "CHECK",
      status: "SCHEDULED",
      scheduledFor: fromDateOnly(addDays(options.today, 1)),
      statusReason: options.statusReason,
    },
  });
}
