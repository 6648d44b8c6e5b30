"use client";
import { useState } from "react";
import { useMutation } from "urql";
import { type FieldErrors, Notice, summaryItems, toMutationOutcome, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { UpdateApplicationMutation } from "../application-documents";
import { RadioGroup } from "../fields";
import { StepForm } from "../step-form";
import { useStepForm, useWizard } from "../wizard-context";
import type { Profile } from "../wizard-steps";

const FIELDS = ["employerId"] as const;

/** The employers that reported wages for this person in the program's state, latest quarter first. */
export function employerChoices(profile: Profile, jurisdiction: string) {
  return profile.employers
    .filter((employer) => employer.jurisdiction === jurisdiction)
    .map((employer) => {
      const records = profile.wageRecords.filter((record) => record.employer.id === employer.id);
      const latest = records.reduce<(typeof records)[number] | null>(
        (best, record) => (!best || record.year * 10 + record.quarter > best.year * 10 + best.quarter ? record : best),
        null,
      );
      return { ...employer, latest };
    });
}

export function EmployerStep() {
  const t = useTranslations("wizard.employer");
  const format = useFormat();
  const { claimId, draft, profile, advance } = useWizard();
  const choices = employerChoices(profile, draft.program.jurisdiction);
  const [employerId, setEmployerId] = useState(draft.employer?.id ?? (choices.length === 1 ? choices[0]!.id : ""));
  const [, update] = useMutation(UpdateApplicationMutation);
  const form = useStepForm(FIELDS);

  const validate = () => {
    const errors: FieldErrors<"employerId"> = {};
    if (!employerId) errors.employerId = t("required");
    return errors;
  };
  const save = async () => {
    const result = await update({ input: { claimId, employerId } });
    return toMutationOutcome(result.data?.updateApplication, result.error);
  };

  if (choices.length === 0) {
    return (
      <Notice type="warning" headingLevel="h2" heading={t("noneHeading")}>
        <p>{t("noneBody", { program: draft.program.name })}</p>
      </Notice>
    );
  }
  return (
    <StepForm
      onSubmit={form.submit(validate, save, () => advance())}
      summary={summaryItems(FIELDS, form.fieldErrors, form.formErrors)}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      <RadioGroup
        id="employerId"
        legend={t("legend")}
        hint={t("hint")}
        value={employerId}
        onChange={setEmployerId}
        error={form.fieldErrors.employerId}
        options={choices.map((choice) => ({
          value: choice.id,
          label: choice.name,
          description: choice.latest
            ? t("latestWages", {
                quarter: t("quarter", { year: String(choice.latest.year), quarter: String(choice.latest.quarter) }),
                amount: format.money(choice.latest.wages),
              })
            : undefined,
        }))}
      />
      <p>{t("missing")}</p>
    </StepForm>
  );
}
