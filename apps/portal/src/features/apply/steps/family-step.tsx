"use client";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome } from "@openleave/web";
import { useTranslations } from "next-intl";
import { UpdateApplicationMutation } from "../application-documents";
import { InputField, SelectField } from "../fields";
import { StepForm } from "../step-form";
import { isCalendarDate } from "../validation";
import { useStashedValues } from "../stashed-values";
import { useStepForm, useWizard } from "../wizard-context";

const FIELDS = [
  "familyRelationship",
  "familyMemberFirstName",
  "familyMemberLastName",
  "familyMemberDateOfBirth",
] as const;
type Field = (typeof FIELDS)[number];

/** Who the leave is for; only the relationships the program covers are offered. */
export function FamilyStep() {
  const t = useTranslations("wizard.family");
  const tRelationships = useTranslations("wizard.relationships");
  const { claimId, draft, advance } = useWizard();
  const covered = draft.program.rules.coveredFamilyRelationships;
  const [values, setValues, clearStash] = useStashedValues<Record<Field, string>>(`${claimId}.family`, () => ({
    familyRelationship:
      draft.familyRelationship && covered.includes(draft.familyRelationship) ? draft.familyRelationship : "",
    familyMemberFirstName: draft.familyMemberFirstName ?? "",
    familyMemberLastName: draft.familyMemberLastName ?? "",
    familyMemberDateOfBirth: draft.familyMemberDateOfBirth ?? "",
  }));
  const [, update] = useMutation(UpdateApplicationMutation);
  const form = useStepForm(FIELDS);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!values.familyRelationship) errors.familyRelationship = t("relationshipRequired");
    if (!values.familyMemberFirstName.trim()) errors.familyMemberFirstName = t("firstNameRequired");
    if (!values.familyMemberLastName.trim()) errors.familyMemberLastName = t("lastNameRequired");
    if (values.familyMemberDateOfBirth && !isCalendarDate(values.familyMemberDateOfBirth))
      errors.familyMemberDateOfBirth = t("dateOfBirthInvalid");
    return errors;
  };
  const save = async () => {
    const result = await update({
      input: {
        claimId,
        familyRelationship: values.familyRelationship as (typeof covered)[number],
        familyMemberFirstName: values.familyMemberFirstName,
        familyMemberLastName: values.familyMemberLastName,
        familyMemberDateOfBirth: values.familyMemberDateOfBirth || null,
      },
    });
    return toMutationOutcome(result.data?.updateApplication, result.error);
  };

  return (
    <StepForm
      onSubmit={form.submit(validate, save, () => {
        clearStash();
        return advance();
      })}
      summary={summaryItems(FIELDS, form.fieldErrors, form.formErrors)}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      <p>{t("intro")}</p>
      <SelectField
        id="familyRelationship"
        label={t("relationship")}
        hint={t("relationshipHint", { program: draft.program.name })}
        placeholder={t("choose")}
        options={covered.map((code) => ({ value: code, label: tRelationships(code) }))}
        value={values.familyRelationship}
        onChange={set("familyRelationship")}
        error={form.fieldErrors.familyRelationship}
      />
      <InputField
        id="familyMemberFirstName"
        label={t("firstName")}
        value={values.familyMemberFirstName}
        onChange={set("familyMemberFirstName")}
        error={form.fieldErrors.familyMemberFirstName}
      />
      <InputField
        id="familyMemberLastName"
        label={t("lastName")}
        value={values.familyMemberLastName}
        onChange={set("familyMemberLastName")}
        error={form.fieldErrors.familyMemberLastName}
      />
      <InputField
        id="familyMemberDateOfBirth"
        type="date"
        label={t("dateOfBirth")}
        optional={t("optional")}
        value={values.familyMemberDateOfBirth}
        onChange={set("familyMemberDateOfBirth")}
        error={form.fieldErrors.familyMemberDateOfBirth}
      />
    </StepForm>
  );
}
