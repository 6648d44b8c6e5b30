// A leave administrator confirms or contests the facts of an employee's claim within the
// response window. The answer moves the claim into staff review.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  DomainError,
  ForbiddenError,
  IllegalTransitionError,
  NotFoundError,
  StaleVersionError,
} from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { findVisibleClaim } from "../claims/claim-access.ts";
import { transitionClaim } from "../claims/transition-claim.ts";
import { programToday } from "../programs/program-calendar.ts";
import { fromDateOnly, toDateOnly } from "@openleave/db";
import { EMPLOYER_CONTEST_REASONS } from "@openleave/rules";

/** Staff are asked to look at an employer's contest within this many days. */
const GRIEVANCE_DUE_DAYS = 10;

/** The response window (set from the program's business days and holidays at submission) has passed. */
export class ResponseWindowClosedError extends DomainError {
  constructor(readonly dueDate: string) {
    super(
      "RESPONSE_WINDOW_CLOSED",
      `The deadline to respond to this claim was ${dueDate}. Responses are no longer accepted; program staff will decide with the information they have.`,
    );
  }
}

const isoDate = z.iso.date("Enter a date as YYYY-MM-DD.");
const OtherPaidLeave = z.object({
  kind: z.enum(["SICK", "VACATION", "PTO", "SHORT_TERM_DISABILITY", "SALARY_CONTINUATION", "OTHER"]),
  startDate: isoDate,
  endDate: isoDate,
  amount: z
    .string()
    .regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter an amount in dollars and cents.")
    .nullish(),
});

// The reason codes are the rules package's (one vocabulary with the database enum; see vocabulary.test.ts).
const CONTEST_REASONS = EMPLOYER_CONTEST_REASONS;

const RespondInput = z
  .object({
    employerResponseId: z.uuid("Unknown response."),
    expectedVersion: z.number().int().positive(),
    decision: z.enum(["CONFIRM", "CONTEST"]),
    contestReasons: z.array(z.enum(CONTEST_REASONS)).max(CONTEST_REASONS.length).nullish(),
    comment: z.string().trim().max(4000, "Keep the comment under 4,000 characters.").nullish(),
    // The employment facts as the employer states them; any left out are not in question.
    reportedStartDate: isoDate.nullish(),
    reportedHoursPerWeek: z
      .string()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, "Enter hours per week as a number, for example 40 or 37.5.")
      .refine((value) => Number(value) <= 168, "A week has 168 hours.")
      .nullish(),
    reportedLeaveStart: isoDate.nullish(),
    reportedLeaveEnd: isoDate.nullish(),
    otherPaidLeave: z.array(OtherPaidLeave).max(20).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.reportedLeaveStart && input.reportedLeaveEnd && input.reportedLeaveEnd < input.reportedLeaveStart) {
      ctx.addIssue({ code: "custom", path: ["reportedLeaveEnd"], message: "The leave cannot end before it starts." });
    }
    input.otherPaidLeave?.forEach((leave, index) => {
      if (leave.endDate < leave.startDate) {
        ctx.addIssue({
          code: "custom",
          path: ["otherPaidLeave", String(index), "endDate"],
          message: "The paid leave cannot end before it starts.",
        });
      }
    });
    if (input.decision === "CONTEST" && !input.contestReasons?.length) {
      ctx.addIssue({ code: "custom", path: ["contestReasons"], message: "Choose at least one reason you disagree." });
    }
    if (input.decision === "CONTEST" && !input.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Explain what is incorrect so staff can check it." });
    }
  });

