// GET /auth/oidc/start and GET /auth/oidc/callback: browser redirects around the provider's
// sign-in. Every failure sends the browser to the portal's sign-in page with a short error
// code; the log gets the reason without tokens, codes or cookies.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import * as oidc from "openid-client";
import type { Services } from "../../graphql/context.ts";
import type { createCookieJar } from "../../http/http-helpers.ts";
import { CSRF_COOKIE, SESSION_COOKIE } from "../sessions.ts";
import { FLOW_COOKIE, FLOW_TTL_SECONDS, openFlow, sealFlow } from "./flow-cookie.ts";
import { signInWithOidc } from "./oidc-account.ts";
import { OidcFailure, OidcProvider, describe, safeWord } from "./oidc-provider.ts";
import { safeReturnPath } from "./return-path.ts";

type Cookies = ReturnType<typeof createCookieJar>;

export interface OidcExchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  cookies: Cookies;
  requestId: string;
}

export function createOidcRoutes(services: Services) {
  const settings = services.config.oidc;
  const provider = settings ? new OidcProvider(settings, services.config.environment !== "production") : undefined;

  // The portal may live under a path (https://agency.example/leave), so paths are appended.
  const portalBase = () => services.config.portalUrl.replace(/\/+$/, "");

  function fail(exchange: OidcExchange, failure: OidcFailure) {
    services.log.warn(
      { requestId: exchange.requestId, code: failure.code, reason: failure.detail },
      "OIDC sign-in failed",
    );
    redirect(exchange, `${portalBase()}/sign-in?error=${encodeURIComponent(failure.code)}`);
  }

  async function start(exchange: OidcExchange) {
    if (!provider) return fail(exchange, new OidcFailure("oidc_unavailable", "OIDC is not configured"));
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier,
      returnTo: safeReturnPath(exchange.url.searchParams.get("returnTo")),
      expiresAt: services.now().getTime() + FLOW_TTL_SECONDS * 1000,
    };
    let target: URL;
    try {
      target = await provider.authorizationUrl(flow, await oidc.calculatePKCECodeChallenge(codeVerifier));
    } catch (error) {
      return fail(
        exchange,
        error instanceof OidcFailure ? error : new OidcFailure("oidc_unavailable", describe(error)),
      );
    }
    exchange.cookies.set(FLOW_COOKIE, sealFlow(flow, services.config.signingSecret), {
      httpOnly: true,
      maxAgeSeconds: FLOW_TTL_SECONDS,
    });
    redirect(exchange, target.toString());
  }

  async function callback(exchange: OidcExchange) {
    const { url, cookies } = exchange;
    // One flow, one callback: the cookie goes whatever happens next.
    cookies.clear(FLOW_COOKIE);
    if (!provider) return fail(exchange, new OidcFailure("oidc_unavailable", "OIDC is not configured"));

    const opened = openFlow(cookies.get(FLOW_COOKIE), services.config.signingSecret, services.now());
    if (!opened.ok) {
      return fail(
        exchange,
        new OidcFailure(opened.reason === "expired" ? "oidc_expired" : "oidc_state", `flow cookie ${opened.reason}`),
      );
    }
    const { flow } = opened;
    // Checked before the provider's error, so a forged callback cannot show our sign-in page an error.
    if (!sameString(url.searchParams.get("state"), flow.state))
      return fail(exchange, new OidcFailure("oidc_state", "state does not match the flow"));
    const providerError = url.searchParams.get("error");
    if (providerError) return fail(exchange, new OidcFailure("oidc_denied", `provider: ${safeWord(providerError)}`));

    try {
      const identity = await provider.exchange(url.searchParams, flow);
      const session = await signInWithOidc(
        services,
        { requestId: exchange.requestId, userAgent: exchange.req.headers["user-agent"] },
        identity,
      );
      const maxAgeSeconds = services.config.sessionTtlHours * 3600;
      cookies.set(SESSION_COOKIE, session.token, { httpOnly: true, maxAgeSeconds });
      cookies.set(CSRF_COOKIE, session.csrfToken, { httpOnly: false, maxAgeSeconds });
      redirect(exchange, `${portalBase()}${flow.returnTo}`);
    } catch (error) {
      if (error instanceof OidcFailure) return fail(exchange, error);
      services.log.error(
        { requestId: exchange.requestId, reason: describe(error) },
        "OIDC sign-in hit an unexpected error",
      );
      fail(exchange, new OidcFailure("oidc_failed", "unexpected error"));
    }
  }

  return { start, callback };
}

function redirect({ res, cookies }: OidcExchange, location: string) {
  res.writeHead(302, {
    location,
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    ...(cookies.setCookieHeaders.length ? { "set-cookie": cookies.setCookieHeaders } : {}),
  });
  res.end();
}

function sameString(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
