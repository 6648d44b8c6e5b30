// A claimant reports the hours of leave taken in one week of an approved intermittent or
// reduced-schedule period. The report is kept for payments (one per period and week; a
// correction replaces it, audited with the hours it replaced; an intermittent week's payment
// follows it in the worker's reconcile job). It must fall within the period,
// not in the future, and within what was approved: a reduced schedule's hours a week, or an
// intermittent period's episodes a month times the hours of each.
import { randomUUID } from "node:crypto";
import { addDays, fromDateOnly, toDateOnly } from "@openleave/db";
import Decimal from "decimal.js";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
} from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { calendarDate } from "../claims/application-input.ts";
import { findVisibleClaim, isClaimOwner } from "../claims/claim-access.ts";
import { queuePaymentReconciliation } from "../payments/overpayments.ts";
import { programToday } from "../programs/program-calendar.ts";

const ReportInput = z.object({
  leavePeriodId: z.uuid("Unknown leave period."),
  weekStart: calendarDate("first day of the week"),
  hours: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "Enter the hours as a number, for example 6 or 7.5."),
});

const PAYABLE_CLAIM_STATUSES: ReadonlySet<string> = new Set(["APPROVED", "PARTIALLY_APPROVED"]);

/** Most hours of leave the approval allows in one week of the period. */
export function weeklyAllowance(period: {
  kind: string;
  hoursPerWeek: Decimal.Value | null;
  episodesPerMonth: number | null;
  hoursPerEpisode: Decimal.Value | null;
}): Decimal | null {
  if (period.kind === "REDUCED_SCHEDULE" && period.hoursPerWeek != null)
    return new Decimal(period.hoursPerWeek.toString());
  if (period.kind === "INTERMITTENT" && period.episodesPerMonth != null && period.hoursPerEpisode != null)
    return new Decimal(period.hoursPerEpisode.toString()).times(period.episodesPerMonth);
  return null;
}

/** Whether hours may be reported for the period at all (its kind and decision, the claim's status). */
export function isReportablePeriod(period: { kind: string; decision: string }, claimStatus: string): boolean {
  return period.kind !== "CONTINUOUS" && period.decision === "APPROVED" && PAYABLE_CLAIM_STATUSES.has(claimStatus);
}

export async function reportLeaveHours(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ReportInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const period = await ctx.db.leavePeriod.findUnique({ where: { id: input.leavePeriodId } });
  if (!period) throw new NotFoundError("Leave period");
  const claim = await findVisibleClaim(ctx.db, actor, period.claimId, { program: true });
  if (!isClaimOwner(actor, claim)) throw new ForbiddenError("Only the claimant reports the hours of their leave.");
  if (period.kind === "CONTINUOUS")
    throw InvalidInputError.field(
      ["input", "leavePeriodId"],
      "Hours are reported only for intermittent or reduced-schedule leave.",
    );
  if (!PAYABLE_CLAIM_STATUSES.has(claim.status) || period.decision !== "APPROVED")
    throw new IllegalTransitionError("leave period", period.decision, "HOURS_REPORTED");

  const start = toDateOnly(period.startDate);
  const end = toDateOnly(period.endDate);
  const weekEnd = addDays(input.weekStart, 6);
  if (weekEnd < start || input.weekStart > end)
    throw InvalidInputError.field(
      ["input", "weekStart"],
      `Choose a week between ${start} and ${end}, the dates of this leave.`,
    );
  const today = programToday(claim.program.jurisdiction, ctx.now(), ctx.config.programPolicy);
  if (input.weekStart > today)
    throw InvalidInputError.field(["input", "weekStart"], "Report a week once it has started, not ahead of time.");
  const hours = new Decimal(input.hours);
  if (hours.lte(0))
    throw InvalidInputError.field(["input", "hours"], "Enter the hours of leave you took, more than 0.");
  const allowance = weeklyAllowance(period);
  if (allowance && hours.gt(allowance))
    throw InvalidInputError.field(
      ["input", "hours"],
      `Your approval allows up to ${allowance.toFixed(2).replace(/\.00$/, "")} hours a week. If you needed more, ask to change your leave.`,
    );

  return ctx.db.$transaction(async (tx) => {
    const previous = await tx.leaveHoursReport.findUnique({
      where: { leavePeriodId_weekStart: { leavePeriodId: period.id, weekStart: fromDateOnly(input.weekStart) } },
    });
    // One clock for both stamps: a first report has updatedAt equal to createdAt, and only a
    // correction moves updatedAt on, which is how the claim page tells "Corrected" from "Received".
    const at = ctx.now();
    const report = await tx.leaveHoursReport.upsert({
      where: { leavePeriodId_weekStart: { leavePeriodId: period.id, weekStart: fromDateOnly(input.weekStart) } },
      create: {
        claimId: claim.id,
        leavePeriodId: period.id,
        weekStart: fromDateOnly(input.weekStart),
        hours: hours.toFixed(2),
        reportedById: actor.userId,
        createdAt: at,
        updatedAt: at,
      },
      update: { hours: hours.toFixed(2), reportedById: actor.userId, updatedAt: at },
    });
    // Intermittent leave is paid from these reports: the week's payment follows them in the
    // worker's reconcile job — scheduled, re-priced while unsent, and once sent a supplemental
    // payment for more hours or an overpayment for fewer (reconcileClaimPayments, idempotent:
    // each report or correction queues its own run). Reduced-schedule weeks are paid from the
    // approved hours a week, so their reports change no payment.
    if (period.kind === "INTERMITTENT") {
      await queuePaymentReconciliation(tx, { claimId: claim.id, cause: `leave-hours:${report.id}:${randomUUID()}` });
    }
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: previous ? "leave_hours.correct" : "leave_hours.report",
        entityType: "LeaveHoursReport",
        entityId: report.id,
        changedFields: ["hours"],
        metadata: {
          claimId: claim.id,
          leavePeriodId: period.id,
          weekStart: input.weekStart,
          hours: hours.toFixed(2),
          ...(previous ? { previousHours: previous.hours.toFixed(2) } : {}),
        },
      },
    );
    return report;
  });
}
