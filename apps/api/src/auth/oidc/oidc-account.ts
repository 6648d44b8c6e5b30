// Who an OIDC identity is here, and their session. Matching order: the (issuer, subject) link;
// else an existing account with the same email, only when the provider verified that email
// and the account is not linked to another identity; else a new claimant account. The account
// change, the session and their audit events commit together.
import type { Prisma } from "@openleave/db";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import type { Services } from "../../graphql/context.ts";
import { issueSession, type IssuedSession } from "../sessions.ts";
import { OidcFailure, type OidcIdentity } from "./oidc-provider.ts";

export interface OidcRequest {
  requestId: string;
  userAgent: string | undefined;
}

export async function signInWithOidc(
  services: Services,
  request: OidcRequest,
  identity: OidcIdentity,
): Promise<IssuedSession> {
  const now = services.now();
  const scope = { actor: null, requestId: request.requestId };
  // Refusals are audited too, so they are recorded outside the transaction that throws.
  let refusal: { userId: string; reason: string } | undefined;
  try {
    return await services.db.$transaction(async (tx) => {
      const user = await findOrCreateUser(tx, identity, scope);
      if (user.disabledAt) {
        refusal = { userId: user.id, reason: "disabled" };
        throw new OidcFailure("account_disabled", "the account is disabled");
      }
      const session = await issueSession(tx, user.id, {
        ttlHours: services.config.sessionTtlHours,
        userAgent: request.userAgent,
        now,
      });
      await recordAuditEvent(tx, scope, {
        action: "auth.sign_in",
        entityType: "User",
        entityId: user.id,
        metadata: { method: "oidc", sessionId: session.sessionId },
      });
      return session;
    });
  } finally {
    if (refusal) {
      const { userId, reason } = refusal;
      await services.db.$transaction((tx) =>
        recordAuditEvent(tx, scope, {
          action: "auth.sign_in_failed",
          entityType: "User",
          entityId: userId,
          metadata: { method: "oidc", reason },
        }),
      );
    }
  }
}

async function findOrCreateUser(
  tx: Prisma.TransactionClient,
  identity: OidcIdentity,
  scope: { actor: null; requestId: string },
) {
  const linked = await tx.user.findFirst({ where: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } });
  if (linked) return linked;

  if (!identity.email) throw new OidcFailure("oidc_no_email", "the provider shared no email address");
  const sameEmail = await tx.user.findUnique({ where: { email: identity.email } });
  if (sameEmail) {
    // An unverified email could be anyone's; an account already linked belongs to another identity.
    if (!identity.emailVerified)
      throw new OidcFailure("oidc_email_unverified", "an account has this email but the provider did not verify it");
    if (sameEmail.oidcIssuer || sameEmail.oidcSubject)
      throw new OidcFailure("oidc_email_in_use", "an account with this email is linked to another identity");
    const updated = await tx.user.update({
      where: { id: sameEmail.id },
      data: {
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
        emailVerifiedAt: sameEmail.emailVerifiedAt ?? new Date(),
      },
    });
    await recordAuditEvent(tx, scope, {
      action: "auth.oidc_link",
      entityType: "User",
      entityId: updated.id,
      changedFields: ["oidcIssuer", "oidcSubject"],
      metadata: { issuer: identity.issuer, matchedBy: "verified_email" },
    });
    return updated;
  }

  const created = await tx.user.create({
    data: {
      email: identity.email,
      name: identity.name ?? identity.email.split("@")[0]!,
      roles: ["CLAIMANT"],
      oidcIssuer: identity.issuer,
      oidcSubject: identity.subject,
      // The provider vouches for the address, so no confirmation link is needed.
      emailVerifiedAt: identity.emailVerified ? new Date() : null,
    },
  });
  await recordAuditEvent(tx, scope, {
    action: "user.create",
    entityType: "User",
    entityId: created.id,
    changedFields: ["email", "name", "roles", "oidcIssuer", "oidcSubject"],
    metadata: { via: "oidc", issuer: identity.issuer, roles: ["CLAIMANT"], emailVerified: identity.emailVerified },
  });
  return created;
}
