// The protocol side of OIDC sign-in, done by openid-client: discovery, the authorization URL
// with PKCE, and the code exchange with ID token validation (issuer, audience, nonce, expiry,
// and the signature against the provider's JWKS).
import * as oidc from "openid-client";
import type { Config } from "../../config.ts";
import type { OidcFlow } from "./flow-cookie.ts";

export type OidcSettings = NonNullable<Config["oidc"]>;

/** What we take from the provider about the person who signed in. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** A failure with a short code for the sign-in page; `detail` is safe to log (no tokens or codes). */
export class OidcFailure extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

const SCOPE = "openid email profile";
const PROVIDER_TIMEOUT_SECONDS = 10;

export class OidcProvider {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly settings: OidcSettings,
    /** Plain-HTTP issuers are for local test providers only, never production. */
    private readonly allowHttp: boolean,
  ) {}

  /** Discovery runs once; a failed one is retried on the next sign-in rather than cached. */
  private discover(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        // A confidential client (Okta, Entra) sends its secret; without one it is a public client and PKCE is its proof.
        this.settings.clientSecret ? oidc.ClientSecretPost(this.settings.clientSecret) : oidc.None(),
        {
          timeout: PROVIDER_TIMEOUT_SECONDS,
          execute: [...(this.allowHttp ? [oidc.allowInsecureRequests] : []), oidc.enableNonRepudiationChecks],
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new OidcFailure("oidc_unavailable", `discovery failed: ${describe(error)}`);
      });
    return this.configuration;
  }

  async authorizationUrl(flow: OidcFlow, codeChallenge: string): Promise<URL> {
    const configuration = await this.discover();
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: SCOPE,
      response_type: "code",
      code_challenge: codeChallenge,
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
  }

  /** Exchanges the code from `callbackQuery` and returns the validated identity. */
  async exchange(callbackQuery: URLSearchParams, flow: OidcFlow): Promise<OidcIdentity> {
    const configuration = await this.discover();
    // The library derives redirect_uri from this URL, so it must be the registered one.
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = callbackQuery.toString();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw classify(error);
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcFailure("oidc_token", "no ID token in the token response");
    let profile: Record<string, unknown> = claims;
    // Some providers (Login.gov among them) put the email only in UserInfo, not the ID token.
    if (typeof claims.email !== "string" && configuration.serverMetadata().userinfo_endpoint) {
      try {
        profile = { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub)), ...claims };
      } catch (error) {
        throw classify(error);
      }
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof profile.email === "string" ? profile.email.trim().toLowerCase() : null,
      // Some providers send "true" as a string; anything else is not a verification.
      emailVerified: profile.email_verified === true || profile.email_verified === "true",
      name: displayName(profile),
    };
  }
}

function displayName(profile: Record<string, unknown>): string | null {
  if (typeof profile.name === "string" && profile.name.trim()) return profile.name.trim().slice(0, 200);
  const parts = [profile.given_name, profile.family_name].filter(
    (part): part is string => typeof part === "string" && !!part.trim(),
  );
  return parts.length ? parts.join(" ").trim().slice(0, 200) : null;
}

function classify(error: unknown): OidcFailure {
  if (error instanceof OidcFailure) return error;
  // The token endpoint answered with an OAuth error (a used or expired code, a wrong verifier).
  if (error instanceof oidc.ResponseBodyError)
    return new OidcFailure("oidc_exchange", `token endpoint: ${safeWord(error.error)}`);
  if (error instanceof oidc.AuthorizationResponseError)
    return new OidcFailure("oidc_denied", `provider: ${safeWord(error.error)}`);
  // The library's own checks: ID token claims, signature, response shape.
  if (error instanceof oidc.ClientError && error.code?.startsWith("OAUTH_"))
    return new OidcFailure("oidc_token", describe(error));
  return new OidcFailure("oidc_unavailable", describe(error));
}

/**
 * Name, code and message only: the library's errors carry the response and claims in `cause`,
 * which may hold tokens, so they are never logged whole.
 */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === "string" ? ` ${code}` : ""}: ${error.message.slice(0, 200)}`;
}

/** An OAuth error code from the provider, kept only if it looks like one. */
export function safeWord(value: unknown): string {
  return typeof value === "string" && /^[A-Za-z0-9_.-]{1,60}$/.test(value) ? value : "unrecognised";
}
