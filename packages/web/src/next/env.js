// Reading the settings both apps share, for each app's env.ts. Plain JavaScript (typed by
// JSDoc) because next.config.ts imports env.ts before anything is compiled; and apart from
// next-config.js, whose next-intl plugin must not reach the server bundle that env.ts is in.

/** The deployment's time zone when OPENLEAVE_TIME_ZONE is not set. */
export const DEFAULT_TIME_ZONE = "America/New_York";

/**
 * The deployment's time zone (IANA), in which pages show instants (calendar dates never move).
 * For an app's env.ts; a typo fails at startup, not on the first page.
 * @param {string | undefined} value
 * @returns {string}
 */
export function readTimeZone(value) {
  const zone = value?.trim() || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    throw new Error(`OPENLEAVE_TIME_ZONE must be an IANA time zone such as ${DEFAULT_TIME_ZONE}; got "${zone}".`);
  }
  return zone;
}