export async function respondToClaim(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RespondInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const response = await ctx.db.employerResponse.findUnique({ where: { id: input.employerResponseId } });
  if (!response) throw new NotFoundError("Employer response");
  if (!actor.verifiedEmployerIds.includes(response.employerId)) {
    throw new ForbiddenError("Only a verified leave administrator of this employer can respond.");
  }
  const claim = await findVisibleClaim(ctx.db, actor, response.claimId, {
    leavePeriods: { orderBy: { startDate: "asc" } },
  });
  if (response.status !== "PENDING")
    throw new IllegalTransitionError(
      "employer response",
      response.status,
      input.decision === "CONFIRM" ? "CONFIRMED" : "CONTESTED",
    );
  if (response.version !== input.expectedVersion) throw new StaleVersionError("employer response", response.version);
  // The window closes at the end of the due date where the program's agency is.
  const program = await ctx.db.program.findUniqueOrThrow({
    where: { id: claim.programId },
    select: { jurisdiction: true },
  });
  const dueDate = toDateOnly(response.dueDate);
  if (programToday(program.jurisdiction, ctx.now(), ctx.config.programPolicy) > dueDate) {
    throw new ResponseWindowClosedError(dueDate);
  }
  const leave = claim.leavePeriods;
  const claimed = {
    startDate: claim.employmentStartDate ? toDateOnly(claim.employmentStartDate) : null,
    hoursPerWeek: claim.regularHoursPerWeek ? String(claim.regularHoursPerWeek) : null,
    leaveStart: leave.length ? toDateOnly(leave[0]!.startDate) : null,
    leaveEnd: leave.length ? toDateOnly(leave[leave.length - 1]!.endDate) : null,
  };
  const correctedFields = [
    input.reportedStartDate && input.reportedStartDate !== claimed.startDate ? "startDate" : null,
    input.reportedHoursPerWeek && Number(input.reportedHoursPerWeek) !== Number(claimed.hoursPerWeek)
      ? "hoursPerWeek"
      : null,
    (input.reportedLeaveStart && input.reportedLeaveStart !== claimed.leaveStart) ||
    (input.reportedLeaveEnd && input.reportedLeaveEnd !== claimed.leaveEnd)
      ? "leaveDates"
      : null,
  ].filter((field): field is string => field !== null);

  return ctx.db.$transaction(async (tx) => {
    const status = input.decision === "CONFIRM" ? "CONFIRMED" : "CONTESTED";
    const updated = await tx.employerResponse.updateMany({
      where: { id: response.id, status: "PENDING", version: input.expectedVersion },
      data: {
        status,
        respondedById: actor.userId,
        respondedAt: ctx.now(),
        contestReasons: input.contestReasons ?? [],
        comment: input.comment ?? null,
        reportedStartDate: input.reportedStartDate ? fromDateOnly(input.reportedStartDate) : null,
        reportedHoursPerWeek: input.reportedHoursPerWeek ?? null,
        reportedLeaveStart: input.reportedLeaveStart ? fromDateOnly(input.reportedLeaveStart) : null,
        reportedLeaveEnd: input.reportedLeaveEnd ? fromDateOnly(input.reportedLeaveEnd) : null,
        otherPaidLeave: input.otherPaidLeave ?? [],
        correctedFields,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new StaleVersionError("employer response", response.version + 1);
    await tx.task.updateMany({
      where: { claimId: claim.id, kind: "EMPLOYER_RESPONSE", status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "DONE", completedAt: ctx.now() },
    });
    if (status === "CONTESTED") {
      // Staff weigh the employer's reasons and evidence before (or against) the decision.
      await tx.task.create({
        data: {
          queue: "EMPLOYER_GRIEVANCE",
          kind: "REVIEW_EMPLOYER_GRIEVANCE",
          claimId: claim.id,
          employerId: response.employerId,
          dueAt: new Date(ctx.now().getTime() + GRIEVANCE_DUE_DAYS * 86_400_000),
        },
      });
    }
    if (claim.status === "PENDING_EMPLOYER_RESPONSE") {
      await transitionClaim(
        tx,
        { actor, requestId: ctx.requestId },
        {
          claimId: claim.id,
          to: "IN_REVIEW",
          by: "system",
          reason: `Employer ${status.toLowerCase()} the claim`,
        },
      );
    }
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: `employer_response.${status.toLowerCase()}`,
        entityType: "EmployerResponse",
        entityId: response.id,
        changedFields: ["status", "contestReasons", "comment", ...correctedFields],
        metadata: { claimId: claim.id, contestReasons: input.contestReasons ?? [], correctedFields, dueDate },
      },
    );
    return tx.employerResponse.findUniqueOrThrow({ where: { id: response.id } });
  });
}
