// Password reset by emailed one-time link. The request always "succeeds" so the form cannot be
// used to learn which addresses have accounts.
import { createHash } from "node:crypto";
import { hashPassword } from "@openleave/crypto";
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { InvalidInputError, RateLimitedError } from "../errors/domain-errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { parseInput } from "../graphql/parse-input.ts";
import { hashToken, newToken } from "./tokens.ts";
import { redactStaffInvitationLink } from "../domains/staff-accounts/staff-invitation-email.ts";

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
const MAX_RESET_REQUESTS_PER_HOUR = 5;

export const NewPassword = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.")
  .refine((value) => value.trim().length === value.length, "Do not start or end with a space.");

const RequestInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(254),
});

const ResetInput = z.object({
  token: z.string().min(10, "This reset link is not valid.").max(200, "This reset link is not valid."),
  newPassword: NewPassword,
});

export async function requestPasswordReset(ctx: RequestContext, rawInput: unknown): Promise<void> {
  const { email } = parseInput(RequestInput, rawInput);
  const now = ctx.now();
  const emailHash = createHash("sha256").update(`reset:${email}`).digest("hex");
  const recent = await ctx.db.signInAttempt.count({
    where: { emailHash, at: { gte: new Date(now.getTime() - 3_600_000) } },
  });
  if (recent >= MAX_RESET_REQUESTS_PER_HOUR) throw new RateLimitedError(3600);
  await ctx.db.signInAttempt.create({ data: { emailHash, ip: ctx.ip, succeeded: false } });

  const user = await ctx.db.user.findUnique({ where: { email } });
  if (!user || user.disabledAt) return;

  const token = newToken();
  await ctx.db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
    });
    await recordAuditEvent(
      tx,
      { actor: ctx.actor, requestId: ctx.requestId },
      {
        action: "auth.password_reset_requested",
        entityType: "User",
        entityId: user.id,
      },
    );
  });
  const link = `${ctx.config.portalUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await ctx.mailer.send({
    to: user.email,
    subject: "Reset your OpenLeave password",
    text: `Someone asked to reset the password for this account. If it was you, open this link within an hour:\n\n${link}\n\nIf it was not you, you can ignore this email; your password has not changed.`,
  });
}

export async function resetPassword(ctx: RequestContext, rawInput: unknown): Promise<void> {
  const input = parseInput(ResetInput, rawInput);
  const now = ctx.now();
  const passwordHash = await hashPassword(input.newPassword);
  const userId = await ctx.db.$transaction(async (tx) => {
    const record = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashToken(input.token) } });
    if (!record || record.usedAt || record.expiresAt <= now) {
      throw InvalidInputError.field(["token"], "This reset link has expired or was already used. Ask for a new one.");
    }
    // Claim the token first: of two concurrent resets with one token, only one can win.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: record.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1)
      throw InvalidInputError.field(["token"], "This reset link was already used. Ask for a new one.");
    const user = await tx.user.update({
      where: { id: record.userId },
      data: { passwordHash, failedSignInCount: 0, lockedUntil: null },
    });
    // Opening a mailed link proves the address (a staff invitation is the first such link).
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    await redactStaffInvitationLink(tx, [record.id]);
    // Everywhere this account was signed in is signed out.
    await tx.session.updateMany({ where: { userId: record.userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(
      tx,
      { actor: null, requestId: ctx.requestId },
      {
        action: "auth.password_reset",
        entityType: "User",
        entityId: record.userId,
        changedFields: ["passwordHash"],
      },
    );
    return record.userId;
  });
  ctx.sessions.forgetUser(userId);
}
