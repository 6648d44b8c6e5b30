// Where a form's error messages come from (its own checks or the API's field issues) and how
// they are listed in the error summary, in the order the fields appear on the page.
import type { FieldIssue } from "../graphql/mutation-outcome";

export type FieldErrors<TField extends string> = Partial<Record<TField, string>>;

export interface SummaryItem {
  message: string;
  /** The id of the input to jump to, when the problem belongs to one field. */
  fieldId?: string;
}

/**
 * Splits API issues into messages for this form's fields and messages for the form as a
 * whole. An issue belongs to a field when any segment of its path names the field
 * (`["input", "email"]` → `email`); the first issue per field wins.
 */
export function issuesToErrors<TField extends string>(
  issues: readonly FieldIssue[],
  fields: readonly TField[],
): { fieldErrors: FieldErrors<TField>; formErrors: string[] } {
  const fieldErrors: FieldErrors<TField> = {};
  const formErrors: string[] = [];
  for (const issue of issues) {
    const field = [...issue.path]
      .reverse()
      .find((segment): segment is TField => (fields as readonly string[]).includes(segment));
    if (field === undefined) formErrors.push(issue.message);
    else fieldErrors[field] ??= issue.message;
  }
  return { fieldErrors, formErrors };
}

/** Summary entries: field problems in page order (linked to their inputs), then form-wide ones. */
export function summaryItems<TField extends string>(
  fieldOrder: readonly TField[],
  fieldErrors: FieldErrors<TField>,
  formErrors: readonly string[] = [],
  idFor: (field: TField) => string = (field) => field,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const field of fieldOrder) {
    const message = fieldErrors[field];
    if (message) items.push({ message, fieldId: idFor(field) });
  }
  for (const message of formErrors) items.push({ message });
  return items;
}

export function hasErrors(fieldErrors: FieldErrors<string>): boolean {
  return Object.values(fieldErrors).some(Boolean);
}
