"use client";
// Choosing a password from a one-time emailed link, the same for a claimant's reset (portal) and
// a staff member's invitation (console): the password twice with a show toggle, the API's
// password rule checked before sending, and the form replaced by the outcome, which takes focus.
// What each app says around it (where to get a new link, where to sign in) comes from the app.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useMutation } from "urql";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "../forms/error-summary";
import { type FieldErrors, hasErrors, issuesToErrors, summaryItems } from "../forms/form-errors";
import { useProblemMessage } from "../forms/outcome-message";
import { TextField } from "../forms/text-field";
import { newPasswordProblem } from "../forms/validation";
import { toMutationOutcome } from "../graphql/mutation-outcome";
import { ResetPasswordMutation } from "./reset-password-mutation";
import { Button } from "../uswds/button";
import { Checkbox } from "../uswds/choice-inputs";

const FIELDS = ["newPassword", "confirmPassword"] as const;
type Field = (typeof FIELDS)[number];
type NewPasswordTranslator = ReturnType<typeof useTranslations<"newPassword">>;

function validateNewPassword(values: Record<Field, string>, t: NewPasswordTranslator): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const problem = newPasswordProblem(values.newPassword);
  if (problem === "required") errors.newPassword = t("passwordRequired");
  else if (problem) errors.newPassword = t(problem);
  if (!values.confirmPassword) errors.confirmPassword = t("confirmRequired");
  else if (!problem && values.confirmPassword !== values.newPassword) errors.confirmPassword = t("mismatch");
  return errors;
}

interface NewPasswordFormProps {
  /** The token from the emailed link; null when the page was opened without one. */
  token: string | null;
  /** Shown instead of the form when the link is incomplete or no longer works. */
  linkProblem: (problem: "missing" | "expired") => ReactNode;
  /** Shown instead of the form once the password is saved. */
  saved: ReactNode;
}

export function NewPasswordForm({ token, linkProblem, saved }: NewPasswordFormProps) {
  const t = useTranslations("newPassword");
  const problemMessage = useProblemMessage();
  const [values, setValues] = useState<Record<Field, string>>({ newPassword: "", confirmPassword: "" });
  const [showPasswords, setShowPasswords] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [linkExpired, setLinkExpired] = useState(false);
  const [done, setDone] = useState(false);
  const [{ fetching }, resetPassword] = useMutation(ResetPasswordMutation);
  const outcomePanel = useRef<HTMLDivElement>(null);

  // The form is replaced by a result; move focus there so it is read out.
  useEffect(() => {
    if (done || linkExpired) outcomePanel.current?.focus();
  }, [done, linkExpired]);

  if (!token || linkExpired || done) {
    return (
      <div ref={outcomePanel} tabIndex={-1}>
        {done ? saved : linkProblem(token ? "expired" : "missing")}
      </div>
    );
  }

  const showProblems = (nextFieldErrors: FieldErrors<Field>, nextFormErrors: string[]) => {
    setFieldErrors(nextFieldErrors);
    setFormErrors(nextFormErrors);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const localErrors = validateNewPassword(values, t);
    if (hasErrors(localErrors)) return showProblems(localErrors, []);

    const result = await resetPassword({ token, newPassword: values.newPassword });
    const outcome = toMutationOutcome(result.data?.resetPassword, result.error);
    switch (outcome.kind) {
      case "success":
        return setDone(true);
      case "invalid-input": {
        if (outcome.issues.some((issue) => issue.path.includes("token"))) return setLinkExpired(true);
        const mapped = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(mapped.fieldErrors, mapped.formErrors);
      }
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const setField = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <TextField
        id="newPassword"
        label={t("newPasswordLabel")}
        hint={t("newPasswordHint")}
        type={showPasswords ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        value={values.newPassword}
        onChange={setField("newPassword")}
        error={fieldErrors.newPassword}
      />
      <TextField
        id="confirmPassword"
        label={t("confirmLabel")}
        type={showPasswords ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        value={values.confirmPassword}
        onChange={setField("confirmPassword")}
        error={fieldErrors.confirmPassword}
      />
      <Checkbox
        id="show-passwords"
        name="show-passwords"
        label={t("showPasswords")}
        checked={showPasswords}
        onChange={(event) => setShowPasswords(event.target.checked)}
      />
      <Button type="submit">{fetching ? t("submitting") : t("submit")}</Button>
    </form>
  );
}
