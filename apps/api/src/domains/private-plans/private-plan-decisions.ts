// Applying for a private-plan exemption (a verified leave administrator, where the rules package
// says the employer's program allows the kind of plan) and deciding it (program staff, with
// effective dates by whole quarters). An approval re-issues the premium statements of the
// quarters it covers, showing the exemption; every step is audited in its transaction.
import { fromDateOnly, toDateOnly, type Database } from "@openleave/db";
import { isRulesErrorResult, privatePlanOption, type PrivatePlanFundingKind } from "@openleave/rules";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import {
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
  StaleVersionError,
} from "../../errors/domain-errors.ts";
import { hasRole, type RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { issuePremiumStatements } from "../premiums/issue-premium-statements.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isQuarterStart = (date: string) => DATE.test(date) && /-(01|04|07|10)-01$/.test(date);
const isQuarterEnd = (date: string) => DATE.test(date) && /-(03-31|06-30|09-30|12-31)$/.test(date);
const QUARTER_START = "Exemptions start on the first day of a quarter (January 1, April 1, July 1 or October 1).";

const ApplyInput = z.object({
  employerId: z.uuid("Choose an employer."),
  funding: z.enum(["INSURED", "SELF_FUNDED"], { error: "Choose how the plan is funded." }),
  administratorName: z
    .string()
    .trim()
    .min(2, "Enter the insurer or plan administrator.")
    .max(200, "Keep it under 200 characters."),
  policyNumber: z.string().trim().max(100, "Keep the policy number under 100 characters.").optional().nullable(),
  claimsContactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+()\-. ]{7,25}$/, "Enter the phone number workers call to claim, for example 206-555-0100."),
  claimsContactEmail: z.email("Enter an email address, for example claims@example.com.").optional().nullable(),
  requestedEffectiveDate: z.string().refine(isQuarterStart, QUARTER_START),
});

export async function applyForPrivatePlan(ctx: RequestContext, rawInput: unknown) {
  const actor = ctx.actor!;
  const input = parseInput(ApplyInput, rawInput, ["input"]);
  if (!hasRole(actor, "LEAVE_ADMIN") || !actor.verifiedEmployerIds.includes(input.employerId))
    throw new ForbiddenError("Only a verified leave administrator of this employer can apply for an exemption.");
  const employer = await ctx.db.employer.findUnique({
    where: { id: input.employerId },
    select: { id: true, jurisdiction: true },
  });
  if (!employer) throw new NotFoundError("Employer");
  const programs = await ctx.db.program.findMany({ where: { jurisdiction: employer.jurisdiction, active: true } });
  for (const program of programs) {
    const option = privatePlanOption({ jurisdiction: program.jurisdiction, program: program.code });
    if (isRulesErrorResult(option) || !option.allowed)
      throw InvalidInputError.field(["input", "employerId"], `${program.name} does not offer private plans.`);
    if (!option.funding.includes(input.funding))
      throw InvalidInputError.field(
        ["input", "funding"],
        `${program.name} accepts only ${option.funding.map((f) => (f === "INSURED" ? "insured" : "self-funded")).join(" or ")} plans.`,
      );
  }
  return ctx.db.$transaction(async (tx) => {
    if ((await tx.privatePlanApplication.count({ where: { employerId: employer.id, status: "SUBMITTED" } })) > 0)
      throw InvalidInputError.field(["input", "employerId"], "An application is already waiting for a decision.");
    const plan = await tx.privatePlanApplication.create({
      data: {
        employerId: employer.id,
        funding: input.funding,
        administratorName: input.administratorName,
        policyNumber: input.policyNumber || null,
        claimsContactPhone: input.claimsContactPhone,
        claimsContactEmail: input.claimsContactEmail || null,
        requestedEffectiveDate: fromDateOnly(input.requestedEffectiveDate),
        submittedById: actor.userId,
      },
    });
    await tx.task.create({
      data: {
        queue: "EMPLOYER_SUPPORT",
        kind: "REVIEW_PRIVATE_PLAN",
        employerId: employer.id,
        privatePlanId: plan.id,
        dueAt: ctx.now(),
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "private_plan.apply",
        entityType: "PrivatePlanApplication",
        entityId: plan.id,
        metadata: {
          employerId: employer.id,
          funding: input.funding,
          requestedEffectiveDate: input.requestedEffectiveDate,
        },
      },
    );
    return plan;
  });
}

const DecideInput = z
  .object({
    privatePlanId: z.uuid("Unknown application."),
    expectedVersion: z.number().int(),
    decision: z.enum(["APPROVE", "DENY"], { error: "Choose approve or deny." }),
    effectiveFrom: z.string().refine(isQuarterStart, QUARTER_START).optional().nullable(),
    effectiveTo: z
      .string()
      .refine(isQuarterEnd, "An exemption ends on the last day of a quarter.")
      .optional()
      .nullable(),
    reason: z.string().trim().min(3, "Say why, in a sentence the employer will read.").max(2000),
  })
  .superRefine((input, issues) => {
    if (input.decision === "APPROVE" && !input.effectiveFrom)
      issues.addIssue({ code: "custom", path: ["effectiveFrom"], message: "Enter the date the exemption starts." });
    if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom)
      issues.addIssue({ code: "custom", path: ["effectiveTo"], message: "The end must be after the start." });
  });

