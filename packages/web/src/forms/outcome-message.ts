// The plain-language sentence for a mutation problem that is not about one field.
import type { MutationOutcome } from "../graphql/mutation-outcome";
import { minutesToWait } from "../graphql/mutation-outcome";
import { plural } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { ErrorMessages } from "../i18n/web-messages";

export type ProblemOutcome = Exclude<MutationOutcome<unknown>, { kind: "success" }>;

/** `t` is any catalog with the shared `errors` group (an app passes its whole catalog). */
export function problemMessage(outcome: ProblemOutcome, t: { errors: ErrorMessages }, locale: Locale): string {
  switch (outcome.kind) {
    case "invalid-input":
      return outcome.message;
    case "rate-limited":
      return plural(t.errors.waitMinutes, minutesToWait(outcome.retryAfterSeconds), locale);
    case "session-expired":
      return t.errors.sessionExpired;
    case "forbidden":
      return t.errors.forbidden;
    case "failed":
      // Expected errors from the API carry a message written for the person using the form.
      return outcome.message;
    case "unreachable":
      return t.errors.unreachable;
    case "unexpected":
      return t.errors.unexpected;
  }
}
