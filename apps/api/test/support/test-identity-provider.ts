// A small OpenID Connect provider for tests, on an ephemeral port: discovery metadata, a JWKS,
// an authorization endpoint that "signs in" whoever the test says and redirects back with a
// one-time code, a token endpoint that checks the client secret, redirect URI and PKCE
// verifier before returning an RS256 ID token, and a UserInfo endpoint.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from "jose";

export interface TestPerson {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

interface IssuedCode {
  person: TestPerson;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  used: boolean;
}

export class TestIdentityProvider {
  readonly clientId = "openleave-test-client";
  readonly clientSecret = "test-client-secret";
  issuer = "";
  /** The redirect URI registered for the client (set once the API's port is known). */
  redirectUri = "";
  /** Who signs in at the next authorization request. */
  person: TestPerson = { sub: "unset" };
  /** Claims to change in the next ID tokens (a wrong nonce, audience, issuer, expiry ...). */
  idTokenOverrides: JWTPayload = {};
  /** Sign ID tokens with a key that is not in the JWKS. */
  signWithUnknownKey = false;
  /** Leave email out of the ID token so the client must ask UserInfo (as Login.gov does). */
  emailOnlyInUserInfo = false;
  /** Answer the next authorization request with this OAuth error instead of a code. */
  denyWith: string | undefined;
  /** Every code and token the provider handed out, for tests that check logs never show them. */
  readonly secretsHandedOut: string[] = [];
  readonly tokenRequests: { grantType: string | null; hadVerifier: boolean; outcome: string }[] = [];

  private server: Server | undefined;
  private keys!: { privateKey: CryptoKey; publicJwk: Record<string, unknown> };
  private otherKey!: CryptoKey;
  private readonly codes = new Map<string, IssuedCode>();
  private readonly accessTokens = new Map<string, TestPerson>();

  async start(port = 0): Promise<this> {
    const pair = await generateKeyPair("RS256");
    this.keys = {
      privateKey: pair.privateKey,
      publicJwk: { ...(await exportJWK(pair.publicKey)), kid: "test-key-1", alg: "RS256", use: "sig" },
    };
    this.otherKey = (await generateKeyPair("RS256")).privateKey;
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) =>
        send(res, 500, { error: "server_error", error_description: String(error) }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", this.issuer);
    if (req.method === "GET" && url.pathname === "/.well-known/openid-configuration")
      return send(res, 200, this.metadata());
    if (req.method === "GET" && url.pathname === "/jwks") return send(res, 200, { keys: [this.keys.publicJwk] });
    if (req.method === "GET" && url.pathname === "/authorize") return this.authorize(url, res);
    if (req.method === "POST" && url.pathname === "/token") return this.token(req, res);
    if (req.method === "GET" && url.pathname === "/userinfo") return this.userInfo(req, res);
    send(res, 404, { error: "not_found" });
  }

  private metadata() {
    return {
      issuer: this.issuer,
      authorization_endpoint: `${this.issuer}/authorize`,
      token_endpoint: `${this.issuer}/token`,
      userinfo_endpoint: `${this.issuer}/userinfo`,
      jwks_uri: `${this.issuer}/jwks`,
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
      token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
      scopes_supported: ["openid", "email", "profile"],
    };
  }

  private authorize(url: URL, res: ServerResponse) {
    const q = url.searchParams;
    const redirectUri = q.get("redirect_uri");
    // A real provider never redirects to an unregistered URI; it shows an error page instead.
    if (q.get("client_id") !== this.clientId || redirectUri !== this.redirectUri)
      return send(res, 400, { error: "invalid_request" });
    const back = new URL(redirectUri);
    back.searchParams.set("state", q.get("state") ?? "");
    if (this.denyWith) {
      back.searchParams.set("error", this.denyWith);
      this.denyWith = undefined;
      return redirect(res, back);
    }
    if (q.get("response_type") !== "code" || q.get("code_challenge_method") !== "S256" || !q.get("code_challenge")) {
      return send(res, 400, { error: "invalid_request" });
    }
    if (!q.get("scope")?.split(" ").includes("openid")) return send(res, 400, { error: "invalid_scope" });
    const code = randomBytes(24).toString("base64url");
    this.secretsHandedOut.push(code);
    this.codes.set(code, {
      person: this.person,
      clientId: this.clientId,
      redirectUri,
      codeChallenge: q.get("code_challenge")!,
      nonce: q.get("nonce") ?? undefined,
      used: false,
    });
    back.searchParams.set("code", code);
    redirect(res, back);
  }

  private async token(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await readText(req));
    const refuse = (outcome: string, status = 400) => {
      this.tokenRequests.push({ grantType: form.get("grant_type"), hadVerifier: !!form.get("code_verifier"), outcome });
      send(res, status, { error: outcome });
    };
    const [clientId, clientSecret] = clientCredentials(req, form);
    if (clientId !== this.clientId || clientSecret !== this.clientSecret) return refuse("invalid_client", 401);
    if (form.get("grant_type") !== "authorization_code") return refuse("unsupported_grant_type");
    const issued = this.codes.get(form.get("code") ?? "");
    if (!issued || issued.used) return refuse("invalid_grant");
    issued.used = true;
    if (form.get("redirect_uri") !== issued.redirectUri) return refuse("invalid_grant");
    const verifier = form.get("code_verifier") ?? "";
    if (createHash("sha256").update(verifier).digest("base64url") !== issued.codeChallenge)
      return refuse("invalid_grant");

    const { person } = issued;
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      iss: this.issuer,
      sub: person.sub,
      aud: this.clientId,
      iat: now,
      exp: now + 300,
      nonce: issued.nonce,
      ...(this.emailOnlyInUserInfo ? {} : profileClaims(person)),
      ...this.idTokenOverrides,
    };
    const idToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "test-key-1", typ: "JWT" })
      .sign(this.signWithUnknownKey ? this.otherKey : this.keys.privateKey);
    const accessToken = randomBytes(24).toString("base64url");
    this.accessTokens.set(accessToken, person);
    this.secretsHandedOut.push(idToken, accessToken);
    this.tokenRequests.push({ grantType: "authorization_code", hadVerifier: true, outcome: "issued" });
    send(res, 200, {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: 300,
      id_token: idToken,
      scope: "openid email profile",
    });
  }

  private userInfo(req: IncomingMessage, res: ServerResponse) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const person = token ? this.accessTokens.get(token) : undefined;
    if (!person) return send(res, 401, { error: "invalid_token" });
    send(res, 200, { sub: person.sub, ...profileClaims(person) });
  }
}

function profileClaims(person: TestPerson): JWTPayload {
  const claims: JWTPayload = {};
  if (person.email !== undefined) claims.email = person.email;
  if (person.email_verified !== undefined) claims.email_verified = person.email_verified;
  if (person.name !== undefined) claims.name = person.name;
  return claims;
}

function clientCredentials(req: IncomingMessage, form: URLSearchParams): [string | null, string | null] {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (basic) {
    const [id, secret] = Buffer.from(basic, "base64")
      .toString("utf8")
      .split(":")
      .map((part) => decodeURIComponent(part));
    return [id ?? null, secret ?? null];
  }
  return [form.get("client_id"), form.get("client_secret")];
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: URL) {
  res.writeHead(302, { location: location.toString() });
  res.end();
}
