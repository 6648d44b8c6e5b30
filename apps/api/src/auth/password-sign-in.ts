// Email + password sign-in with two brakes: a per-address rate limit (stops spraying many
// accounts) and a per-account lockout after repeated failures (stops guessing one password).
import { createHash } from "node:crypto";
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

  const recentFromAddress = await ctx.db.signInAttempt.count({
    where: { ip: ctx.ip, at: { gte: new Date(now.getTime() - 60_000) } },
  });
  if (recentFromAddress >= ctx.config.signIn.maxAttemptsPerIpPerMinute) throw new RateLimitedError(60);

  const user = await ctx.db.user.findUnique({ where: { email: input.email } });
  if (user?.lockedUntil && user.lockedUntil > now) {
    await ctx.db.signInAttempt.create({ data: { emailHash, ip: ctx.ip, succeeded: false } });
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
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
        const failures = user.failedSignInCount + 1;
        const lock = failures >= ctx.config.signIn.maxFailuresBeforeLockout;
        await tx.user.update({
          where: { id: user.id },
          data: lock
            ? { failedSignInCount: 0, lockedUntil: new Date(now.getTime() + ctx.config.signIn.lockoutMinutes * 60_000) }
            : { failedSignInCount: failures },
        });
        await recordAuditEvent(
          tx,
          { actor: null, requestId: ctx.requestId },
          {
            action: lock ? "auth.account_locked" : "auth.sign_in_failed",
            entityType: "User",
            entityId: user.id,
            changedFields: lock ? ["lockedUntil"] : ["failedSignInCount"],
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
  return { userId: user.id, csrfToken: session.csrfToken };
}
