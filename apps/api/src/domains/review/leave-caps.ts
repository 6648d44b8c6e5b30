// Per-reason and combined leave caps, checked when a decision approves leave. The eligibility
// snapshot the adjudicator read may be older than another claim of the same person approved
// since, so the rules package counts again, inside the decision's transaction (after the
// person's claims are locked): the claimant's other approved leave in the program's window
// against this reason's cap and the combined cap.
import { type Prisma, addDays, daysBetween } from "@openleave/db";
import { type PolicyOverrides, evaluate, isErrorResult } from "@openleave/rules";
import { InvalidInputError } from "../../errors/domain-errors.ts";
import { approvedFigures } from "../published-figures/approved-figures.ts";
import { type ClaimForEligibility, eligibilityRequestFor } from "../claims/eligibility-request.ts";

export async function refuseLeaveBeyondCaps(
  tx: Prisma.TransactionClient,
  claim: ClaimForEligibility,
  approved: { start: string; end: string },
  context: { now: Date; policy: PolicyOverrides },
): Promise<void> {
  // Intermittent and reduced-schedule leave use hours within its dates, not every day of them;
  // the ledger counts calendar days, so only continuous leave is held to it here.
  if (claim.leavePeriods.some((period) => period.kind !== "CONTINUOUS")) return;
  const request = await eligibilityRequestFor(tx, claim, context.now, context.policy);
  const result = evaluate(request, { publishedFigures: await approvedFigures(tx) });
  // Without an evaluation (a figure not known) the decision rests on a manual determination.
  if (isErrorResult(result)) return;
  const approvedDays = daysBetween(approved.start, approved.end) + 1;
  if (approvedDays <= result.remainingDays) return;
  const window = `${result.leaveWindow.start} to ${result.leaveWindow.end}`;
  throw InvalidInputError.field(
    ["input", "approvedEndDate"],
    result.remainingDays === 0
      ? `The claimant has no leave left for this reason between ${window}: other approved leave used it. Deny the leave instead.`
      : `The claimant has ${result.remainingWeeks} weeks (${result.remainingDays} days) of leave left for this reason between ${window}. Approve through ${addDays(approved.start, result.remainingDays - 1)} at the latest, and deny the rest.`,
  );
}
