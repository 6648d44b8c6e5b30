// An adjudicator proposes a manual determination: where the rules answered that a figure is not
// known for the claim's dates (PARAMETER_NOT_KNOWN), they enter the weekly benefit and weeks with
// a written reason. Nothing is decided yet: a second staff member must approve it
// (review-manual-determination.ts). One open proposal per claim at a time.
import Decimal from "decimal.js";
import { fromDateOnly, toDateOnly } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, InvalidInputError, StaleVersionError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { calendarDate } from "../claims/application-input.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";

/** What the rules answer when a figure is not published for the date; only then may staff enter figures. */
export const FIGURE_NOT_KNOWN = "PARAMETER_NOT_KNOWN";
const DECIDABLE = ["IN_REVIEW"];

// Refinements run even after a failed pattern: only a decimal is handed to decimal.js.
const DECIMAL = /^\d+(\.\d+)?$/;
const money = z
  .string({ error: "Enter the weekly benefit, like 1234.50." })
  .trim()
  .regex(/^\d{1,6}(\.\d{1,2})?$/, "Enter the weekly benefit in dollars and cents, like 1234.50.")
  .refine((v) => !DECIMAL.test(v) || new Decimal(v).gt(0), "The weekly benefit must be more than $0.");
const weeks = z
  .string({ error: "Enter the weeks of benefits, like 12." })
  .trim()
  .regex(/^\d{1,2}(\.\d{1,2})?$/, "Enter the weeks of benefits as a number, like 12 or 12.5.")
  .refine((v) => !DECIMAL.test(v) || (new Decimal(v).gt(0) && new Decimal(v).lte(52)), "Enter between 0 and 52 weeks.");

const ProposeInput = z
  .object({
    claimId: z.uuid("Unknown claim."),
    expectedVersion: z.number().int().positive(),
    outcome: z.enum(["APPROVED", "PARTIALLY_APPROVED"], { error: "Choose whether the whole leave is approved." }),
    weeklyBenefitAmount: money,
    benefitWeeks: weeks,
    approvedStartDate: calendarDate("first approved day"),
    approvedEndDate: calendarDate("last approved day"),
    reason: z
      .string({ error: "Write why these figures are right." })
      .trim()
      .min(20, "Write why these figures are right, with their source (at least 20 characters).")
      .max(4000, "Keep the reason under 4,000 characters."),
  })
  .superRefine((input, ctx) => {
    if (input.approvedEndDate < input.approvedStartDate)
      ctx.addIssue({
        code: "custom",
        path: ["approvedEndDate"],
        message: "The last approved day must be on or after the first.",
      });
  });

export async function proposeManualDetermination(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ProposeInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const claim = await findVisibleClaim(ctx.db, actor, input.claimId, {
    leavePeriods: true,
    eligibilitySnapshots: { orderBy: { computedAt: "desc" }, take: 1 },
  });
  const snapshot = claim.eligibilitySnapshots[0];
  if (!snapshot || snapshot.errorCode !== FIGURE_NOT_KNOWN) {
    throw new DomainError(
      "FIGURES_KNOWN",
      "A manual determination is only for a claim whose figures the rules cannot compute. Evaluate eligibility first; decide it with the rules' figures.",
    );
  }
  if (!DECIDABLE.includes(claim.status)) {
    throw new DomainError(
      "NOT_DECIDABLE",
      `A claim that is ${claim.status} cannot be decided. Start the review first.`,
    );
  }
  const requested = claim.leavePeriods.map((p) => ({ start: toDateOnly(p.startDate), end: toDateOnly(p.endDate) }));
  const first = requested.map((p) => p.start).sort()[0];
  const last = requested
    .map((p) => p.end)
    .sort()
    .at(-1);
  if (!first || !last || input.approvedStartDate < first || input.approvedEndDate > last) {
    throw InvalidInputError.field(
      ["input", "approvedStartDate"],
      `Approved dates must fall within the requested leave (${first} to ${last}).`,
    );
  }
  if (input.outcome === "APPROVED" && (input.approvedStartDate !== first || input.approvedEndDate !== last)) {
    throw InvalidInputError.field(
      ["input", "outcome"],
      "These dates approve only part of the leave: choose a partial approval, or approve the whole leave.",
    );
  }

  return ctx.db.$transaction(async (tx) => {
    // One proposal at a time per claim: the claim row is the lock.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claim.id}::uuid FOR UPDATE`;
    const current = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    if (current.version !== input.expectedVersion) throw new StaleVersionError("claim", current.version);
    const open = await tx.manualDetermination.count({ where: { claimId: claim.id, status: "PROPOSED" } });
    if (open > 0)
      throw new DomainError(
        "MANUAL_DETERMINATION_PENDING",
        "A manual determination for this claim is already waiting for a second staff member.",
      );
    const proposal = await tx.manualDetermination.create({
      data: {
        claimId: claim.id,
        rulesErrorCode: snapshot.errorCode!,
        eligibilitySnapshotId: snapshot.id,
        outcome: input.outcome,
        weeklyBenefitAmount: input.weeklyBenefitAmount,
        benefitWeeks: input.benefitWeeks,
        approvedStartDate: fromDateOnly(input.approvedStartDate),
        approvedEndDate: fromDateOnly(input.approvedEndDate),
        reason: input.reason,
        claimVersion: current.version,
        proposedById: actor.userId,
        proposedAt: ctx.now(),
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "claim.manual_determination.propose",
        entityType: "ManualDetermination",
        entityId: proposal.id,
        metadata: {
          claimId: claim.id,
          outcome: input.outcome,
          weeklyBenefitAmount: input.weeklyBenefitAmount,
          benefitWeeks: input.benefitWeeks,
          rulesErrorCode: snapshot.errorCode,
          eligibilitySnapshotId: snapshot.id,
        },
      },
    );
    return proposal;
  });
}
