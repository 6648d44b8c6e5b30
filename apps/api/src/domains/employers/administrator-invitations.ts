// A verified leave administrator brings colleagues in and takes them out. An invitation is a
// one-time link mailed to an address; the person who opens it, signed in with that same
// address, becomes a verified administrator (method INVITATION) without the quarterly figure.
// Removing an administrator deletes their link and drops their cached session at once. Only
// verified administrators of the employer may do either, and each step is audited in the same
// transaction as the change.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";

/** An invitation link works for this long. */
export const INVITATION_TTL_DAYS = 7;

function requireVerifiedAdmin(ctx: RequestContext, employerId: string) {
  if (!ctx.actor?.verifiedEmployerIds.includes(employerId)) {
    throw new ForbiddenError("Only a verified leave administrator of this employer can manage its administrators.");
  }
}

const InviteInput = z.object({
  employerId: z.uuid("Choose an employer."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Enter a shorter email address.")
    .pipe(z.email("Enter an email address, for example name@example.com.")),
});

export async function inviteLeaveAdministrator(ctx: RequestContext, rawInput: unknown) {
  const employerId = String((rawInput as { employerId?: unknown })?.employerId ?? "");
  requireVerifiedAdmin(ctx, employerId);
  const input = parseInput(InviteInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const employer = await ctx.db.employer.findUniqueOrThrow({ where: { id: input.employerId }, select: { name: true } });
  const already = await ctx.db.leaveAdministrator.findFirst({
    where: { employerId: input.employerId, verifiedAt: { not: null }, user: { email: input.email } },
    select: { id: true },
  });
  if (already) {
    throw new DomainError("ALREADY_ADMINISTRATOR", "That person is already a verified administrator of this employer.");
  }
  const token = newToken();
  const invitation = await ctx.db.$transaction(async (tx) => {
    // A new invitation to the same address replaces any earlier one still open.
    await tx.leaveAdministratorInvitation.updateMany({
      where: { employerId: input.employerId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: ctx.now() },
    });
    const created = await tx.leaveAdministratorInvitation.create({
      data: {
        employerId: input.employerId,
        email: input.email,
        tokenHash: hashToken(token),
        invitedById: actor.userId,
        expiresAt: new Date(ctx.now().getTime() + INVITATION_TTL_DAYS * 86_400_000),
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "leave_administrator.invite",
        entityType: "LeaveAdministratorInvitation",
        entityId: created.id,
        changedFields: ["email", "expiresAt"],
        metadata: { employerId: input.employerId },
      },
    );
    return created;
  });
  const link = `${ctx.config.portalUrl}/employers/accept-invitation?token=${encodeURIComponent(token)}`;
  await ctx.mailer.send({
    to: input.email,
    subject: `You are invited to administer leave for ${employer.name} on OpenLeave`,
    text: `A leave administrator of ${employer.name} invited you to see and answer its employees' paid leave claims.\n\nSign in (or create an account) with this email address, then open this link within ${INVITATION_TTL_DAYS} days:\n\n${link}\n\nIf you did not expect this, you can ignore this email.`,
  });
  return invitation;
}

const AcceptInput = z.object({ token: z.string().trim().min(10, "This invitation link is not complete.").max(200) });

export async function acceptLeaveAdministratorInvitation(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(AcceptInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const invitation = await ctx.db.leaveAdministratorInvitation.findUnique({
    where: { tokenHash: hashToken(input.token) },
  });
  const unusable = new DomainError(
    "INVITATION_NOT_VALID",
    "This invitation has expired, was already used or was withdrawn. Ask the administrator who invited you for a new one.",
  );
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= ctx.now()) throw unusable;
  const user = await ctx.db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { email: true, roles: true },
  });
  if (user.email.toLowerCase() !== invitation.email) {
    throw new DomainError(
      "INVITATION_FOR_ANOTHER_ADDRESS",
      "This invitation was sent to another email address. Sign in with the address it was sent to.",
    );
  }
  const link = await ctx.db.$transaction(async (tx) => {
    const claimed = await tx.leaveAdministratorInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: ctx.now() } },
      data: { acceptedAt: ctx.now(), acceptedById: actor.userId },
    });
    if (claimed.count !== 1) throw unusable;
    const verified = await tx.leaveAdministrator.upsert({
      where: { userId_employerId: { userId: actor.userId, employerId: invitation.employerId } },
      create: {
        userId: actor.userId,
        employerId: invitation.employerId,
        verifiedAt: ctx.now(),
        verificationMethod: "INVITATION",
      },
      update: { verifiedAt: ctx.now(), verificationMethod: "INVITATION", verificationLockedAt: null },
    });
    if (!user.roles.includes("LEAVE_ADMIN")) {
      // `set`, not `push`: pushing an enum value onto the enum[] column fails through the
      // driver adapter ("malformed array literal").
      await tx.user.update({ where: { id: actor.userId }, data: { roles: { set: [...user.roles, "LEAVE_ADMIN"] } } });
    }
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "leave_administrator.accept_invitation",
        entityType: "LeaveAdministrator",
        entityId: verified.id,
        changedFields: ["verifiedAt", "verificationMethod"],
        metadata: { employerId: invitation.employerId, invitationId: invitation.id },
      },
    );
    return verified;
  });
  ctx.sessions.forgetUser(actor.userId);
  return link;
}

const RemoveInput = z.object({ leaveAdministratorId: z.uuid("Unknown administrator.") });

export async function removeLeaveAdministrator(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RemoveInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const link = await ctx.db.leaveAdministrator.findUnique({ where: { id: input.leaveAdministratorId } });
  if (!link || !actor.verifiedEmployerIds.includes(link.employerId)) throw new NotFoundError("Administrator");
  if (link.userId === actor.userId) {
    throw new DomainError(
      "CANNOT_REMOVE_YOURSELF",
      "You cannot remove yourself. Ask another administrator of this employer, or program staff.",
    );
  }
  await ctx.db.$transaction(async (tx) => {
    const removed = await tx.leaveAdministrator.deleteMany({ where: { id: link.id } });
    if (removed.count !== 1) throw new NotFoundError("Administrator");
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "leave_administrator.remove",
        entityType: "LeaveAdministrator",
        entityId: link.id,
        changedFields: ["deleted"],
        metadata: { employerId: link.employerId, removedUserId: link.userId, wasVerified: link.verifiedAt !== null },
      },
    );
  });
  // The removed person loses the employer's claims on their very next request.
  ctx.sessions.forgetUser(link.userId);
  return link;
}
