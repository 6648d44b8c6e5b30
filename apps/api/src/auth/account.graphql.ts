// The account itself: signing up, confirming the email address, and what a signed-in person
// changes about their account (password, language, session length).
import { builder } from "../graphql/builder.ts";
import { LanguageEnum } from "../graphql/enums.ts";
import { changePassword, extendSession, setPreferredLanguage } from "./account-settings.ts";
import { SignInPayload } from "./auth.graphql.ts";
import { resendVerificationEmail, verifyEmail } from "./email-verification.ts";
import { signUp } from "./sign-up.ts";

const SignUpInputRef = builder.inputType("SignUpInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true, description: "At least 12 characters." }),
    preferredLanguage: t.field({ type: LanguageEnum, description: "Defaults to English." }),
  }),
});

builder.mutationField("signUp", (t) =>
  t.field({
    type: SignInPayload,
    errors: {},
    description:
      "Creates a claimant account and signs it in; mails a link to confirm the address (needed before submitting an application).",
    args: { input: t.arg({ type: SignUpInputRef, required: true }) },
    resolve: (_root, { input }, ctx) => signUp(ctx, input),
  }),
);

builder.mutationField("verifyEmail", (t) =>
  t.string({
    errors: {},
    description: "Consumes an emailed confirmation link's token; answers with the address now confirmed.",
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => verifyEmail(ctx, args),
  }),
);

builder.mutationField("resendVerificationEmail", (t) =>
  t.boolean({
    errors: {},
    authScopes: { signedIn: true },
    description: "Mails a new confirmation link. False when the address is already confirmed.",
    resolve: (_root, _args, ctx) => resendVerificationEmail(ctx),
  }),
);

const ChangePasswordInputRef = builder.inputType("ChangePasswordInput", {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
});

const ChangePasswordPayload = builder.objectRef<{ otherSessionsSignedOut: number }>("ChangePasswordPayload").implement({
  fields: (t) => ({
    otherSessionsSignedOut: t.exposeInt("otherSessionsSignedOut", {
      description: "Other browsers and devices that were signed out.",
    }),
  }),
});

builder.mutationField("changePassword", (t) =>
  t.field({
    type: ChangePasswordPayload,
    errors: {},
    authScopes: { signedIn: true },
    description: "Changes the password after checking the current one; signs out every other session.",
    args: { input: t.arg({ type: ChangePasswordInputRef, required: true }) },
    resolve: (_root, { input }, ctx) => changePassword(ctx, input),
  }),
);

builder.mutationField("setPreferredLanguage", (t) =>
  t.field({
    type: LanguageEnum,
    errors: {},
    authScopes: { signedIn: true },
    description: "The language emails and notices to this account are written in.",
    args: { language: t.arg({ type: LanguageEnum, required: true }) },
    resolve: (_root, args, ctx) => setPreferredLanguage(ctx, args),
  }),
);

builder.mutationField("extendSession", (t) =>
  t.field({
    type: "DateTime",
    errors: {},
    authScopes: { signedIn: true },
    description: "Stay signed in: the session lasts a full lifetime again from now. Answers the new expiry.",
    resolve: (_root, _args, ctx) => extendSession(ctx),
  }),
);
