"use client";
// The frame of every step: the error summary, the step's fields, and the way back and on.
import Link from "next/link";
import type { FormEvent, ReactNode } from "react";
import { ErrorSummary, type SummaryItem } from "@openleave/web";
import { useTranslations } from "next-intl";
import { useWizard } from "./wizard-context";
import { previousStep, stepPath } from "./wizard-steps";

interface StepFormProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  summary: readonly SummaryItem[];
  failedSubmits: number;
  saving: boolean;
  submitLabel?: string;
  children: ReactNode;
}

export function StepForm({ onSubmit, summary, failedSubmits, saving, submitLabel, children }: StepFormProps) {
  const t = useTranslations("wizard");
  const { claimId, draft, step } = useWizard();
  const back = previousStep(draft, step);
  return (
    <form
      className="usa-form usa-form--large wizard-form"
      method="post"
      noValidate
      onSubmit={onSubmit}
      aria-busy={saving}
    >
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      {children}
      <div className="wizard-actions margin-top-4">
        <button type="submit" className="usa-button" disabled={saving}>
          {saving ? t("saving") : (submitLabel ?? t("saveAndContinue"))}
        </button>
        {back ? (
          <Link className="usa-button usa-button--unstyled margin-left-2" href={stepPath(claimId, back)}>
            {t("back")}
          </Link>
        ) : null}
      </div>
      <p className="text-base-dark margin-top-2">{t("savedNote")}</p>
    </form>
  );
}
