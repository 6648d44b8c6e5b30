"use client";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { UpdateApplicationMutation } from "../application-documents";
import { InputField } from "../fields";
import { StepForm } from "../step-form";
import { hoursProblem, isCalendarDate, isMoney, plainNumber } from "../validation";
import { useStashedValues } from "../stashed-values";
import { useStepForm, useWizard } from "../wizard-context";

const WEEKS = 8;
const FIELDS = [
  "regularHoursPerWeek",
  "employmentStartDate",
  "hoursLast12Months",
  "daysWorked",
  "percentWorkTimeInState",
  ...Array.from({ length: WEEKS }, (_, i) => `week${i}`),
] as const;
type Field =
  | "regularHoursPerWeek"
  | "employmentStartDate"
  | "hoursLast12Months"
  | "daysWorked"
  | "percentWorkTimeInState"
  | `week${number}`;

/** The Saturdays ending the `count` pay weeks before `date` (newest first): the weeks NY and DE average. */
export function payWeeksBefore(date: string, count: number): string[] {
  const day = new Date(`${date}T00:00:00Z`);
  // Back to the Saturday before the leave starts.
  const back = (day.getUTCDay() + 1) % 7 || 7;
  const weeks: string[] = [];
  for (let i = 0; i < count; i++) {
    const saturday = new Date(day.getTime() - (back + 7 * i) * 86_400_000);
    weeks.push(saturday.toISOString().slice(0, 10));
  }
  return weeks;
}

/** Hours always (partial weeks are paid by hours); the other facts only when the program's rules read them. */
export function EmploymentStep() {
  const t = useTranslations("wizard.employment");
  const format = useFormat();
  const { claimId, draft, advance } = useWizard();
  const facts = draft.program.rules.applicationFacts;
  const leaveStart = draft.leavePeriods[0]?.startDate ?? null;
  const weekEndings = facts.includes("WEEKLY_WAGES") && leaveStart ? payWeeksBefore(leaveStart, WEEKS) : [];
  const stated = new Map(draft.weeklyWages.map((week) => [week.weekEnding, week.wages]));
  const [values, setValues, clearStash] = useStashedValues<Record<string, string>>(`${claimId}.employment`, () => ({
    regularHoursPerWeek: plainNumber(draft.regularHoursPerWeek),
    employmentStartDate: draft.employmentStartDate ?? "",
    hoursLast12Months: plainNumber(draft.hoursLast12Months),
    daysWorked: draft.daysWorked != null ? String(draft.daysWorked) : "",
    percentWorkTimeInState: plainNumber(draft.percentWorkTimeInState),
    ...Object.fromEntries(weekEndings.map((weekEnding, i) => [`week${i}`, stated.get(weekEnding) ?? ""])),
  }));
  const [, update] = useMutation(UpdateApplicationMutation);
  const form = useStepForm(FIELDS as readonly Field[]);
  const set = (field: string) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    const hours = hoursProblem(values.regularHoursPerWeek!, 168);
    if (hours) errors.regularHoursPerWeek = t(`hoursProblem.${hours}`);
    if (facts.includes("EMPLOYMENT_START_DATE") && !isCalendarDate(values.employmentStartDate!))
      errors.employmentStartDate = t("startDateRequired");
    if (facts.includes("HOURS_LAST_12_MONTHS") && hoursProblem(values.hoursLast12Months!, 8784))
      errors.hoursLast12Months = t("hoursLast12MonthsInvalid");
    if (facts.includes("DAYS_WORKED") && !/^\d{1,5}$/.test(values.daysWorked!.trim()))
      errors.daysWorked = t("daysWorkedInvalid");
    if (facts.includes("PERCENT_WORK_TIME_IN_STATE") && hoursProblem(values.percentWorkTimeInState!, 100))
      errors.percentWorkTimeInState = t("percentInvalid");
    weekEndings.forEach((_, i) => {
      if (!isMoney(values[`week${i}`] ?? "")) errors[`week${i}`] = t("weekWagesInvalid");
    });
    return errors;
  };
  const save = async () => {
    const result = await update({
      input: {
        claimId,
        regularHoursPerWeek: values.regularHoursPerWeek!.trim(),
        ...(facts.includes("EMPLOYMENT_START_DATE") ? { employmentStartDate: values.employmentStartDate } : {}),
        ...(facts.includes("HOURS_LAST_12_MONTHS") ? { hoursLast12Months: values.hoursLast12Months!.trim() } : {}),
        ...(facts.includes("DAYS_WORKED") ? { daysWorked: Number(values.daysWorked) } : {}),
        ...(facts.includes("PERCENT_WORK_TIME_IN_STATE")
          ? { percentWorkTimeInState: values.percentWorkTimeInState!.trim() }
          : {}),
        ...(weekEndings.length > 0
          ? { weeklyWages: weekEndings.map((weekEnding, i) => ({ weekEnding, wages: values[`week${i}`]!.trim() })) }
          : {}),
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
      summary={summaryItems(FIELDS as readonly Field[], form.fieldErrors, form.formErrors)}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      <p>{t("intro", { employer: draft.employer?.name ?? "" })}</p>
      <InputField
        id="regularHoursPerWeek"
        label={t("regularHours")}
        hint={t("regularHoursHint")}
        inputMode="decimal"
        width="sm"
        value={values.regularHoursPerWeek!}
        onChange={set("regularHoursPerWeek")}
        error={form.fieldErrors.regularHoursPerWeek}
      />
      {facts.includes("EMPLOYMENT_START_DATE") ? (
        <InputField
          id="employmentStartDate"
          type="date"
          label={t("startDate")}
          value={values.employmentStartDate!}
          onChange={set("employmentStartDate")}
          error={form.fieldErrors.employmentStartDate}
        />
      ) : null}
      {facts.includes("HOURS_LAST_12_MONTHS") ? (
        <InputField
          id="hoursLast12Months"
          label={t("hoursLast12Months")}
          inputMode="decimal"
          width="md"
          value={values.hoursLast12Months!}
          onChange={set("hoursLast12Months")}
          error={form.fieldErrors.hoursLast12Months}
        />
      ) : null}
      {facts.includes("DAYS_WORKED") ? (
        <InputField
          id="daysWorked"
          label={t("daysWorked")}
          hint={t("daysWorkedHint")}
          inputMode="numeric"
          width="md"
          value={values.daysWorked!}
          onChange={set("daysWorked")}
          error={form.fieldErrors.daysWorked}
        />
      ) : null}
      {facts.includes("PERCENT_WORK_TIME_IN_STATE") ? (
        <InputField
          id="percentWorkTimeInState"
          label={t("percentInState")}
          inputMode="decimal"
          width="sm"
          value={values.percentWorkTimeInState!}
          onChange={set("percentWorkTimeInState")}
          error={form.fieldErrors.percentWorkTimeInState}
        />
      ) : null}
      {facts.includes("WEEKLY_WAGES") && !leaveStart ? <p>{t("weeksNeedDates")}</p> : null}
      {weekEndings.length > 0 ? (
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t("weeksLegend")}</legend>
          <p className="usa-hint">{t("weeksHint")}</p>
          {weekEndings.map((weekEnding, i) => (
            <InputField
              key={weekEnding}
              id={`week${i}`}
              label={t("weekEnding", { date: format.calendarDate(weekEnding) })}
              inputMode="decimal"
              width="md"
              value={values[`week${i}`] ?? ""}
              onChange={set(`week${i}`)}
              error={form.fieldErrors[`week${i}`]}
            />
          ))}
        </fieldset>
      ) : null}
    </StepForm>
  );
}
