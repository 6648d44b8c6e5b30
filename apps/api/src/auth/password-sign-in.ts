// Email + password sign-in with two brakes: a per-address rate limit (stops spraying many
// accounts) and a per-account lockout after repeated failures (stops guessing one password).
// Both are decided by single atomic statements in the database before the password is
// compared, so no number of concurrent requests gets more guesses than the limits.
import { createHash } from "node:crypto";
import type { Database } from "@openleave/db";
import { hashPassword, verifyPassword } from "@openleave/crypto";
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { InvalidInputError, RateLimitedError } from "../errors/domain-errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { parseInput } from "../graphql/parse-input.ts";
import { CSRF_COOKIE, SESSION_COOKIE, issueSession } from "./sessions.ts";

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(254),
  password: z.string().min(1, "Enter your password.").max(256),
});

/** Verified against when the account does not exist, so timing does not reveal which emails exist. */
let decoyHash: Promise<string> | undefined;

export async function signInWithPassword(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(SignInInput, rawInput);
  const now = ctx.now();
  const emailHash = createHash("sha256").update(input.email).digest("hex");
  const limits = ctx.config.signIn;

  // The address limit is counted before anything else, in one statement: every attempt takes a
  // number, and only the first `maxAttemptsPerIpPerMinute` of any minute go on.
  const fromAddress = await countThrottledAttempt(ctx.db, `ip:${ctx.ip}`, now);
  if (fromAddress > limits.maxAttemptsPerIpPerMinute) throw new RateLimitedError(60);

  const user = await ctx.db.user.findUnique({ where: { email: input.email } });
  // The account lockout likewise reserves a guess before the password is compared: at most
  // `maxFailuresBeforeLockout` comparisons can be in flight or done before the lock.
  if (user && !(await reserveGuess(ctx.db, user.id, now, limits.maxFailuresBeforeLockout))) {
    const lockedUntil = await lockIfGuessesUsedUp(ctx.db, user.id, now, limits);
    await ctx.db.signInAttempt.create({ data: { emailHash, ip: ctx.ip, succeeded: false } });
    const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
    throw new RateLimitedError(
      minutes * 60,
      `This account is locked after too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or reset your password.`,
    );
  }

  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await (decoyHash ??= hashPassword("decoy-password-never-matches")), input.password).then(
        () => false,
      );

  if (!user || !passwordOk || user.disabledAt) {
    await ctx.db.$transaction(async (tx) => {
      await tx.signInAttempt.create({ data: { emailHash, ip: ctx.ip, succeeded: false } });
      if (user) {
        // The guess was counted when it was reserved; the one that used up the last guess locks.
        const locked = await tx.$executeRaw`
          UPDATE "User" SET "lockedUntil" = ${lockUntil(now, limits)}, "failedSignInCount" = 0
          WHERE id = ${user.id}::uuid AND "failedSignInCount" >= ${limits.maxFailuresBeforeLockout}`;
        await recordAuditEvent(
          tx,
          { actor: null, requestId: ctx.requestId },
          {
            action: locked ? "auth.account_locked" : "auth.sign_in_failed",
            entityType: "User",
            entityId: user.id,
            changedFields: locked ? ["lockedUntil"] : ["failedSignInCount"],
          },
        );
      }
    });
    throw new InvalidInputError(
      [{ path: ["password"], message: "That email and password do not match our records." }],
      "That email and password do not match our records.",
    );
  }

  const session = await ctx.db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { emailHash, ip: ctx.ip, succeeded: true } });
    await tx.user.update({ where: { id: user.id }, data: { failedSignInCount: 0, lockedUntil: null } });
    const issued = await issueSession(tx, user.id, {
      ttlHours: ctx.config.sessionTtlHours,
      userAgent: ctx.userAgent,
      now,
    });
    await recordAuditEvent(
      tx,
      { actor: null, requestId: ctx.requestId },
      {
        action: "auth.sign_in",
        entityType: "User",
        entityId: user.id,
        metadata: { method: "password", sessionId: issued.sessionId },
      },
    );
    return issued;
  });

  const maxAgeSeconds = ctx.config.sessionTtlHours * 3600;
  ctx.cookies.set(SESSION_COOKIE, session.token, { httpOnly: true, maxAgeSeconds });
  ctx.cookies.set(CSRF_COOKIE, session.csrfToken, { httpOnly: false, maxAgeSeconds });
  return { userId: user.id, csrfToken: session.csrfToken, preferredLanguage: user.preferredLanguage };
}

const WINDOW_MS = 60_000;

/**
 * Counts this attempt in the key's current one-minute window (`ip:<address>` for sign-in; sign-up
 * and password changes use keys of their own) and returns how many the key made in the last two
 * windows: one upsert, so concurrent attempts each get their own number. Counting the previous
 * window too means no 60-second span admits more than the limit.
 */
export async function countThrottledAttempt(db: Database, key: string, now: Date): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const previous = new Date(windowStart.getTime() - WINDOW_MS);
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "windowStart", "attempts") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "attempts" = "SignInThrottle"."attempts" + 1
    RETURNING "attempts" + COALESCE((SELECT t."attempts" FROM "SignInThrottle" t
                                     WHERE t."key" = ${key} AND t."windowStart" = ${previous}), 0) AS "attempts"`;
  const attempts = Number(rows[0]?.attempts ?? 0);
  // The first attempt of a window tidies windows nobody will read again.
  if (attempts === 1)
    await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "windowStart" < ${new Date(previous.getTime() - 60 * WINDOW_MS)}`;
  return attempts;
}

/** Takes one of the account's guesses, or returns false when it is locked or they are used up. */
async function reserveGuess(db: Database, userId: string, now: Date, maxFailures: number): Promise<boolean> {
  const reserved = await db.$executeRaw`
    UPDATE "User" SET "failedSignInCount" = "failedSignInCount" + 1
    WHERE id = ${userId}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      AND "failedSignInCount" < ${maxFailures}`;
  return reserved === 1;
}

/**
 * When the guesses are used up but no lock is set yet (they are still being checked, or a
 * process died while checking), set the lock now. Returns when the account unlocks.
 */
async function lockIfGuessesUsedUp(
  db: Database,
  userId: string,
  now: Date,
  limits: RequestContext["config"]["signIn"],
) {
  await db.$executeRaw`
    UPDATE "User" SET "lockedUntil" = ${lockUntil(now, limits)}, "failedSignInCount" = 0
    WHERE id = ${userId}::uuid AND "failedSignInCount" >= ${limits.maxFailuresBeforeLockout}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { lockedUntil: true } });
  return user.lockedUntil ?? lockUntil(now, limits);
}

function lockUntil(now: Date, limits: RequestContext["config"]["signIn"]): Date {
  return new Date(now.getTime() + limits.lockoutMinutes * 60_000);
}
