// What tests format with: a time zone far from UTC (so a calendar date read as local time
// would show the wrong day), and errors that fail the test instead of rendering a key.
import type { IntlError } from "next-intl";

/** Hawaii, UTC−10: midnight UTC there is still the previous day. */
export const TEST_TIME_ZONE = "Pacific/Honolulu";

export function failOnIntlError(error: IntlError): void {
  throw error;
}
