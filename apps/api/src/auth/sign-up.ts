// Creating a claimant account with an email address and a password. The account is signed in
// at once and mailed a link to confirm the address; until it is confirmed, applications can be
// saved but not submitted.
//
// An address that already has an account gets a clear field error ("this email already has an
// account: sign in or reset your password") rather than a pretend success: the person at the
// keyboard is far more often its owner who forgot, and a pretend success would have to withhold
// the session. What that tells a stranger is limited by a per-address attempt limit, and the
// owner is mailed that someone tried.
import { Prisma } from "@openleave/db";
import { hashPassword } from "@openleave/crypto";
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { InvalidInputError, RateLimitedError } from "../errors/domain-errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { parseInput } from "../graphql/parse-input.ts";
import { accountEmail } from "./account-emails.ts";
import { createVerificationLink, mailVerificationLink } from "./email-verification.ts";
import { NewPassword } from "./password-reset.ts";
import { countThrottledAttempt } from "./password-sign-in.ts";
import { CSRF_COOKIE, SESSION_COOKIE, issueSession } from "./sessions.ts";

const SignUpInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(254),
  password: NewPassword,
  preferredLanguage: z.enum(["EN", "ES"]).default("EN"),
});

export const EMAIL_TAKEN_MESSAGE =
  "This email address already has an account. Sign in, or reset your password if you forgot it.";

export async function signUp(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(SignUpInput, rawInput, ["input"]);
  const now = ctx.now();
  const attempts = await countThrottledAttempt(ctx.db, `sign-up:${ctx.ip}`, now);
  if (attempts > ctx.config.signUp.maxPerIpPerMinute) throw new RateLimitedError(60);

  const passwordHash = await hashPassword(input.password);
  let created;
  try {
    created = await ctx.db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          // The legal name arrives when the account is linked to a person record.
          name: input.email,
          roles: ["CLAIMANT"],
          passwordHash,
          preferredLanguage: input.preferredLanguage,
        },
      });
      const link = await createVerificationLink(tx, ctx, user.id, now);
      const session = await issueSession(tx, user.id, {
        ttlHours: ctx.config.sessionTtlHours,
        userAgent: ctx.userAgent,
        now,
      });
      const scope = { actor: null, requestId: ctx.requestId };
      await recordAuditEvent(tx, scope, {
        action: "user.sign_up",
        entityType: "User",
        entityId: user.id,
        changedFields: ["email", "passwordHash", "roles", "preferredLanguage"],
        metadata: { via: "password", roles: ["CLAIMANT"] },
      });
      await recordAuditEvent(tx, scope, {
        action: "auth.sign_in",
        entityType: "User",
        entityId: user.id,
        metadata: { method: "sign_up", sessionId: session.sessionId },
      });
      return { user, link, session };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const owner = await ctx.db.user.findUnique({ where: { email: input.email } });
      if (owner && !owner.disabledAt)
        await ctx.mailer.send(accountEmail("alreadyRegistered", owner, { portalUrl: ctx.config.portalUrl }));
      throw new InvalidInputError([{ path: ["input", "email"], message: EMAIL_TAKEN_MESSAGE }], EMAIL_TAKEN_MESSAGE);
    }
    throw error;
  }

  const { user, link, session } = created;
  await mailVerificationLink(ctx, user, link);
  const maxAgeSeconds = ctx.config.sessionTtlHours * 3600;
  ctx.cookies.set(SESSION_COOKIE, session.token, { httpOnly: true, maxAgeSeconds });
  ctx.cookies.set(CSRF_COOKIE, session.csrfToken, { httpOnly: false, maxAgeSeconds });
  return { userId: user.id, csrfToken: session.csrfToken, preferredLanguage: user.preferredLanguage };
}
