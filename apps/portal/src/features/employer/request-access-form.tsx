"use client";
// Step one of administering an employer: name it by its FEIN. The link this creates shows
// nothing about employees until it is verified (the next page).
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  hasErrors,
  issuesToErrors,
  summaryItems,
  TextField,
  toMutationOutcome,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { RequestEmployerAccessMutation } from "./employer-documents";

const FIELDS = ["fein"] as const;
type Field = (typeof FIELDS)[number];

export function RequestAccessForm() {
  const t = useTranslations("employers.request");
  const problemMessage = useProblemMessage();
  const router = useRouter();
  const [fein, setFein] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [{ fetching }, requestAccess] = useMutation(RequestEmployerAccessMutation);

  const showProblems = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const digits = fein.replace(/[-\s]/g, "");
    if (!digits) return showProblems({ fein: t("feinRequired") });
    if (!/^\d{9}$/.test(digits)) return showProblems({ fein: t("feinInvalid") });
    const result = await requestAccess({ input: { fein: digits } });
    const outcome = toMutationOutcome(result.data?.requestEmployerAccess, result.error);
    switch (outcome.kind) {
      case "success":
        router.push(outcome.data.verified ? "/employers" : `/employers/verify/${encodeURIComponent(outcome.data.id)}`);
        return;
      case "invalid-input": {
        const errors = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(errors.fieldErrors, hasErrors(errors.fieldErrors) ? errors.formErrors : [outcome.message]);
      }
      case "failed":
        if (outcome.code === "EMPLOYER_NOT_FOUND") return showProblems({ fein: t("notFound") });
        return showProblems({}, [problemMessage(outcome)]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <TextField
        id="fein"
        label={t("feinLabel")}
        hint={t("feinHint")}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={fein}
        onChange={setFein}
        error={fieldErrors.fein}
      />
      <Button type="submit">{fetching ? t("submitting") : t("submit")}</Button>
    </form>
  );
}
