// The payment schedule of an approved claim: one payment per week of approved leave at the
// decision's weekly benefit (computed by @openleave/rules when the claim was decided), the
// waiting period unpaid, a partial last week prorated by days, reduced-schedule weeks by the
// share of regular hours on leave. The unique key (claimId, periodStart) makes scheduling
// idempotent: rescheduling never creates a week twice.
import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { addDays, fromDateOnly, toDateOnly, type Database, type Prisma } from "@openleave/db";

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

export function withholdingOn(gross: Decimal, elected: boolean): Decimal {
  return elected ? gross.mul(FEDERAL_WITHHOLDING_RATE).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : new Decimal(0);
}

export type PlannedPayment = Awaited<ReturnType<typeof plannedPayments>>[number];

/** Creates the missing payments of one claim; returns how many were created. */
export async function scheduleClaimPayments(db: Database | Prisma.TransactionClient, claimId: string): Promise<number> {
  const rows = await plannedPayments(db, claimId);
  if (rows.length === 0) return 0;
  const { count } = await db.payment.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** What the claim's current decision owes, week by week (nothing when denied). */
export async function plannedPayments(db: Database | Prisma.TransactionClient, claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: {
      leavePeriods: true,
      determinations: { where: { supersededBy: null }, orderBy: { decidedAt: "desc" }, take: 1 },
      eligibilitySnapshots: { orderBy: { computedAt: "desc" }, take: 1 },
      claimant: {
        include: { paymentPreferences: { where: { retiredAt: null }, orderBy: { createdAt: "desc" }, take: 1 } },
      },
    },
  });
  const determination = claim.determinations[0];
  if (!determination || determination.outcome === "DENIED" || !determination.weeklyBenefitAmount) return [];
  if (claim.privatePlanId) return []; // a private plan pays, not the state
  const weeklyBenefit = new Decimal(determination.weeklyBenefitAmount.toString());
  const waitingPeriodDays = claim.eligibilitySnapshots[0]?.waitingPeriodDays ?? 0;
  const preference = claim.claimant.paymentPreferences[0];
  const method = preference?.method === "ACH" && preference.accountNumberEncrypted ? "ACH" : "CHECK";
  const elected = preference?.federalWithholdingElected ?? false;

  const approvedStart = determination.approvedStartDate ? toDateOnly(determination.approvedStartDate) : undefined;
  const approvedEnd = determination.approvedEndDate ? toDateOnly(determination.approvedEndDate) : undefined;
  const rows = [];
  let waitingLeft = waitingPeriodDays;
  const periods = claim.leavePeriods
    .filter((period) => period.decision !== "DENIED" && period.kind !== "INTERMITTENT")
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  for (const period of periods) {
    let start = toDateOnly(period.startDate);
    let end = toDateOnly(period.endDate);
    if (approvedStart && start < approvedStart) start = approvedStart;
    if (approvedEnd && end > approvedEnd) end = approvedEnd;
    if (start > end) continue;
    const reducedShare =
      period.kind === "REDUCED_SCHEDULE" && period.hoursPerWeek && claim.regularHoursPerWeek
        ? Decimal.min(1, new Decimal(period.hoursPerWeek.toString()).div(claim.regularHoursPerWeek.toString()))
        : undefined;
    const weeks = weeksFor({ weeklyBenefit, start, end, waitingPeriodDays: waitingLeft, reducedShare });
    waitingLeft = Math.max(0, waitingLeft - (daysBetween(start, end) + 1));
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
      } as const);
    }
  }
  return rows;
}

/** Schedules every approved claim (the daily job). */
export async function schedulePaymentsForApprovedClaims(db: Database, _today: string) {
  const claims = await db.claim.findMany({
    where: { status: { in: ["APPROVED", "PARTIALLY_APPROVED"] } },
    select: { id: true },
  });
  let created = 0;
  for (const claim of claims) created += await scheduleClaimPayments(db, claim.id);
  return { claims: claims.length, created };
}

function daysBetween(from: string, to: string): number {
  return Math.round((fromDateOnly(to).getTime() - fromDateOnly(from).getTime()) / 86_400_000);
}
