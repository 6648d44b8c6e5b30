// The only module that reads process.env (next.config.ts imports it too), so a bad value
// fails at startup rather than on the first request.

import { readTimeZone } from "@openleave/web/env";

const DEFAULT_API_URL = "http://localhost:4000";

function readApiUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OPENLEAVE_API_URL must be an absolute URL such as ${DEFAULT_API_URL}; got "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`OPENLEAVE_API_URL must use http or https; got "${raw}".`);
  }
  // Stored without a trailing slash so paths can be appended as `${apiUrl}/graphql`.
  return url.toString().replace(/\/+$/, "");
}

export const env = {
  /** The time zone pages show instants in (IANA; calendar dates are the same in every zone). */
  timeZone: readTimeZone(process.env.OPENLEAVE_TIME_ZONE),
  /** Where the OpenLeave API listens, as seen from this server (not from the browser). */
  apiUrl: readApiUrl(process.env.OPENLEAVE_API_URL),
};

export { readApiUrl };
