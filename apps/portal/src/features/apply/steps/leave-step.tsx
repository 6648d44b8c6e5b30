"use client";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome } from "@openleave/web";
import { useTranslations } from "next-intl";
import { UpdateApplicationMutation } from "../application-documents";
import { InputField, RadioGroup } from "../fields";
import { StepForm } from "../step-form";
import { dateRangeProblems, hoursProblem, plainNumber } from "../validation";
import { useStashedValues } from "../stashed-values";
import { useStepForm, useWizard } from "../wizard-context";

const FIELDS = ["kind", "startDate", "endDate", "episodesPerMonth", "hoursPerEpisode", "hoursPerWeek"] as const;
type Field = (typeof FIELDS)[number];
type Kind = "CONTINUOUS" | "INTERMITTENT" | "REDUCED_SCHEDULE";
const KINDS: readonly Kind[] = ["CONTINUOUS", "INTERMITTENT", "REDUCED_SCHEDULE"];

type LeaveTranslator = ReturnType<typeof useTranslations<"wizard.leave">>;

/** The page's own checks of one leave period (the API checks them again). */
export function validateLeavePeriod(values: Record<Field, string>, t: LeaveTranslator): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!values.kind) errors.kind = t("kindRequired");
  for (const problem of dateRangeProblems(values.startDate, values.endDate)) {
    errors[problem.field] = t(`dateProblems.${problem.field}.${problem.problem}`);
  }
  if (values.kind === "INTERMITTENT") {
    const episodes = values.episodesPerMonth.trim();
    if (!/^\d{1,2}$/.test(episodes) || Number(episodes) < 1 || Number(episodes) > 31)
      errors.episodesPerMonth = t("episodesInvalid");
    const hours = hoursProblem(values.hoursPerEpisode, 24);
    if (hours) errors.hoursPerEpisode = t(`hoursPerEpisode.${hours}`);
  }
  if (values.kind === "REDUCED_SCHEDULE") {
    const hours = hoursProblem(values.hoursPerWeek, 80);
    if (hours) errors.hoursPerWeek = t(`hoursPerWeekProblem.${hours}`);
  }
  return errors;
}

export function LeaveStep() {
  const t = useTranslations("wizard.leave");
  const { claimId, draft, advance } = useWizard();
  const period = draft.leavePeriods[0];
  const [values, setValues, clearStash] = useStashedValues<Record<Field, string>>(`${claimId}.leave`, () => ({
    kind: period?.kind ?? "",
    startDate: period?.startDate ?? "",
    endDate: period?.endDate ?? "",
    episodesPerMonth: period?.episodesPerMonth != null ? String(period.episodesPerMonth) : "",
    hoursPerEpisode: plainNumber(period?.hoursPerEpisode),
    hoursPerWeek: plainNumber(period?.hoursPerWeek),
  }));
  const [, update] = useMutation(UpdateApplicationMutation);
  const form = useStepForm(FIELDS);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const kind = values.kind as Kind;
    const result = await update({
      input: {
        claimId,
        leavePeriods: [
          {
            kind,
            startDate: values.startDate,
            endDate: values.endDate,
            episodesPerMonth: kind === "INTERMITTENT" ? Number(values.episodesPerMonth) : null,
            hoursPerEpisode: kind === "INTERMITTENT" ? values.hoursPerEpisode.trim() : null,
            hoursPerWeek: kind === "REDUCED_SCHEDULE" ? values.hoursPerWeek.trim() : null,
          },
        ],
      },
    });
    return toMutationOutcome(result.data?.updateApplication, result.error);
  };

  return (
    <StepForm
      onSubmit={form.submit(
        () => validateLeavePeriod(values, t),
        save,
        () => {
          clearStash();
          return advance();
        },
      )}
      summary={summaryItems(FIELDS, form.fieldErrors, form.formErrors)}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      <RadioGroup
        id="kind"
        legend={t("kindLegend")}
        value={values.kind}
        onChange={set("kind")}
        error={form.fieldErrors.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`), description: t(`kindHelp.${kind}`) }))}
      />
      <InputField
        id="startDate"
        type="date"
        label={t("startDate")}
        hint={t("dateHint")}
        value={values.startDate}
        onChange={set("startDate")}
        error={form.fieldErrors.startDate}
      />
      <InputField
        id="endDate"
        type="date"
        label={t("endDate")}
        hint={t("dateHint")}
        value={values.endDate}
        onChange={set("endDate")}
        error={form.fieldErrors.endDate}
      />
      {values.kind === "INTERMITTENT" ? (
        <>
          <InputField
            id="episodesPerMonth"
            label={t("episodesPerMonth")}
            hint={t("episodesHint")}
            inputMode="numeric"
            width="sm"
            value={values.episodesPerMonth}
            onChange={set("episodesPerMonth")}
            error={form.fieldErrors.episodesPerMonth}
          />
          <InputField
            id="hoursPerEpisode"
            label={t("hoursPerEpisodeLabel")}
            inputMode="decimal"
            width="sm"
            value={values.hoursPerEpisode}
            onChange={set("hoursPerEpisode")}
            error={form.fieldErrors.hoursPerEpisode}
          />
        </>
      ) : null}
      {values.kind === "REDUCED_SCHEDULE" ? (
        <InputField
          id="hoursPerWeek"
          label={t("hoursPerWeekLabel")}
          hint={t("hoursPerWeekHint")}
          inputMode="decimal"
          width="sm"
          value={values.hoursPerWeek}
          onChange={set("hoursPerWeek")}
          error={form.fieldErrors.hoursPerWeek}
        />
      ) : null}
    </StepForm>
  );
}
