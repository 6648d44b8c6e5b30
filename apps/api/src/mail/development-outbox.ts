// GET /dev/outbox: the development mailbox as a page (or JSON with ?format=json, optionally
// ?to=<address>), so a newcomer running `pnpm dev` can open the confirmation and reset links the
// API "sent". The messages hold one-time links, so the route exists only when the API runs in
// development with the development mailbox, and answers only requests from this machine.
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../http/http-helpers.ts";
import type { DevelopmentMailbox } from "./mailer.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

export function handleDevelopmentOutbox(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  mailbox: DevelopmentMailbox,
) {
  // The socket's own peer, not X-Forwarded-For: a proxied request from elsewhere is refused.
  if (!LOOPBACK.has(req.socket.remoteAddress ?? "") || req.headers["x-forwarded-for"]) {
    return sendJson(res, 403, { error: "The development outbox answers only on this machine." });
  }
  const to = url.searchParams.get("to")?.trim().toLowerCase();
  const messages = mailbox.sent
    .filter((message) => !to || message.to === to)
    .slice(-50)
    .reverse();
  if (url.searchParams.get("format") === "json") {
    return sendJson(res, 200, {
      messages: messages.map((m) => ({ to: m.to, subject: m.subject, text: m.text, sentAt: m.sentAt.toISOString() })),
    });
  }
  const items = messages
    .map(
      (m) => `<article><h2>${escape(m.subject)}</h2><p>To ${escape(m.to)} · ${escape(m.sentAt.toISOString())}</p>
<pre>${linkify(escape(m.text))}</pre></article>`,
    )
    .join("\n");
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Development outbox · OpenLeave</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}article{border-top:1px solid #ccc;padding:0.5rem 0}pre{white-space:pre-wrap;overflow-wrap:anywhere}</style></head>
<body><main><h1>Development outbox</h1><p>Emails the API sent since it started, newest first (development only; they are also written to the data folder's <code>mail/</code>).</p>
${items || "<p>No emails yet.</p>"}</main></body></html>`;
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}

function escape(text: string) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function linkify(escaped: string) {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (href) => `<a href="${href}">${href}</a>`);
}
