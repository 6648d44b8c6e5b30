"use client";
// Where an invited staff member (or one whose administrator sent a new link) chooses a password:
// the mailed one-time link opens it. The API checks the token and the password policy.
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
import { SetPasswordMutation } from "./staff-accounts-query";

const FIELDS = ["newPassword", "confirmPassword"] as const;
type Field = (typeof FIELDS)[number];

export function SetPasswordForm({ token }: { token: string | null }) {
  const t = useTranslations("setPassword");
  const problemMessage = useProblemMessage();
  const [values, setValues] = useState<Record<Field, string>>({ newPassword: "", confirmPassword: "" });
  const [show, setShow] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [expired, setExpired] = useState(false);
  const [done, setDone] = useState(false);
  const [{ fetching }, setPassword] = useMutation(SetPasswordMutation);
  const outcomePanel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done || expired) outcomePanel.current?.focus();
  }, [done, expired]);

  if (!token || expired) {
    return (
      <div ref={outcomePanel} tabIndex={-1}>
        <Notice type="warning" headingLevel="h2" heading={token ? t("linkExpired") : t("missingTokenHeading")}>
          <p>{t("askAdministrator")}</p>
        </Notice>
      </div>
    );
  }
  if (done) {
    return (
      <div ref={outcomePanel} tabIndex={-1}>
        <Notice type="success" headingLevel="h2" heading={t("successHeading")}>
          <p>{t("successBody")}</p>
          <Link className="usa-button" href="/sign-in">
            {t("signIn")}
          </Link>
        </Notice>
      </div>
    );
  }

  const fail = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((n) => n + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const local: FieldErrors<Field> = {};
    const problem = newPasswordProblem(values.newPassword);
    if (problem) local.newPassword = t(problem === "required" ? "passwordRequired" : problem);
    if (!values.confirmPassword) local.confirmPassword = t("confirmRequired");
    else if (!problem && values.confirmPassword !== values.newPassword) local.confirmPassword = t("mismatch");
    if (hasErrors(local)) return fail(local);
    const result = await setPassword({ token, newPassword: values.newPassword });
    const outcome = toMutationOutcome(result.data?.resetPassword, result.error);
    if (outcome.kind === "success") return setDone(true);
    if (outcome.kind === "invalid-input") {
      if (outcome.issues.some((issue) => issue.path.includes("token"))) return setExpired(true);
      const mapped = issuesToErrors(outcome.issues, FIELDS);
      return fail(mapped.fieldErrors, mapped.formErrors);
    }
    fail({}, [problemMessage(outcome)]);
  };
  const setField = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={submit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <TextField
        id="newPassword"
        label={t("newPasswordLabel")}
        hint={t("newPasswordHint")}
        type={show ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        value={values.newPassword}
        onChange={setField("newPassword")}
        error={fieldErrors.newPassword}
      />
      <TextField
        id="confirmPassword"
        label={t("confirmLabel")}
        type={show ? "text" : "password"}
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
        checked={show}
        onChange={(event) => setShow(event.target.checked)}
      />
      <Button type="submit">{fetching ? t("submitting") : t("submit")}</Button>
    </form>
  );
}
