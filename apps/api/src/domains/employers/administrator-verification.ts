// A person becomes a leave administrator of an employer in two steps: they ask to administer it
// by its FEIN (an unverified link, which shows nothing about employees), then prove the link
// with a figure only the employer knows — the total wages, or the contribution, of one of its
// recent quarterly reports on file. Attempts are limited; after the last one the person asks
// program staff for help (a VERIFY_LEAVE_ADMINISTRATOR task). Every step is audited.
import { Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, NotFoundError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";

/** Wrong answers allowed before the link locks and only staff can verify it. */
export const MAX_VERIFICATION_ATTEMPTS = 3;
/** How far an answer may be from the figure on file (rounding on the person's side). */
export const VERIFICATION_TOLERANCE = new Prisma.Decimal("1.00");
/** How many of the employer's latest reported quarters count as "recent". */
const RECENT_QUARTERS = 4;
/** Staff are asked to verify within this many days. */
const HELP_DUE_DAYS = 5;

export class VerificationFailedError extends DomainError {
  constructor(readonly attemptsRemaining: number) {
    super(
      "VERIFICATION_FAILED",
      attemptsRemaining > 0
        ? `That amount does not match a recent quarterly report on file. You have ${attemptsRemaining} ${attemptsRemaining === 1 ? "try" : "tries"} left.`
        : "That amount does not match a recent quarterly report on file, and no tries are left. Ask program staff to verify you.",
    );
  }
}

export class VerificationLockedError extends DomainError {
  constructor() {
    super("VERIFICATION_LOCKED", "No verification tries are left for this employer. Ask program staff to verify you.");
  }
}

const RequestAccessInput = z.object({
  fein: z
    .string()
    .trim()
    .transform((value) => value.replace(/[-\s]/g, ""))
    .pipe(z.string().regex(/^\d{9}$/, "Enter the 9-digit federal employer ID (FEIN), for example 91-0000001.")),
});

export async function requestEmployerAccess(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RequestAccessInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const employer = await ctx.db.employer.findUnique({ where: { fein: input.fein }, select: { id: true } });
  if (!employer) {
    throw new DomainError(
      "EMPLOYER_NOT_FOUND",
      "We have no employer with that FEIN. Check the number on your quarterly report, or contact program staff.",
    );
  }
  const link = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.leaveAdministrator.findUnique({
      where: { userId_employerId: { userId: actor.userId, employerId: employer.id } },
    });
    if (existing) return existing;
    const link = await tx.leaveAdministrator.create({ data: { userId: actor.userId, employerId: employer.id } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { roles: true } });
    if (!user.roles.includes("LEAVE_ADMIN")) {
      // `set`, not `push`: pushing an enum value onto the enum[] column fails through the
      // driver adapter ("malformed array literal").
      await tx.user.update({ where: { id: actor.userId }, data: { roles: { set: [...user.roles, "LEAVE_ADMIN"] } } });
    }
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "leave_administrator.request",
        entityType: "LeaveAdministrator",
        entityId: link.id,
        changedFields: ["employerId", "userId"],
        metadata: { employerId: employer.id },
      },
    );
    return link;
  });
  // The new LEAVE_ADMIN role must reach this person's next request, not the cached session's.
  ctx.sessions.forgetUser(actor.userId);
  return link;
}

const VerifyInput = z.object({
  leaveAdministratorId: z.uuid("Unknown employer link."),
  amount: z
    .string()
    .trim()
    .transform((value) => value.replace(/[$,\s]/g, ""))
    .pipe(z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, "Enter an amount in dollars and cents, for example 48250.00.")),
});

/** The figures a recent quarterly report on file gives: each quarter's total wages, and each premium statement's contribution. */
async function figuresOnFile(db: RequestContext["db"], employerId: string): Promise<Prisma.Decimal[]> {
  const quarters = await db.wageRecord.groupBy({
    by: ["year", "quarter"],
    where: { employerId },
    _sum: { wages: true },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: RECENT_QUARTERS,
  });
  const statements = await db.premiumStatement.findMany({
    where: { employerId, supersededAt: null },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: RECENT_QUARTERS,
    select: { amountDue: true },
  });
  return [
    ...quarters.flatMap((q) => (q._sum.wages ? [new Prisma.Decimal(q._sum.wages)] : [])),
    ...statements.map((s) => new Prisma.Decimal(s.amountDue)),
  ];
}

