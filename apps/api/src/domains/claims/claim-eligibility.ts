// Eligibility and benefit for a claim, from the wage records employers reported, through the
// rules package. Each evaluation is kept as a snapshot (inputs, result, explanation) so a
// decision can be explained later even after wages or published figures change.
import { toDateOnly, type Prisma } from "@openleave/db";
import { evaluate, isErrorResult, type EvaluationResult } from "@openleave/rules";
import { InvalidInputError } from "../../errors/domain-errors.ts";
import { programToday } from "../programs/program-calendar.ts";

type ClaimForEligibility = Prisma.ClaimGetPayload<{ include: { program: true; leavePeriods: true } }>;

export interface EligibilityOutcome {
  snapshotId: string;
  result: EvaluationResult | null;
  error: { code: string; message: string } | null;
}

export async function evaluateClaimEligibility(
  tx: Prisma.TransactionClient,
  claim: ClaimForEligibility,
  now: Date,
): Promise<EligibilityOutcome> {
  if (!claim.leaveReason || claim.leavePeriods.length === 0) {
    const issues = [];
    if (!claim.leaveReason) issues.push({ path: ["leaveReason"], message: "Choose a reason for leave first." });
    if (claim.leavePeriods.length === 0)
      issues.push({ path: ["leavePeriods"], message: "Enter your leave dates first." });
    throw new InvalidInputError(issues, "We need the reason and dates of leave to estimate your benefit.");
  }
  const request = await buildRulesRequest(tx, claim, now);
  const outcome = evaluate(request);
  const result = isErrorResult(outcome) ? null : outcome;
  const error = isErrorResult(outcome) ? { code: outcome.error.code, message: outcome.error.message } : null;
  const snapshot = await tx.eligibilitySnapshot.create({
    data: {
      claimId: claim.id,
      eligible: result?.eligible ?? null,
      errorCode: error?.code ?? null,
      ineligibleReasons: (result?.ineligibleReasons ?? []) as unknown as Prisma.InputJsonValue,
      basePeriodQuarters: result?.basePeriod ? [...result.basePeriod.quarters] : [],
      basePeriodWages: result?.basePeriod?.wages ?? null,
      averageWeeklyWage: result?.averageWeeklyWage ?? null,
      stateAverageWeeklyWage: result?.stateAverageWeeklyWage ?? null,
      weeklyBenefitAmount: result?.weeklyBenefitAmount ?? null,
      maxWeeks: result?.maxWeeks ?? null,
      maxCombinedWeeks: result?.maxCombinedWeeks ?? null,
      remainingWeeks: result?.remainingWeeks ?? null,
      waitingPeriodDays: result?.waitingPeriodDays ?? null,
      explanation: (result?.explanation ?? [
        { step: "error", what: error?.message ?? "" },
      ]) as unknown as Prisma.InputJsonValue,
      request: request as unknown as Prisma.InputJsonValue,
    },
  });
  return { snapshotId: snapshot.id, result, error };
}

async function buildRulesRequest(tx: Prisma.TransactionClient, claim: ClaimForEligibility, now: Date) {
  // Wages from every employer in the program's jurisdiction count, summed per quarter.
  const records = await tx.wageRecord.findMany({
    where: { personId: claim.claimantId, employer: { jurisdiction: claim.program.jurisdiction } },
    select: { year: true, quarter: true, wages: true, hours: true },
  });
  const byQuarter = new Map<string, { wages: Prisma.Decimal; hours: number | null }>();
  for (const record of records) {
    const key = `${record.year}-Q${record.quarter}`;
    const entry = byQuarter.get(key);
    const hours = record.hours === null ? null : Number(record.hours.toString());
    if (!entry) byQuarter.set(key, { wages: record.wages, hours });
    else
      byQuarter.set(key, {
        wages: entry.wages.add(record.wages),
        hours: entry.hours === null || hours === null ? null : entry.hours + hours,
      });
  }
  const wageQuarters = [...byQuarter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, { wages, hours }]) =>
      hours === null ? { quarter, wages: wages.toFixed(2) } : { quarter, wages: wages.toFixed(2), hours },
    );

  const priorPeriods = await tx.leavePeriod.findMany({
    where: {
      decision: "APPROVED",
      claim: {
        id: { not: claim.id },
        claimantId: claim.claimantId,
        programId: claim.programId,
        status: { in: ["APPROVED", "PARTIALLY_APPROVED", "CLOSED"] },
      },
    },
    select: { startDate: true, endDate: true, claim: { select: { leaveReason: true } } },
  });

  const leaveStart = claim.leavePeriods.map((p) => toDateOnly(p.startDate)).sort()[0]!;
  return {
    id: claim.id,
    jurisdiction: claim.program.jurisdiction,
    program: claim.program.code,
    leaveReason: claim.leaveReason,
    applicationDate: claim.applicationDate
      ? toDateOnly(claim.applicationDate)
      : programToday(claim.program.jurisdiction, now),
    leaveStartDate: leaveStart,
    wageQuarters,
    ...(claim.familyRelationship ? { familyRelationship: claim.familyRelationship } : {}),
    priorLeave: priorPeriods
      .filter((p) => p.claim.leaveReason)
      .map((p) => ({
        leaveReason: p.claim.leaveReason!,
        startDate: toDateOnly(p.startDate),
        endDate: toDateOnly(p.endDate),
      })),
  };
}
