// The OIDC flow's secrets (state, nonce, PKCE verifier, where to return) live between the
// start and the callback in one cookie, encrypted and authenticated with a key derived from
// the signing secret. A cookie rather than a table keeps API replicas stateless; the browser
// that started the flow is the only one that can finish it (state is bound to this cookie).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";

export const FLOW_COOKIE = "ol_oidc_flow";
/** Long enough to sign in at the provider (with MFA), short enough to limit a stolen cookie. */
export const FLOW_TTL_SECONDS = 10 * 60;

const Flow = z.object({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().startsWith("/").max(1_000),
  expiresAt: z.number().int(),
});
export type OidcFlow = z.infer<typeof Flow>;

const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFor(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "openleave", "oidc flow cookie v1", 32));
}

export function sealFlow(flow: OidcFlow, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  // Bind the ciphertext to this cookie's purpose, so no other sealed value can stand in for it.
  cipher.setAAD(Buffer.from(FLOW_COOKIE));
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

export type OpenedFlow = { ok: true; flow: OidcFlow } | { ok: false; reason: "missing" | "invalid" | "expired" };

export function openFlow(sealed: string | undefined, secret: string, now: Date): OpenedFlow {
  if (!sealed) return { ok: false, reason: "missing" };
  if (sealed.length > 4_000) return { ok: false, reason: "invalid" };
  const raw = Buffer.from(sealed, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return { ok: false, reason: "invalid" };
  let flow: OidcFlow;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(FLOW_COOKIE));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
    flow = Flow.parse(JSON.parse(plain.toString("utf8")));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (flow.expiresAt <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, flow };
}
