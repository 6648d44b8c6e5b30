// The plain-language sentence for a mutation problem that is not about one field.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { MutationOutcome } from "../graphql/mutation-outcome";
import { minutesToWait } from "../graphql/mutation-outcome";

export type ProblemOutcome = Exclude<MutationOutcome<unknown>, { kind: "success" }>;

/** `const problemMessage = useProblemMessage(); … problemMessage(outcome)`, in the page's language. */
export function useProblemMessage(): (outcome: ProblemOutcome) => string {
  const t = useTranslations("errors");
  return useCallback(
    (outcome: ProblemOutcome) => {
      switch (outcome.kind) {
        case "invalid-input":
          return outcome.message;
        case "rate-limited":
          return t("waitMinutes", { count: minutesToWait(outcome.retryAfterSeconds) });
        case "session-expired":
          return t("sessionExpired");
        case "forbidden":
          return t("forbidden");
        case "failed":
          // Expected errors from the API carry a message written for the person using the form.
          return outcome.message;
        case "unreachable":
          return t("unreachable");
        case "unexpected":
          return t("unexpected");
      }
    },
    [t],
  );
}