export async function decidePrivatePlan(ctx: RequestContext, rawInput: unknown) {
  const actor = ctx.actor!;
  const input = parseInput(DecideInput, rawInput, ["input"]);
  const plan = await ctx.db.privatePlanApplication.findUnique({ where: { id: input.privatePlanId } });
  if (!plan) throw new NotFoundError("Private plan application");
  if (plan.status !== "SUBMITTED") throw new IllegalTransitionError("private plan", plan.status, input.decision);
  const approve = input.decision === "APPROVE";
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.privatePlanApplication.updateMany({
      where: { id: plan.id, status: "SUBMITTED", version: input.expectedVersion },
      data: {
        status: approve ? "APPROVED" : "DENIED",
        effectiveFrom: approve ? fromDateOnly(input.effectiveFrom!) : null,
        effectiveTo: approve && input.effectiveTo ? fromDateOnly(input.effectiveTo) : null,
        decidedById: actor.userId,
        decidedAt: ctx.now(),
        decisionReason: input.reason,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new StaleVersionError("private plan", plan.version + 1);
    await tx.task.updateMany({
      where: { privatePlanId: plan.id, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "DONE", completedAt: ctx.now() },
    });
    const scope = { actor, requestId: ctx.requestId };
    let reissued = 0;
    if (approve) {
      // Quarters already stated within the exemption get a new version showing it.
      const stated = await tx.premiumStatement.findMany({
        where: { employerId: plan.employerId, supersededAt: null },
        select: { year: true, quarter: true },
        distinct: ["year", "quarter"],
      });
      for (const { year, quarter } of stated) {
        const start = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
        if (start < input.effectiveFrom! || (input.effectiveTo && start > input.effectiveTo)) continue;
        reissued += (
          await issuePremiumStatements(tx, scope, {
            employerId: plan.employerId,
            year,
            quarter,
            reason: "EXEMPTION",
            onlyQuarter: true,
          })
        ).length;
      }
    }
    await recordAuditEvent(tx, scope, {
      action: approve ? "private_plan.approve" : "private_plan.deny",
      entityType: "PrivatePlanApplication",
      entityId: plan.id,
      changedFields: ["status", "effectiveFrom", "effectiveTo", "decisionReason"],
      metadata: {
        employerId: plan.employerId,
        effectiveFrom: input.effectiveFrom ?? null,
        effectiveTo: input.effectiveTo ?? null,
        statementsReissued: reissued,
        requestedEffectiveDate: toDateOnly(plan.requestedEffectiveDate),
      },
    });
    return tx.privatePlanApplication.findUniqueOrThrow({ where: { id: plan.id } });
  });
}

/**
 * The kinds of plan every active program of the employer's state accepts (an application must
 * satisfy each of them, as applyForPrivatePlan checks); not allowed when any program offers none
 * or the rules package does not document it.
 */
export async function privatePlanOptionFor(db: Database, employerId: string) {
  const employer = await db.employer.findUnique({ where: { id: employerId }, select: { jurisdiction: true } });
  if (!employer) return null;
  const programs = await db.program.findMany({ where: { jurisdiction: employer.jurisdiction, active: true } });
  let funding: PrivatePlanFundingKind[] = ["INSURED", "SELF_FUNDED"];
  for (const program of programs) {
    const option = privatePlanOption({ jurisdiction: program.jurisdiction, program: program.code });
    if (isRulesErrorResult(option) || !option.allowed) return { allowed: false, funding: [] };
    funding = funding.filter((kind) => option.funding.includes(kind));
  }
  return { allowed: programs.length > 0 && funding.length > 0, funding: programs.length > 0 ? funding : [] };
}
