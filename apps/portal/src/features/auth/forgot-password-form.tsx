"use client";
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  hasErrors,
  isEmailAddress,
  issuesToErrors,
  Notice,
  summaryItems,
  TextField,
  useProblemMessage,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { RequestPasswordResetMutation } from "./auth-mutations";

const FIELDS = ["email"] as const;
type Field = (typeof FIELDS)[number];

export function ForgotPasswordForm() {
  const t = useTranslations();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [email, setEmail] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, requestReset] = useMutation(RequestPasswordResetMutation);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sentTo) confirmation.current?.focus();
  }, [sentTo]);

  const showProblems = (nextFieldErrors: FieldErrors<Field>, nextFormErrors: string[]) => {
    setFieldErrors(nextFieldErrors);
    setFormErrors(nextFormErrors);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const trimmed = email.trim();
    if (!trimmed) return showProblems({ email: t("signIn.emailRequired") }, []);
    if (!isEmailAddress(trimmed)) return showProblems({ email: t("signIn.emailInvalid") }, []);

    const result = await requestReset({ email: trimmed });
    const outcome = toOutcome(result.data?.requestPasswordReset, result.error);
    switch (outcome.kind) {
      case "success":
        setFieldErrors({});
        setFormErrors([]);
        setSentTo(trimmed);
        return;
      case "invalid-input": {
        const errors = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(
          errors.fieldErrors,
          hasErrors(errors.fieldErrors) ? errors.formErrors : [outcome.message, ...errors.formErrors],
        );
      }
      case "rate-limited":
        return showProblems({}, [t("forgotPassword.tooManyRequests")]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  if (sentTo) {
    return (
      <div ref={confirmation} tabIndex={-1}>
        <Notice type="success" headingLevel="h2" heading={t("forgotPassword.sentHeading")}>
          {t("forgotPassword.sentBody", { email: sentTo })}
        </Notice>
        <p>
          <Link className="usa-link" href="/sign-in">
            {t("forgotPassword.backToSignIn")}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <TextField
        id="email"
        label={t("forgotPassword.emailLabel")}
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
      />
      <Button type="submit">{fetching ? t("forgotPassword.submitting") : t("forgotPassword.submit")}</Button>
      <p>
        <Link className="usa-link" href="/sign-in">
          {t("forgotPassword.backToSignIn")}
        </Link>
      </p>
    </form>
  );
}
