import type { IncomingMessage, ServerResponse } from "node:http";
import type { CookieJar } from "../graphql/context.ts";

export class PayloadTooLargeError extends Error {}

/** Reads a request body, refusing anything over `limit` bytes without buffering it all. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw new PayloadTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(payload);
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    try {
      if (!cookies.has(name)) cookies.set(name, decodeURIComponent(value));
    } catch {
      // a malformed cookie is ignored, not fatal
    }
  }
  return cookies;
}

/** Cookie jar for one exchange: reads the request's cookies, collects Set-Cookie headers. */
export function createCookieJar(req: IncomingMessage, secure: boolean): CookieJar & { setCookieHeaders: string[] } {
  const incoming = parseCookies(req.headers.cookie);
  const setCookieHeaders: string[] = [];
  const attributes = (httpOnly: boolean, maxAgeSeconds: number) =>
    [`Path=/`, `Max-Age=${maxAgeSeconds}`, `SameSite=Lax`, httpOnly ? "HttpOnly" : "", secure ? "Secure" : ""]
      .filter(Boolean)
      .join("; ");
  return {
    setCookieHeaders,
    get: (name) => incoming.get(name),
    set(name, value, { httpOnly, maxAgeSeconds }) {
      setCookieHeaders.push(`${name}=${encodeURIComponent(value)}; ${attributes(httpOnly, maxAgeSeconds)}`);
    },
    clear(name) {
      setCookieHeaders.push(`${name}=; ${attributes(true, 0)}`);
    },
  };
}

/**
 * The client address. Each trusted proxy appends the address it received the request from to
 * X-Forwarded-For, so with `trustedHops` proxies the client is that many entries from the
 * right of [...X-Forwarded-For, socket address]; entries further left are the client's own
 * words and never used.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (trustedHops <= 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}
