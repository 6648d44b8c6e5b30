// Eligibility and benefit for a claim, from the wage records employers reported, through the
// rules package. Each evaluation is kept as a snapshot (inputs, result, explanation) so a
// decision can be explained later even after wages or published figures change (the
// explanation names, for every figure, whether it came from the package or this deployment).
import type { Prisma } from "@openleave/db";
import { type EvaluationResult, type PolicyOverrides, evaluate, isErrorResult } from "@openleave/rules";
import { approvedFigures } from "../published-figures/approved-figures.ts";
import { type ClaimForEligibility, eligibilityRequestFor } from "./eligibility-request.ts";

export interface EligibilityOutcome {
  snapshotId: string;
  result: EvaluationResult | null;
  error: { code: string; message: string } | null;
}

export async function evaluateClaimEligibility(
  tx: Prisma.TransactionClient,
  claim: ClaimForEligibility,
  now: Date,
  policy: PolicyOverrides,
): Promise<EligibilityOutcome> {
  const [request, figures] = await Promise.all([eligibilityRequestFor(tx, claim, now, policy), approvedFigures(tx)]);
  // Figures the deployment approved replace the packaged ones for their dates; the
  // explanation kept below names the source of each.
  const outcome = evaluate(request, { publishedFigures: figures });
  const result = isErrorResult(outcome) ? null : outcome;
  const error = isErrorResult(outcome) ? { code: outcome.error.code, message: outcome.error.message } : null;
  const snapshot = await tx.eligibilitySnapshot.create({
    data: {
      claimId: claim.id,
      eligible: result?.eligible ?? null,
      errorCode: error?.code ?? null,
      ineligibleReasons: toJson(result?.ineligibleReasons ?? []),
      basePeriodQuarters: result?.basePeriod ? [...result.basePeriod.quarters] : [],
      basePeriodWages: result?.basePeriod?.wages ?? null,
      averageWeeklyWage: result?.averageWeeklyWage ?? null,
      stateAverageWeeklyWage: result?.stateAverageWeeklyWage ?? null,
      weeklyBenefitAmount: result?.weeklyBenefitAmount ?? null,
      maxWeeks: result?.maxWeeks ?? null,
      maxCombinedWeeks: result?.maxCombinedWeeks ?? null,
      remainingWeeks: result?.remainingWeeks ?? null,
      waitingPeriodDays: result?.waitingPeriodDays ?? null,
      explanation: toJson(result?.explanation ?? [{ step: "error", what: error?.message ?? "" }]),
      request: toJson(request),
    },
  });
  return { snapshotId: snapshot.id, result, error };
}

/** A JSON value for a Json column: the request is plain data (strings, numbers, nulls, arrays). */
function toJson(value: unknown): Prisma.InputJsonValue {
  const json: Prisma.InputJsonValue = JSON.parse(JSON.stringify(value));
  return json;
}
