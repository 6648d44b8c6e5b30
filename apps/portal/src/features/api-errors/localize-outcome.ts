// The API writes its error messages in English. On a page in another language, an outcome's
// messages are replaced by the catalog's sentences (messages/api-errors-*.ts): the error
// code's, and for each field problem the sentence of the most specific field its path names;
// never the API's English. The kind, code and paths stay, so forms still tie each message to
// its field.
import type { FieldIssue, MutationOutcome } from "@openleave/web";

export interface ApiErrorWords {
  /** The sentence for an API error code, or undefined when the catalog has none. */
  code(code: string): string | undefined;
  /** The sentence for a problem with this input field, or undefined when the catalog has none. */
  field(name: string): string | undefined;
  /** A problem the catalog has no sentence for. */
  generic: string;
  /** A field problem the catalog has no sentence for. */
  fieldGeneric: string;
}

/** The sentence for one field issue: the last segment of its path the catalog knows. */
export function fieldIssueMessage(path: readonly string[], words: ApiErrorWords): string {
  for (const segment of [...path].reverse()) {
    const sentence = words.field(segment);
    if (sentence) return sentence;
  }
  return words.fieldGeneric;
}

/** `words` null: the page is in English, the language the API writes in; nothing changes.
 * The outcome keeps its kind, so a narrowed outcome stays narrowed. */
export function localizeOutcome<TOutcome extends MutationOutcome<unknown>>(
  outcome: TOutcome,
  words: ApiErrorWords | null,
): TOutcome {
  if (!words) return outcome;
  return localized(outcome, words) as TOutcome;
}

function localized(outcome: MutationOutcome<unknown>, words: ApiErrorWords): MutationOutcome<unknown> {
  const codeMessage = (code: string) => words.code(code) ?? words.generic;
  switch (outcome.kind) {
    case "invalid-input":
      return {
        ...outcome,
        message: codeMessage("INVALID_INPUT"),
        issues: outcome.issues.map((issue): FieldIssue => ({
          path: issue.path,
          message: fieldIssueMessage(issue.path, words),
        })),
      };
    case "failed":
      return { ...outcome, message: codeMessage(outcome.code) };
    case "forbidden":
      return { ...outcome, message: codeMessage("FORBIDDEN") };
    case "rate-limited":
      return { ...outcome, message: codeMessage("RATE_LIMITED") };
    default:
      return outcome;
  }
}
