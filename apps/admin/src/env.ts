// The only module that reads process.env (next.config.ts imports it too), so a bad value
// fails at startup rather than on the first request.

import { readTimeZone } from "@openleave/web/env";

function readUrl(name: string, value: string | undefined, fallback: string): string {
  const raw = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute URL such as ${fallback}; got "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`${name} must use http or https; got "${raw}".`);
  // Stored without a trailing slash so paths can be appended.
  return url.toString().replace(/\/+$/, "");
}

export const env = {
  /** The time zone pages show instants in (IANA; calendar dates are the same in every zone). */
  timeZone: readTimeZone(process.env.OPENLEAVE_TIME_ZONE),
  /** Where the OpenLeave API listens, as seen from this server (not from the browser). */
  apiUrl: readUrl("OPENLEAVE_API_URL", process.env.OPENLEAVE_API_URL, "http://localhost:4000"),
  /** The claimant portal, which hosts the password-reset pages staff use too. */
  portalUrl: readUrl("OPENLEAVE_PORTAL_URL", process.env.OPENLEAVE_PORTAL_URL, "http://localhost:3000"),
};

export { readUrl };
