"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { minutesToWait, toMutationOutcome } from "../graphql/mutation-outcome";
import { ErrorSummary } from "../forms/error-summary";
import { hasErrors, issuesToErrors, summaryItems, type FieldErrors } from "../forms/form-errors";
import { useProblemMessage } from "../forms/outcome-message";
import { TextField } from "../forms/text-field";
import { isEmailAddress } from "../forms/validation";
import { adoptAccountLanguage } from "../i18n/adopt-account-language";
import { hardNavigate } from "../session/hard-navigate";
import { StatusMessage } from "../ui/status-message";
import { SignInMutation } from "./sign-in-mutation";
import { Button } from "../uswds/button";
import { Checkbox } from "../uswds/choice-inputs";

const FIELDS = ["email", "password"] as const;
type Field = (typeof FIELDS)[number];

type SignInTranslator = ReturnType<typeof useTranslations<"signIn">>;

export function validateSignIn(values: Record<Field, string>, t: SignInTranslator): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const email = values.email.trim();
  if (!email) errors.email = t("emailRequired");
  else if (!isEmailAddress(email)) errors.email = t("emailInvalid");
  if (!values.password) errors.password = t("passwordRequired");
  return errors;
}

interface SignInFormProps {
  /** Where to go after signing in; already checked to be a same-site path. */
  returnTo: string;
  /** Shown under the button; the admin console points to the portal's reset page. */
  forgotPasswordHref?: string;
}

export function SignInForm({ returnTo, forgotPasswordHref = "/forgot-password" }: SignInFormProps) {
  const t = useTranslations("signIn");
  const tErrors = useTranslations("errors");
  const problemMessage = useProblemMessage();
  const [values, setValues] = useState<Record<Field, string>>({ email: "", password: "" });
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [signedIn, setSignedIn] = useState(false);
  const [{ fetching }, signIn] = useMutation(SignInMutation);

  const showProblems = (nextFieldErrors: FieldErrors<Field>, nextFormErrors: string[]) => {
    setFieldErrors(nextFieldErrors);
    setFormErrors(nextFormErrors);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching || signedIn) return;
    const localErrors = validateSignIn(values, t);
    if (hasErrors(localErrors)) return showProblems(localErrors, []);

    const result = await signIn({ input: { email: values.email.trim(), password: values.password } });
    const outcome = toMutationOutcome(result.data?.signIn, result.error);
    switch (outcome.kind) {
      case "success":
        setFieldErrors({});
        setFormErrors([]);
        setSignedIn(true);
        adoptAccountLanguage(outcome.data.preferredLanguage);
        hardNavigate(returnTo);
        return;
      case "invalid-input": {
        const { fieldErrors: apiFieldErrors, formErrors: apiFormErrors } = issuesToErrors(outcome.issues, FIELDS);
        // Our own checks catch a missing or malformed entry, so a password issue from the API
        // means the email and password do not match: say that in the page's language.
        if (apiFieldErrors.password) apiFieldErrors.password = t("noMatch");
        return showProblems(apiFieldErrors, apiFormErrors);
      }
      case "rate-limited":
        return showProblems({}, [
          `${t("tooManyAttempts")} ${tErrors("waitMinutes", { count: minutesToWait(outcome.retryAfterSeconds) })} ${t("resetInstead")}`,
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
        type={showPassword ? "text" : "password"}
        autoComplete="current-password"
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
      {/* Not disabled while sending (a disabled button drops keyboard focus); handleSubmit ignores repeats. */}
      <Button type="submit">{fetching ? t("submitting") : t("submit")}</Button>
      {signedIn ? <StatusMessage>{t("signedInRedirecting")}</StatusMessage> : null}
      <p>
        <Link className="usa-link" href={forgotPasswordHref}>
          {t("forgotPassword")}
        </Link>
      </p>
    </form>
  );
}
