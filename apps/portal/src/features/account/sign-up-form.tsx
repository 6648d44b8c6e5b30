"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  Checkbox,
  ErrorSummary,
  type FieldErrors,
  Fieldset,
  hardNavigate,
  hasErrors,
  isEmailAddress,
  issuesToErrors,
  minutesToWait,
  newPasswordProblem,
  Radio,
  StatusMessage,
  summaryItems,
  TextField,
  useLocale,
  useProblemMessage,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { SignUpMutation } from "./account-mutations";

const FIELDS = ["email", "password"] as const;
type Field = (typeof FIELDS)[number];
type Language = "EN" | "ES";

type SignUpTranslator = ReturnType<typeof useTranslations<"signUp">>;

export function validateSignUp(values: Record<Field, string>, t: SignUpTranslator): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const email = values.email.trim();
  if (!email) errors.email = t("emailRequired");
  else if (!isEmailAddress(email)) errors.email = t("emailInvalid");
  const problem = newPasswordProblem(values.password);
  if (problem === "required") errors.password = t("passwordRequired");
  else if (problem) errors.password = t(problem);
  return errors;
}

/** Sign-up: email, password and the language to write in; then on to confirming the address. */
export function SignUpForm() {
  const t = useTranslations("signUp");
  const tErrors = useTranslations("errors");
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const locale = useLocale();
  const [values, setValues] = useState<Record<Field, string>>({ email: "", password: "" });
  const [language, setLanguage] = useState<Language>(locale === "es" ? "ES" : "EN");
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [created, setCreated] = useState(false);
  const [{ fetching }, signUp] = useMutation(SignUpMutation);

  const showProblems = (nextFieldErrors: FieldErrors<Field>, nextFormErrors: string[]) => {
    setFieldErrors(nextFieldErrors);
    setFormErrors(nextFormErrors);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching || created) return;
    const localErrors = validateSignUp(values, t);
    if (hasErrors(localErrors)) return showProblems(localErrors, []);
    const result = await signUp({
      input: { email: values.email.trim(), password: values.password, preferredLanguage: language },
    });
    const outcome = toOutcome(result.data?.signUp, result.error);
    switch (outcome.kind) {
      case "success":
        setCreated(true);
        // A full load: the new session starts with empty caches.
        hardNavigate("/verify-email");
        return;
      case "invalid-input": {
        const mapped = issuesToErrors(outcome.issues, FIELDS);
        // Our own checks catch malformed entries, so an email issue from the API means it is taken.
        if (mapped.fieldErrors.email) mapped.fieldErrors.email = t("emailTaken");
        return showProblems(mapped.fieldErrors, mapped.formErrors);
      }
      case "rate-limited":
        return showProblems({}, [
          `${t("tooManyAttempts")} ${tErrors("waitMinutes", { count: minutesToWait(outcome.retryAfterSeconds) })}`,
        ]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const setField = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <TextField
        id="email"
        label={t("emailLabel")}
        hint={t("emailHint")}
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        value={values.email}
        onChange={setField("email")}
        error={fieldErrors.email}
      />
      <TextField
        id="password"
        label={t("passwordLabel")}
        hint={t("passwordHint")}
        type={showPassword ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        value={values.password}
        onChange={setField("password")}
        error={fieldErrors.password}
      />
      <Checkbox
        id="show-password"
        name="show-password"
        label={t("showPassword")}
        checked={showPassword}
        onChange={(event) => setShowPassword(event.target.checked)}
      />
      <Fieldset legend={t("languageLegend")}>
        {(["EN", "ES"] as const).map((option) => (
          <Radio
            key={option}
            id={`language-${option}`}
            name="preferredLanguage"
            value={option}
            label={t(`language${option}`)}
            checked={language === option}
            onChange={() => setLanguage(option)}
          />
        ))}
      </Fieldset>
      <Button type="submit">{fetching ? t("submitting") : t("submit")}</Button>
      {created ? <StatusMessage>{t("created")}</StatusMessage> : null}
      <p>
        {t("haveAccount")}{" "}
        <Link className="usa-link" href="/sign-in">
          {t("signInInstead")}
        </Link>
      </p>
    </form>
  );
}
