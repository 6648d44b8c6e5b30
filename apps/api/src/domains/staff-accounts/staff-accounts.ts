// Staff accounts, managed by program administrators: invite a new staff member (an account with
// staff roles and no password, and a one-time set-password link mailed through the outbox), set
// a staff member's roles, disable an account (its sessions end at once, its open tasks go back to
// their queues, its unused links stop working) and enable it again. Each change is audited in its
// transaction and drops the person's cached sessions.
//
// An administrator cannot disable themselves or take away their own PROGRAM_ADMIN role, so the
// program always keeps at least one administrator who can undo a mistake.
import type { Role } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";
import { DomainError, InvalidInputError, NotFoundError } from "../../errors/domain-errors.ts";
import { STAFF_ROLES, type RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { queueEmails } from "../notifications/email-outbox.ts";
import {
  redactStaffInvitationLink,
  STAFF_INVITATION_TTL_DAYS,
  staffInvitationEmail,
  staffInvitationEmailKey,
} from "./staff-invitation-email.ts";

const StaffRoles = z
  .array(z.enum(STAFF_ROLES as [Role, ...Role[]], "Choose staff roles only."))
  .min(1, "Choose at least one role.")
  .max(STAFF_ROLES.length)
  .transform((roles) => [...new Set(roles)]);

const InviteInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Enter a shorter email address.")
    .pipe(z.email("Enter an email address, for example name@example.gov.")),
  name: z.string().trim().min(1, "Enter the person's name.").max(200, "Enter a shorter name."),
  roles: StaffRoles,
  preferredLanguage: z.enum(["EN", "ES"]).default("EN"),
});

export async function inviteStaffMember(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(InviteInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const existing = await ctx.db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    // One account per address; a claimant's or employer's account does not become a staff one.
    throw InvalidInputError.field(
      ["input", "email"],
      "That address already has an account. Change its roles below, or use the person's work address.",
    );
  }
  const token = newToken();
  const now = ctx.now();
  const user = await ctx.db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        roles: input.roles,
        preferredLanguage: input.preferredLanguage,
        // The address is proven when the person opens the mailed link and sets a password.
        emailVerifiedAt: null,
      },
    });
    const setPassword = await tx.passwordResetToken.create({
      data: {
        tokenHash: hashToken(token),
        userId: created.id,
        expiresAt: new Date(now.getTime() + STAFF_INVITATION_TTL_DAYS * 86_400_000),
      },
    });
    const link = `${ctx.config.adminUrl}/set-password?token=${encodeURIComponent(token)}`;
    const words = staffInvitationEmail(input.preferredLanguage, { name: input.name, invitedBy: actor.name, link });
    await queueEmails(tx, [
      {
        key: staffInvitationEmailKey(setPassword.id),
        kind: "STAFF_INVITATION",
        recipientUserId: created.id,
        language: input.preferredLanguage,
        ...words,
      },
    ]);
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "staff.invite",
        entityType: "User",
        entityId: created.id,
        changedFields: ["email", "name", "roles"],
        metadata: { roles: input.roles, expiresAt: setPassword.expiresAt.toISOString() },
      },
    );
    return created;
  });
  return user;
}

async function staffAccount(ctx: RequestContext, userId: string) {
  const user = await ctx.db.user.findUnique({ where: { id: userId } });
  // Only accounts that hold (or held) a staff role are managed here: claimants and employers'
  // administrators have their own ways in and out.
  if (!user || !user.roles.some((role) => STAFF_ROLES.includes(role))) throw new NotFoundError("Staff account");
  return user;
}

const SetRolesInput = z.object({ userId: z.uuid("Unknown staff member."), roles: StaffRoles });

export async function setStaffRoles(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(SetRolesInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const user = await staffAccount(ctx, input.userId);
  if (user.id === actor.userId && !input.roles.includes("PROGRAM_ADMIN")) {
    throw InvalidInputError.field(
      ["input", "roles"],
      "You cannot take away your own program administrator role. Ask another administrator.",
    );
  }
  const others = user.roles.filter((role) => !STAFF_ROLES.includes(role));
  const roles = [...others, ...STAFF_ROLES.filter((role) => input.roles.includes(role))];
  await ctx.db.$transaction(async (tx) => {
    // `set`, not a comparison on the array: the PGlite adapter cannot bind enum arrays in filters.
    await tx.user.update({ where: { id: user.id }, data: { roles: { set: roles } } });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "staff.set_roles",
        entityType: "User",
        entityId: user.id,
        changedFields: ["roles"],
        metadata: { from: user.roles, to: roles },
      },
    );
  });
  // The new roles apply from the person's next request.
  ctx.sessions.forgetUser(user.id);
  return user.id;
}

const AccountInput = z.object({
  userId: z.uuid("Unknown staff member."),
  reason: z.string().trim().min(1, "Say why.").max(1_000, "Use at most 1,000 characters."),
});

export async function disableStaffAccount(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(AccountInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const user = await staffAccount(ctx, input.userId);
  if (user.id === actor.userId) {
    throw new DomainError("CANNOT_DISABLE_YOURSELF", "You cannot disable your own account. Ask another administrator.");
  }
  if (user.disabledAt) return user.id;
  const now = ctx.now();
  await ctx.db.$transaction(async (tx) => {
    const disabled = await tx.user.updateMany({ where: { id: user.id, disabledAt: null }, data: { disabledAt: now } });
    if (disabled.count !== 1) return; // someone else disabled it a moment ago
    const sessions = await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
    });
    const openLinks = await tx.passwordResetToken.findMany({
      where: { userId: user.id, usedAt: null },
      select: { id: true },
    });
    await tx.passwordResetToken.updateMany({
      where: { id: { in: openLinks.map((l) => l.id) } },
      data: { usedAt: now },
    });
    await redactStaffInvitationLink(
      tx,
      openLinks.map((l) => l.id),
    );
    // Work in their hands goes back to its queue for someone else to take.
    const tasks = await tx.task.updateMany({
      where: { assigneeId: user.id, completedAt: null },
      data: { assigneeId: null, status: "OPEN" },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "staff.disable",
        entityType: "User",
        entityId: user.id,
        changedFields: ["disabledAt"],
        metadata: { reason: input.reason, sessionsEnded: sessions.count, tasksReturned: tasks.count },
      },
    );
  });
  ctx.sessions.forgetUser(user.id);
  return user.id;
}

export async function enableStaffAccount(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(AccountInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const user = await staffAccount(ctx, input.userId);
  if (!user.disabledAt) return user.id;
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { disabledAt: null, failedSignInCount: 0, lockedUntil: null },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "staff.enable",
        entityType: "User",
        entityId: user.id,
        changedFields: ["disabledAt"],
        metadata: { reason: input.reason },
      },
    );
  });
  return user.id;
}
