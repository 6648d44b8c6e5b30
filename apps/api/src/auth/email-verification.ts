// Proving an account holder reads the address they signed up with: a one-time link, stored
// only as its hash, good for 24 hours and for one use. Applications cannot be submitted before
// the address is confirmed (submit-application.ts).
import type { Language, Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { DomainError, InvalidInputError, RateLimitedError } from "../errors/domain-errors.ts";
import type { RequestContext, Services } from "../graphql/context.ts";
import { parseInput } from "../graphql/parse-input.ts";
import { accountEmail } from "./account-emails.ts";
import { hashToken, newToken } from "./tokens.ts";

export const VERIFICATION_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_LINKS_PER_HOUR = 5;

/** Thrown by submitApplication until the account's email address is confirmed. */
export class EmailNotVerifiedError extends DomainError {
  constructor() {
    super(
      "EMAIL_NOT_VERIFIED",
      "Confirm your email address before you submit: open the link we emailed you, or ask for a new one on your account page.",
    );
  }
}

/** Stores a new link's hash in the caller's transaction and returns the link to mail after commit. */
export async function createVerificationLink(
  tx: Prisma.TransactionClient,
  services: Pick<Services, "config">,
  userId: string,
  now: Date,
): Promise<string> {
  const token = newToken();
  await tx.emailVerificationToken.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + VERIFICATION_TOKEN_TTL_MS),
    },
  });
  return `${services.config.portalUrl}/verify-email?token=${encodeURIComponent(token)}`;
}

export async function mailVerificationLink(
  services: Pick<Services, "mailer" | "config">,
  to: { email: string; preferredLanguage: Language },
  link: string,
) {
  await services.mailer.send(accountEmail("verify", to, { link, portalUrl: services.config.portalUrl }));
}

/** Sends the signed-in account holder a fresh link. Returns false when the address is already confirmed. */
export async function resendVerificationEmail(ctx: RequestContext): Promise<boolean> {
  const actor = ctx.actor!;
  const now = ctx.now();
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (user.emailVerifiedAt) return false;
  const recent = await ctx.db.emailVerificationToken.count({
    where: { userId: user.id, createdAt: { gte: new Date(now.getTime() - 3_600_000) } },
  });
  if (recent >= MAX_LINKS_PER_HOUR)
    throw new RateLimitedError(
      3600,
      "We have sent several links in the last hour. Check your inbox and spam folder, or try again later.",
    );
  const link = await ctx.db.$transaction(async (tx) => {
    const created = await createVerificationLink(tx, ctx, user.id, now);
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      { action: "auth.email_verification_sent", entityType: "User", entityId: user.id },
    );
    return created;
  });
  await mailVerificationLink(ctx, user, link);
  return true;
}

const VerifyInput = z.object({
  token: z.string().min(10, "This link is not valid.").max(200, "This link is not valid."),
});

/**
 * Consumes a link. Works without being signed in (the link may be opened on another device).
 * Returns the email address that is now confirmed.
 */
export async function verifyEmail(ctx: RequestContext, rawInput: unknown): Promise<string> {
  const { token } = parseInput(VerifyInput, rawInput);
  const now = ctx.now();
  const result = await ctx.db.$transaction(async (tx) => {
    const record = await tx.emailVerificationToken.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: { select: { id: true, email: true, emailVerifiedAt: true } } },
    });
    if (!record || record.expiresAt <= now)
      throw InvalidInputError.field(
        ["token"],
        "This link has expired or is not valid. Ask for a new one from your account page.",
      );
    // Claim the link first: of two concurrent uses, only one wins.
    const claimed = await tx.emailVerificationToken.updateMany({
      where: { id: record.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1)
      throw InvalidInputError.field(
        ["token"],
        "This link was already used. If you opened it before, your email is confirmed.",
      );
    if (!record.user.emailVerifiedAt) {
      await tx.user.update({ where: { id: record.userId }, data: { emailVerifiedAt: now } });
      await recordAuditEvent(
        tx,
        { actor: ctx.actor, requestId: ctx.requestId },
        {
          action: "auth.email_verified",
          entityType: "User",
          entityId: record.userId,
          changedFields: ["emailVerifiedAt"],
        },
      );
    }
    return record.user;
  });
  // Sessions this process holds carry the old verification state.
  ctx.sessions.forgetUser(result.id);
  return result.email;
}
