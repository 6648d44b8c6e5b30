"use client";
// An employer's appeal of a determination, within the program's deadline (the API dates it and
// refuses what the program does not allow): the reasons, then the appeal's status once filed.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorMessage,
  ErrorSummary,
  FormGroup,
  issuesToErrors,
  Label,
  Notice,
  summaryItems,
  Textarea,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { FileEmployerAppealMutation } from "./employer-documents";

interface AppealSectionProps {
  claimId: string;
  canAppeal: boolean;
  determination: { outcome: string; appealDeadline: string | null } | null;
  employerAppeal: { status: string; filedAt: string } | null;
  onFiled: () => void;
}

const FIELDS = ["reason"] as const;

export function EmployerAppeal({ claimId, canAppeal, determination, employerAppeal, onFiled }: AppealSectionProps) {
  const t = useTranslations("employers.appeal");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [{ fetching }, fileAppeal] = useMutation(FileEmployerAppealMutation);

  if (!determination) return null;
  if (employerAppeal) {
    return (
      <section aria-labelledby="appeal-heading" className="margin-top-4">
        <h2 id="appeal-heading">{t("heading")}</h2>
        <Notice type="info">{t("filed", { date: format.instantDate(employerAppeal.filedAt) })}</Notice>
      </section>
    );
  }
  if (!canAppeal) return null;

  const fail = (field: string | undefined, form: string[] = []) => {
    setFieldError(field);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    if (reason.trim().length < 10) return fail(t("reasonRequired"));
    const answer = await fileAppeal({ input: { claimId, reason: reason.trim() } });
    const outcome = toMutationOutcome(answer.data?.fileAppeal, answer.error);
    if (outcome.kind === "success") return onFiled();
    if (outcome.kind === "invalid-input") {
      const mapped = issuesToErrors(outcome.issues, FIELDS);
      return fail(mapped.fieldErrors.reason, mapped.formErrors);
    }
    fail(undefined, [problemMessage(outcome)]);
  };

  return (
    <section aria-labelledby="appeal-heading" className="margin-top-4">
      <h2 id="appeal-heading">{t("heading")}</h2>
      <p>
        {determination.appealDeadline
          ? t("intro", { date: format.calendarDate(determination.appealDeadline) })
          : t("introNoDate")}
      </p>
      <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
        <ErrorSummary
          items={summaryItems(FIELDS, fieldError ? { reason: fieldError } : {}, formErrors)}
          focusKey={failedSubmits}
        />
        <FormGroup error={!!fieldError}>
          <Label htmlFor="reason">{t("reasonLabel")}</Label>
          {fieldError ? <ErrorMessage id="reason-error">{fieldError}</ErrorMessage> : null}
          <Textarea
            id="reason"
            name="reason"
            maxLength={4000}
            aria-describedby={fieldError ? "reason-error" : undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormGroup>
        <Button type="submit">{fetching ? t("submitting") : t("submit")}</Button>
      </form>
    </section>
  );
}
