import type { Language, Role } from "@openleave/db";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { builder } from "../graphql/builder.ts";
import { LanguageEnum } from "../graphql/enums.ts";
import type { Actor } from "../graphql/context.ts";
import { requestPasswordReset, resetPassword } from "./password-reset.ts";
import { signInWithPassword } from "./password-sign-in.ts";
import { CSRF_COOKIE, SESSION_COOKIE } from "./sessions.ts";

export const RoleEnum = builder.enumType("Role", {
  values: [
    "CLAIMANT",
    "LEAVE_ADMIN",
    "ADJUDICATOR",
    "SUPERVISOR",
    "APPEALS_OFFICER",
    "PROGRAM_ADMIN",
  ] as const satisfies readonly Role[],
});

const Viewer = builder.objectRef<Actor>("Viewer").implement({
  description: "The signed-in user.",
  fields: (t) => ({
    id: t.exposeID("userId"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    roles: t.field({ type: [RoleEnum], resolve: (actor) => actor.roles }),
    personId: t.exposeID("personId", { nullable: true }),
    emailVerifiedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the email address was confirmed; null until the mailed link is opened.",
      resolve: (actor) => actor.emailVerifiedAt,
    }),
    preferredLanguage: t.field({
      type: LanguageEnum,
      description: "The language emails and notices to this account are written in.",
      resolve: (actor) => actor.preferredLanguage,
    }),
    sessionExpiresAt: t.field({
      type: "DateTime",
      description: "When this session ends unless extended (extendSession).",
      resolve: (actor) => actor.sessionExpiresAt,
    }),
    verifiedEmployerIds: t.exposeIDList("verifiedEmployerIds"),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description: "The signed-in user, or null.",
    resolve: (_root, _args, ctx) => ctx.actor,
  }),
);

const SignInInputRef = builder.inputType("SignInInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

export const SignInPayload = builder
  .objectRef<{ userId: string; csrfToken: string; preferredLanguage: Language }>("SignInPayload")
  .implement({
    fields: (t) => ({
      userId: t.exposeID("userId"),
      preferredLanguage: t.field({
        type: LanguageEnum,
        description: "The account's language: the apps switch to it on a device where no language was chosen yet.",
        resolve: (p) => p.preferredLanguage,
      }),
      csrfToken: t.exposeString("csrfToken", { description: "Send back in the x-csrf-token header on mutations." }),
    }),
  });

builder.mutationField("signIn", (t) =>
  t.field({
    type: SignInPayload,
    errors: {},
    args: { input: t.arg({ type: SignInInputRef, required: true }) },
    resolve: (_root, { input }, ctx) => signInWithPassword(ctx, input),
  }),
);

builder.mutationField("signOut", (t) =>
  t.boolean({
    errors: {},
    resolve: async (_root, _args, ctx) => {
      if (ctx.actor) {
        const actor = ctx.actor;
        await ctx.db.$transaction(async (tx) => {
          await tx.session.update({ where: { id: actor.sessionId }, data: { revokedAt: ctx.now() } });
          await recordAuditEvent(
            tx,
            { actor, requestId: ctx.requestId },
            {
              action: "auth.sign_out",
              entityType: "User",
              entityId: actor.userId,
            },
          );
        });
        ctx.sessions.forgetSession(actor.sessionId);
      }
      ctx.cookies.clear(SESSION_COOKIE);
      ctx.cookies.clear(CSRF_COOKIE);
      return true;
    },
  }),
);

builder.mutationField("requestPasswordReset", (t) =>
  t.boolean({
    errors: {},
    description: "Emails a reset link if the address has an account. Always answers true.",
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, { email }, ctx) => {
      await requestPasswordReset(ctx, { email });
      return true;
    },
  }),
);

builder.mutationField("resetPassword", (t) =>
  t.boolean({
    errors: {},
    args: { token: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await resetPassword(ctx, args);
      return true;
    },
  }),
);
