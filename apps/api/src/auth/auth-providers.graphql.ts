// Which ways of signing in this deployment offers, so sign-in pages can show a
// "Sign in with <provider>" button only when an identity provider is configured.
import { builder } from "../graphql/builder.ts";

interface OidcProviderInfo {
  label: string;
  startUrl: string;
}

const OidcProviderRef = builder.objectRef<OidcProviderInfo>("OidcProvider").implement({
  description: "An OpenID Connect identity provider people can sign in with.",
  fields: (t) => ({
    label: t.exposeString("label", { description: 'The provider\'s name for the button, e.g. "Login.gov".' }),
    startUrl: t.exposeString("startUrl", {
      description: "Send the browser here (add ?returnTo=/a/portal/path) to start signing in with the provider.",
    }),
  }),
});

const AuthProvidersRef = builder.objectRef<{ oidc: OidcProviderInfo | null }>("AuthProviders").implement({
  fields: (t) => ({
    password: t.boolean({ description: "Email and password sign-in is available.", resolve: () => true }),
    oidc: t.field({ type: OidcProviderRef, nullable: true, resolve: (providers) => providers.oidc }),
  }),
});

builder.queryField("authProviders", (t) =>
  t.field({
    type: AuthProvidersRef,
    description: "The ways to sign in. Public: the sign-in pages ask before anyone is signed in.",
    resolve: (_root, _args, ctx) => ({
      oidc: ctx.config.oidc
        ? { label: ctx.config.oidc.label, startUrl: `${ctx.config.publicUrl.replace(/\/+$/, "")}/auth/oidc/start` }
        : null,
    }),
  }),
);
