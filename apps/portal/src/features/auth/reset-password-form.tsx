"use client";
import { Button, Checkbox } from "@trussworks/react-uswds";
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  ErrorSummary,
  type FieldErrors,
  hasErrors,
  issuesToErrors,
  newPasswordProblem,
  Notice,
  summaryItems,
  TextField,
  toMutationOutcome,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { ResetPasswordMutation } from "./auth-mutations";

const FIELDS = ["newPassword", "confirmPassword"] as const;
type Field = (typeof FIELDS)[number];

type ResetPasswordTranslator = ReturnType<typeof useTranslations<"resetPassword">>;

export function validateNewPassword(values: Record<Field, string>, t: ResetPasswordTranslator): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const problem = newPasswordProblem(values.newPassword);
  if (problem === "required") errors.newPassword = t("passwordRequired");
  else if (problem) errors.newPassword = t(problem);
  if (!values.confirmPassword) errors.confirmPassword = t("confirmRequired");
  else if (!problem && values.confirmPassword !== values.newPassword) errors.confirmPassword = t("mismatch");
  return errors;
}

export function ResetPasswordForm({ token }: { token: string | null }) {
  const t = useTranslations();
  const tReset = useTranslations("resetPassword");
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

  if (!token || linkExpired) {
    return (
      <div ref={outcomePanel} tabIndex={-1}>
        <Notice
          type="warning"
          headingLevel="h2"
          heading={token ? t("resetPassword.linkExpired") : t("resetPassword.missingTokenHeading")}
        >
          {token ? null : <p>{t("resetPassword.missingToken")}</p>}
          <Link className="usa-button" href="/forgot-password">
            {t("resetPassword.requestNewLink")}
          </Link>
        </Notice>
      </div>
    );
  }

  if (done) {
    return (
      <div ref={outcomePanel} tabIndex={-1}>
        <Notice type="success" headingLevel="h2" heading={t("resetPassword.successHeading")}>
          <p>{t("resetPassword.successBody")}</p>
          <Link className="usa-button" href="/sign-in">
            {t("resetPassword.signInNow")}
          </Link>
        </Notice>
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
    const localErrors = validateNewPassword(values, tReset);
    if (hasErrors(localErrors)) return showProblems(localErrors, []);

    const result = await resetPassword({ token, newPassword: values.newPassword });
    const outcome = toMutationOutcome(result.data?.resetPassword, result.error);
    switch (outcome.kind) {
      case "success":
        setDone(true);
        return;
      case "invalid-input": {
        const tokenProblem = outcome.issues.some((issue) => issue.path.includes("token"));
        if (tokenProblem) return setLinkExpired(true);
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
        label={t("resetPassword.newPasswordLabel")}
        hint={t("resetPassword.newPasswordHint")}
        type={showPasswords ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        value={values.newPassword}
        onChange={setField("newPassword")}
        error={fieldErrors.newPassword}
      />
      <TextField
        id="confirmPassword"
        label={t("resetPassword.confirmLabel")}
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
        label={t("resetPassword.showPasswords")}
        checked={showPasswords}
        onChange={(event) => setShowPasswords(event.target.checked)}
      />
      <Button type="submit">{fetching ? t("resetPassword.submitting") : t("resetPassword.submit")}</Button>
    </form>
  );
}
