"use client";
import { useState } from "react";
import { useMutation } from "urql";
import { type FieldErrors, Notice, summaryItems, toMutationOutcome, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { UpdateApplicationMutation } from "../application-documents";
import { InputField, RadioGroup } from "../fields";
import { StepForm } from "../step-form";
import { useStepForm, useWizard } from "../wizard-context";
import type { Profile } from "../wizard-steps";

const FIELDS = ["employerId", "employerFein"] as const;
type Field = (typeof FIELDS)[number];
/** The radio value for "my employer is not in the list". */
const NOT_LISTED = "not-listed";

/** 9 digits, with or without the dash after the second (as printed on a W-2). */
export function isFein(value: string): boolean {
  return /^\d{2}-?\d{7}$/.test(value.trim());
}

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
  const listed = draft.employer && choices.some((choice) => choice.id === draft.employer!.id);
  const [employerId, setEmployerId] = useState(
    listed
      ? draft.employer!.id
      : draft.employer || choices.length === 0
        ? NOT_LISTED
        : choices.length === 1
          ? choices[0]!.id
          : "",
  );
  const [fein, setFein] = useState("");
  const [, update] = useMutation(UpdateApplicationMutation);
  const form = useStepForm(FIELDS);

  const notListed = employerId === NOT_LISTED;
  // A stated employer already saved can be kept without typing its FEIN again.
  const keepStated = notListed && draft.employer != null && !listed && fein.trim() === "";

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!employerId) errors.employerId = t("required");
    if (notListed && !keepStated && !isFein(fein)) errors.employerFein = t("feinInvalid");
    return errors;
  };
  const save = async () => {
    if (keepStated) return null;
    const result = await update({
      input: notListed ? { claimId, employerFein: fein.trim() } : { claimId, employerId },
    });
    return toMutationOutcome(result.data?.updateApplication, result.error);
  };

  return (
    <StepForm
      onSubmit={form.submit(validate, save, () => advance())}
      summary={summaryItems(FIELDS, form.fieldErrors, form.formErrors)}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      {choices.length === 0 ? (
        <Notice type="info" headingLevel="h2" heading={t("noneHeading")}>
          <p>{t("noneBody", { program: draft.program.name })}</p>
        </Notice>
      ) : null}
      <RadioGroup
        id="employerId"
        legend={t("legend")}
        hint={t("hint")}
        value={employerId}
        onChange={setEmployerId}
        error={form.fieldErrors.employerId}
        options={[
          ...choices.map((choice) => ({
            value: choice.id,
            label: choice.name,
            description: choice.latest
              ? t("latestWages", {
                  quarter: t("quarter", { year: String(choice.latest.year), quarter: String(choice.latest.quarter) }),
                  amount: format.money(choice.latest.wages),
                })
              : undefined,
          })),
          { value: NOT_LISTED, label: t("notListed") },
        ]}
      />
      {notListed ? (
        <InputField
          id="employerFein"
          label={t("feinLabel")}
          hint={
            keepStated || (draft.employer && !listed)
              ? t("feinKeep", { employer: draft.employer!.name })
              : t("feinHint")
          }
          inputMode="numeric"
          width="md"
          value={fein}
          onChange={setFein}
          error={form.fieldErrors.employerFein}
        />
      ) : null}
    </StepForm>
  );
}