export async function verifyEmployerAccess(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(VerifyInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const link = await ctx.db.leaveAdministrator.findUnique({ where: { id: input.leaveAdministratorId } });
  if (!link || link.userId !== actor.userId) throw new NotFoundError("Employer link");
  if (link.verifiedAt) return link;
  if (link.verificationLockedAt || link.verificationAttempts >= MAX_VERIFICATION_ATTEMPTS) {
    throw new VerificationLockedError();
  }
  const answer = new Prisma.Decimal(input.amount);
  const figures = await figuresOnFile(ctx.db, link.employerId);
  const matched = figures.some((figure) => figure.minus(answer).abs().lte(VERIFICATION_TOLERANCE));
  const scope = { actor, requestId: ctx.requestId };

  if (matched) {
    const verified = await ctx.db.$transaction(async (tx) => {
      // Guarded so that a concurrent wrong answer that used the last try wins over this one.
      const updated = await tx.leaveAdministrator.updateMany({
        where: {
          id: link.id,
          verifiedAt: null,
          verificationLockedAt: null,
          verificationAttempts: { lt: MAX_VERIFICATION_ATTEMPTS },
        },
        data: { verifiedAt: ctx.now(), verificationMethod: "QUARTERLY_REPORT_FIGURE" },
      });
      if (updated.count !== 1) throw new VerificationLockedError();
      await recordAuditEvent(tx, scope, {
        action: "leave_administrator.verify",
        entityType: "LeaveAdministrator",
        entityId: link.id,
        changedFields: ["verifiedAt", "verificationMethod"],
        metadata: { employerId: link.employerId, attempts: link.verificationAttempts + 1 },
      });
      return tx.leaveAdministrator.findUniqueOrThrow({ where: { id: link.id } });
    });
    // The employer's claims become visible on the very next request (the session cache holds
    // the verified employers).
    ctx.sessions.forgetUser(actor.userId);
    return verified;
  }

  // A wrong answer is recorded (committed) before it is reported, and the count only ever goes
  // up by one per answer even when several arrive at once.
  const after = await ctx.db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ verificationAttempts: number }[]>`
      UPDATE "LeaveAdministrator"
         SET "verificationAttempts" = "verificationAttempts" + 1,
             "verificationLockedAt" = CASE WHEN "verificationAttempts" + 1 >= ${MAX_VERIFICATION_ATTEMPTS}
                                           THEN ${ctx.now()}::timestamptz ELSE NULL END
       WHERE id = ${link.id}::uuid AND "verifiedAt" IS NULL AND "verificationLockedAt" IS NULL
             AND "verificationAttempts" < ${MAX_VERIFICATION_ATTEMPTS}
   RETURNING "verificationAttempts"`;
    const row = rows[0];
    if (!row) return null;
    await recordAuditEvent(tx, scope, {
      action: "leave_administrator.verify_failed",
      entityType: "LeaveAdministrator",
      entityId: link.id,
      changedFields: ["verificationAttempts"],
      metadata: { employerId: link.employerId, attempts: row.verificationAttempts },
    });
    return row.verificationAttempts;
  });
  if (after === null) throw new VerificationLockedError();
  throw new VerificationFailedError(MAX_VERIFICATION_ATTEMPTS - after);
}

const HelpInput = z.object({ leaveAdministratorId: z.uuid("Unknown employer link.") });

export async function requestVerificationHelp(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(HelpInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const link = await ctx.db.leaveAdministrator.findUnique({ where: { id: input.leaveAdministratorId } });
  if (!link || link.userId !== actor.userId) throw new NotFoundError("Employer link");
  if (link.verifiedAt || link.helpRequestedAt) return link;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.leaveAdministrator.updateMany({
      where: { id: link.id, helpRequestedAt: null },
      data: { helpRequestedAt: ctx.now() },
    });
    if (updated.count === 1) {
      await tx.task.create({
        data: {
          queue: "EMPLOYER_SUPPORT",
          kind: "VERIFY_LEAVE_ADMINISTRATOR",
          employerId: link.employerId,
          leaveAdministratorId: link.id,
          dueAt: new Date(ctx.now().getTime() + HELP_DUE_DAYS * 86_400_000),
        },
      });
      await recordAuditEvent(
        tx,
        { actor, requestId: ctx.requestId },
        {
          action: "leave_administrator.help_requested",
          entityType: "LeaveAdministrator",
          entityId: link.id,
          changedFields: ["helpRequestedAt"],
          metadata: { employerId: link.employerId, attempts: link.verificationAttempts },
        },
      );
    }
    return tx.leaveAdministrator.findUniqueOrThrow({ where: { id: link.id } });
  });
}
