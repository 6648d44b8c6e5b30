"use client";
// The account page's settings: the language we write in, and changing the password.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  Checkbox,
  ErrorSummary,
  type FieldErrors,
  Fieldset,
  hasErrors,
  issuesToErrors,
  LOCALE_COOKIE,
  minutesToWait,
  newPasswordProblem,
  Radio,
  StatusMessage,
  summaryItems,
  TextField,
  useProblemMessage,
  type Viewer,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { ChangePasswordMutation, SetPreferredLanguageMutation } from "./account-mutations";

type Language = "EN" | "ES";

export function LanguageSetting({ viewer }: { viewer: Viewer }) {
  const t = useTranslations();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [language, setLanguage] = useState<Language>(viewer.preferredLanguage);
  const [message, setMessage] = useState<string>();
  const [{ fetching }, save] = useMutation(SetPreferredLanguageMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const result = await save({ language });
    const outcome = toOutcome(result.data?.setPreferredLanguage, result.error);
    if (outcome.kind !== "success") return setMessage(problemMessage(outcome));
    setMessage(t("accountSettings.languageSaved", { language: t(`signUp.language${language}`) }));
    // The pages follow too: the language cookie the toggle sets, read on the next load.
    document.cookie = `${LOCALE_COOKIE}=${language.toLowerCase()}; path=/; max-age=31536000; samesite=lax`;
  };

  return (
    <form className="usa-form" onSubmit={onSubmit} noValidate>
      <Fieldset legend={t("accountSettings.languageIntro")}>
        {(["EN", "ES"] as const).map((option) => (
          <Radio
            key={option}
            id={`account-language-${option}`}
            name="accountLanguage"
            value={option}
            label={t(`signUp.language${option}`)}
            checked={language === option}
            onChange={() => setLanguage(option)}
          />
        ))}
      </Fieldset>
      <Button type="submit" outline>
        {t("accountSettings.languageSave")}
      </Button>
      <div aria-live="polite">{message ? <StatusMessage>{message}</StatusMessage> : null}</div>
    </form>
  );
}

const FIELDS = ["currentPassword", "newPassword"] as const;
type Field = (typeof FIELDS)[number];

export function ChangePasswordForm() {
  const t = useTranslations();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: "", newPassword: "" });
  const [showPasswords, setShowPasswords] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [done, setDone] = useState<string>();
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);

  const showProblems = (nextFieldErrors: FieldErrors<Field>, nextFormErrors: string[]) => {
    setFieldErrors(nextFieldErrors);
    setFormErrors(nextFormErrors);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setDone(undefined);
    const errors: FieldErrors<Field> = {};
    if (!values.currentPassword) errors.currentPassword = t("accountSettings.currentPasswordRequired");
    const problem = newPasswordProblem(values.newPassword);
    if (problem === "required") errors.newPassword = t("signUp.passwordRequired");
    else if (problem) errors.newPassword = t(`signUp.${problem}`);
    else if (values.newPassword === values.currentPassword) errors.newPassword = t("accountSettings.samePassword");
    if (hasErrors(errors)) return showProblems(errors, []);

    const result = await change({ input: values });
    const outcome = toOutcome(result.data?.changePassword, result.error);
    switch (outcome.kind) {
      case "success":
        setValues({ currentPassword: "", newPassword: "" });
        setFieldErrors({});
        setFormErrors([]);
        setDone(t("accountSettings.passwordChanged", { count: outcome.data.otherSessionsSignedOut }));
        return;
      case "invalid-input": {
        const mapped = issuesToErrors(outcome.issues, FIELDS);
        if (mapped.fieldErrors.currentPassword)
          mapped.fieldErrors.currentPassword = t("accountSettings.currentPasswordWrong");
        return showProblems(mapped.fieldErrors, mapped.formErrors);
      }
      case "rate-limited":
        return showProblems({}, [t("errors.waitMinutes", { count: minutesToWait(outcome.retryAfterSeconds) })]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const setField = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <TextField
        id="currentPassword"
        label={t("accountSettings.currentPasswordLabel")}
        type={showPasswords ? "text" : "password"}
        autoComplete="current-password"
        spellCheck={false}
        value={values.currentPassword}
        onChange={setField("currentPassword")}
        error={fieldErrors.currentPassword}
      />
      <TextField
        id="newPassword"
        label={t("accountSettings.newPasswordLabel")}
        hint={t("signUp.passwordHint")}
        type={showPasswords ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        value={values.newPassword}
        onChange={setField("newPassword")}
        error={fieldErrors.newPassword}
      />
      <Checkbox
        id="show-account-passwords"
        name="show-account-passwords"
        label={t("accountSettings.showPasswords")}
        checked={showPasswords}
        onChange={(event) => setShowPasswords(event.target.checked)}
      />
      <Button type="submit">
        {fetching ? t("accountSettings.passwordSubmitting") : t("accountSettings.passwordSubmit")}
      </Button>
      <div aria-live="polite">{done ? <StatusMessage>{done}</StatusMessage> : null}</div>
      <p>
        <Link className="usa-link" href="/forgot-password">
          {t("accountSettings.forgotPassword")}
        </Link>
      </p>
    </form>
  );
}
