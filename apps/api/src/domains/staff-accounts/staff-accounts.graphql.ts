// Staff management for program administrators: the list of staff accounts and the invite, set
// roles, disable and enable mutations (staff-accounts.ts). Only program administrators see any
// of it; everyone else sees staff members by name only (the `User` type).
import type { Role } from "@openleave/db";
import { RoleEnum } from "../../auth/auth.graphql.ts";
import { builder } from "../../graphql/builder.ts";
import { STAFF_ROLES } from "../../graphql/context.ts";
import { LanguageEnum } from "../../graphql/enums.ts";
import { prismaQuery } from "../../graphql/reload.ts";
import { disableStaffAccount, enableStaffAccount, inviteStaffMember, setStaffRoles } from "./staff-accounts.ts";

const programAdmin = { role: "PROGRAM_ADMIN" } as const;

export const StaffAccountRef = builder.prismaObject("User", {
  variant: "StaffAccount",
  description: "A staff member's account as a program administrator manages it.",
  authScopes: programAdmin,
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    roles: t.field({
      type: [RoleEnum],
      description: "Staff roles only (an account's other roles are not managed here).",
      select: { roles: true },
      resolve: (user) => user.roles.filter((role) => STAFF_ROLES.includes(role)),
    }),
    preferredLanguage: t.expose("preferredLanguage", { type: LanguageEnum }),
    disabledAt: t.expose("disabledAt", { type: "DateTime", nullable: true }),
    invitationPending: t.boolean({
      description: "Invited, but no password chosen yet.",
      select: { passwordHash: true, oidcSubject: true },
      resolve: (user) => user.passwordHash === null && user.oidcSubject === null,
    }),
    lastSignedInAt: t.field({
      type: "DateTime",
      nullable: true,
      select: { sessions: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 } },
      resolve: (user) => user.sessions[0]?.createdAt ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryField("staffAccounts", (t) =>
  t.prismaField({
    type: [StaffAccountRef],
    authScopes: programAdmin,
    description: "Every account with a staff role, active first, then by name. Program administrators only.",
    resolve: async (query, _root, _args, ctx) => {
      // The role test in SQL: the PGlite adapter cannot bind an enum array for Prisma's `has`.
      const rows = await ctx.db.$queryRaw<{ id: string }[]>`
        SELECT u.id FROM "User" u WHERE u.roles && ${STAFF_ROLES as Role[]}::text[]::"Role"[] LIMIT 1000`;
      return ctx.db.user.findMany({
        ...prismaQuery(query),
        where: { id: { in: rows.map((row) => row.id) } },
        orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
      });
    },
  }),
);

const StaffRoleEnum = builder.enumType("StaffRole", {
  values: ["ADJUDICATOR", "SUPERVISOR", "APPEALS_OFFICER", "PROGRAM_ADMIN"] as const satisfies readonly Role[],
});

const InviteStaffMemberInput = builder.inputType("InviteStaffMemberInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    roles: t.field({ type: [StaffRoleEnum], required: true }),
    preferredLanguage: t.field({ type: LanguageEnum, required: false, description: "The invitation's language." }),
  }),
});

const SetStaffRolesInput = builder.inputType("SetStaffRolesInput", {
  fields: (t) => ({
    userId: t.id({ required: true }),
    roles: t.field({ type: [StaffRoleEnum], required: true }),
  }),
});

const StaffAccountChangeInput = builder.inputType("StaffAccountChangeInput", {
  fields: (t) => ({
    userId: t.id({ required: true }),
    reason: t.string({ required: true, description: "Why, for the audit trail." }),
  }),
});

builder.mutationField("inviteStaffMember", (t) =>
  t.prismaField({
    type: StaffAccountRef,
    errors: {},
    authScopes: programAdmin,
    description:
      "Creates a staff account with these roles and emails the person a one-time link (7 days) to choose a password. Audited.",
    args: { input: t.arg({ type: InviteStaffMemberInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await inviteStaffMember(ctx, { ...input, preferredLanguage: input.preferredLanguage ?? undefined });
      return ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id: user.id } });
    },
  }),
);

builder.mutationField("setStaffRoles", (t) =>
  t.prismaField({
    type: StaffAccountRef,
    errors: {},
    authScopes: programAdmin,
    description: "Replaces a staff member's staff roles (at least one). Applies from their next request. Audited.",
    args: { input: t.arg({ type: SetStaffRolesInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await setStaffRoles(ctx, { ...input, userId: String(input.userId) });
      return ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id } });
    },
  }),
);

builder.mutationField("disableStaffAccount", (t) =>
  t.prismaField({
    type: StaffAccountRef,
    errors: {},
    authScopes: programAdmin,
    description:
      "Disables a staff account: its sessions end at once, its unused links stop working and its open tasks return to their queues. Audited.",
    args: { input: t.arg({ type: StaffAccountChangeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await disableStaffAccount(ctx, { ...input, userId: String(input.userId) });
      return ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id } });
    },
  }),
);

builder.mutationField("enableStaffAccount", (t) =>
  t.prismaField({
    type: StaffAccountRef,
    errors: {},
    authScopes: programAdmin,
    description: "Lets a disabled staff account sign in again (with its roles as they were). Audited.",
    args: { input: t.arg({ type: StaffAccountChangeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await enableStaffAccount(ctx, { ...input, userId: String(input.userId) });
      return ctx.db.user.findUniqueOrThrow({ ...prismaQuery(query), where: { id } });
    },
  }),
);
