"use client";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome } from "@openleave/web";
import { useTranslations } from "next-intl";
import { UpdateApplicationMutation } from "../application-documents";
import { InputField, RadioGroup } from "../fields";
import { StepForm } from "../step-form";
import { isCalendarDate } from "../validation";
import { useStashedValues } from "../stashed-values";
import { useStepForm, useWizard } from "../wizard-context";

const FIELDS = ["leaveReason", "birthOrPlacementDate", "conditionDescription"] as const;
type Field = (typeof FIELDS)[number];

/** Only the reasons the program's rules cover (the API reads them from the rules package). */
export function ReasonStep() {
  const t = useTranslations("wizard.reason");
  const tReasons = useTranslations("claims.reasons");
  const { claimId, draft, advance } = useWizard();
  const covered = draft.program.rules.coveredLeaveReasons;
  const [values, setValues, clearStash] = useStashedValues<Record<Field, string>>(`${claimId}.reason`, () => ({
    leaveReason: draft.leaveReason && covered.includes(draft.leaveReason) ? draft.leaveReason : "",
    birthOrPlacementDate: draft.birthOrPlacementDate ?? "",
    conditionDescription: draft.conditionDescription ?? "",
  }));
  const [, update] = useMutation(UpdateApplicationMutation);
  const form = useStepForm(FIELDS);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const bonding = values.leaveReason === "BONDING";
  // Which reasons are about the claimant's own health is the rules package's to say (through the API).
  const health = draft.program.rules.ownHealthReasons.some((reason) => reason === values.leaveReason);

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!values.leaveReason) errors.leaveReason = t("required");
    if (bonding && !isCalendarDate(values.birthOrPlacementDate)) errors.birthOrPlacementDate = t("birthDateRequired");
    if (values.conditionDescription.length > 2000) errors.conditionDescription = t("descriptionTooLong");
    return errors;
  };
  const save = async () => {
    const leaveReason = values.leaveReason as (typeof covered)[number];
    const result = await update({
      input: {
        claimId,
        leaveReason,
        ...(bonding ? { birthOrPlacementDate: values.birthOrPlacementDate } : {}),
        ...(health ? { conditionDescription: values.conditionDescription.trim() || null } : {}),
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
      <RadioGroup
        id="leaveReason"
        legend={t("legend", { program: draft.program.name })}
        hint={t("hint")}
        value={values.leaveReason}
        onChange={set("leaveReason")}
        error={form.fieldErrors.leaveReason}
        options={covered.map((reason) => ({
          value: reason,
          label: tReasons(reason),
          description: t(`describe.${reason}`),
        }))}
      />
      {bonding ? (
        <InputField
          id="birthOrPlacementDate"
          type="date"
          label={t("birthDate")}
          hint={t("birthDateHint")}
          value={values.birthOrPlacementDate}
          onChange={set("birthOrPlacementDate")}
          error={form.fieldErrors.birthOrPlacementDate}
        />
      ) : null}
      {health ? (
        <div className={`usa-form-group${form.fieldErrors.conditionDescription ? " usa-form-group--error" : ""}`}>
          <label className="usa-label" htmlFor="conditionDescription">
            {t("description")} <span className="text-base-dark">({t("optional")})</span>
          </label>
          <div className="usa-hint" id="conditionDescription-hint">
            {t("descriptionHint")}
          </div>
          {form.fieldErrors.conditionDescription ? (
            <span className="usa-error-message" id="conditionDescription-error">
              {form.fieldErrors.conditionDescription}
            </span>
          ) : null}
          <textarea
            className="usa-textarea"
            id="conditionDescription"
            name="conditionDescription"
            maxLength={2000}
            value={values.conditionDescription}
            aria-describedby={`conditionDescription-hint${form.fieldErrors.conditionDescription ? " conditionDescription-error" : ""}`}
            onChange={(event) => set("conditionDescription")(event.target.value)}
          />
        </div>
      ) : null}
    </StepForm>
  );
}
