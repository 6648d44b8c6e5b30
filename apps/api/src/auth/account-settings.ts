// What a signed-in person changes about their own account: password, language, and how long
// this session lasts. Each change is audited in its own transaction.
import type { Language } from "@openleave/db";
import { hashPassword, verifyPassword } from "@openleave/crypto";
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { InvalidInputError, RateLimitedError, UnauthenticatedError } from "../errors/domain-errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { parseInput } from "../graphql/parse-input.ts";
import { accountEmail } from "./account-emails.ts";
import { NewPassword } from "./password-reset.ts";
import { countThrottledAttempt } from "./password-sign-in.ts";
import { CSRF_COOKIE, SESSION_COOKIE } from "./sessions.ts";

/** Wrong current passwords a session may try per minute: a left-open browser is not a guessing oracle. */
const MAX_PASSWORD_CHANGES_PER_MINUTE = 5;

const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(256),
  newPassword: NewPassword,
});

/**
 * Changes the password of the signed-in account after checking the current one. Every other
 * session of the account is signed out; this one stays.
 */
export async function changePassword(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ChangePasswordInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const now = ctx.now();
  if ((await countThrottledAttempt(ctx.db, `password-change:${actor.userId}`, now)) > MAX_PASSWORD_CHANGES_PER_MINUTE)
    throw new RateLimitedError(60);
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.passwordHash)
    throw InvalidInputError.field(
      ["input", "currentPassword"],
      "This account signs in through an identity provider and has no password to change here.",
    );
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw InvalidInputError.field(["input", "currentPassword"], "That is not your current password.");
  if (input.newPassword === input.currentPassword)
    throw InvalidInputError.field(["input", "newPassword"], "Choose a new password that differs from the current one.");

  const passwordHash = await hashPassword(input.newPassword);
  const revoked = await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, failedSignInCount: 0, lockedUntil: null } });
    const others = await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: actor.sessionId } },
      data: { revokedAt: now },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "auth.password_changed",
        entityType: "User",
        entityId: user.id,
        changedFields: ["passwordHash"],
        metadata: { otherSessionsSignedOut: others.count },
      },
    );
    return others.count;
  });
  ctx.sessions.forgetUser(user.id);
  await ctx.mailer.send(accountEmail("passwordChanged", user, { portalUrl: ctx.config.portalUrl }));
  return { otherSessionsSignedOut: revoked };
}

const LanguageInput = z.object({ language: z.enum(["EN", "ES"], "Choose English or Spanish.") });

/** The language emails and notices to this account are written in (and the portal opens in). */
export async function setPreferredLanguage(ctx: RequestContext, rawInput: unknown): Promise<Language> {
  const { language } = parseInput(LanguageInput, rawInput);
  const actor = ctx.actor!;
  if (actor.preferredLanguage === language) return language;
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { preferredLanguage: language } });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "user.preferred_language_changed",
        entityType: "User",
        entityId: actor.userId,
        changedFields: ["preferredLanguage"],
        metadata: { from: actor.preferredLanguage, to: language },
      },
    );
  });
  ctx.sessions.forgetUser(actor.userId);
  return language;
}

/**
 * Gives the current session a full lifetime again from now ("stay signed in" before it
 * expires). The cookies are sent again with the new lifetime.
 */
export async function extendSession(ctx: RequestContext): Promise<Date> {
  const actor = ctx.actor!;
  const now = ctx.now();
  const token = ctx.cookies.get(SESSION_COOKIE);
  const csrf = ctx.cookies.get(CSRF_COOKIE);
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000);
  await ctx.db.$transaction(async (tx) => {
    const extended = await tx.session.updateMany({
      where: { id: actor.sessionId, revokedAt: null, expiresAt: { gt: now } },
      data: { expiresAt, lastSeenAt: now },
    });
    if (extended.count !== 1) throw new UnauthenticatedError("Your session has ended. Please sign in again.");
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "auth.session_extended",
        entityType: "Session",
        entityId: actor.sessionId,
        changedFields: ["expiresAt"],
      },
    );
  });
  ctx.sessions.forgetSession(actor.sessionId);
  const maxAgeSeconds = ctx.config.sessionTtlHours * 3600;
  if (token) ctx.cookies.set(SESSION_COOKIE, token, { httpOnly: true, maxAgeSeconds });
  if (csrf) ctx.cookies.set(CSRF_COOKIE, csrf, { httpOnly: false, maxAgeSeconds });
  return expiresAt;
}
