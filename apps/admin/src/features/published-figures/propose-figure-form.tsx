"use client";
// A program administrator proposes a figure: program, parameter (from the rules package's
// catalog), value, dates and the document that publishes it. It applies only once another
// administrator approves it.
import { useMemo, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  hasErrors,
  issuesToErrors,
  summaryItems,
  toMutationOutcome,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { FigureField } from "./figure-field";
import { ProposePublishedFigureMutation } from "./published-figures-query";
import type { FigureParameter, FigureProgram } from "./published-figures-types";

const FIELDS = [
  "programId",
  "parameterId",
  "value",
  "effectiveFrom",
  "effectiveTo",
  "citationTitle",
  "citationHref",
  "citationSection",
] as const;
type FormField = (typeof FIELDS)[number];
type FormValues = Record<FormField, string>;

const EMPTY: FormValues = {
  programId: "",
  parameterId: "",
  value: "",
  effectiveFrom: "",
  effectiveTo: "",
  citationTitle: "",
  citationHref: "",
  citationSection: "",
};

const fieldId = (field: FormField) => `figure-${field}`;

export function ProposeFigureForm({
  programs,
  parameters,
  onProposed,
}: {
  programs: readonly FigureProgram[];
  parameters: readonly FigureParameter[];
  onProposed: () => void;
}) {
  const t = useTranslations("figures.propose");
  const problemMessage = useProblemMessage();
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<FormField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submits, setSubmits] = useState(0);
  const [proposed, setProposed] = useState(false);
  const [{ fetching }, propose] = useMutation(ProposePublishedFigureMutation);

  const program = programs.find((p) => p.id === values.programId);
  const programParameters = useMemo(
    () => (program ? parameters.filter((p) => p.programs.includes(`${program.jurisdiction}-${program.code}`)) : []),
    [program, parameters],
  );
  const parameter = programParameters.find((p) => p.id === values.parameterId);

  const set = (field: FormField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value, ...(field === "programId" ? { parameterId: "" } : {}) }));

  const check = (): FieldErrors<FormField> => {
    const errors: FieldErrors<FormField> = {};
    if (!values.programId) errors.programId = t("programRequired");
    if (!values.parameterId) errors.parameterId = t("parameterRequired");
    if (!values.value.trim()) errors.value = t("valueRequired");
    if (!values.effectiveFrom) errors.effectiveFrom = t("fromRequired");
    if (!values.citationTitle.trim()) errors.citationTitle = t("citationRequired");
    return errors;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProposed(false);
    setSubmits((n) => n + 1);
    const errors = check();
    setFormErrors([]);
    setFieldErrors(errors);
    if (hasErrors(errors)) return;
    const result = await propose({
      input: {
        programId: values.programId,
        parameterId: values.parameterId,
        value: values.value.trim(),
        effectiveFrom: values.effectiveFrom,
        effectiveTo: values.effectiveTo || null,
        citationTitle: values.citationTitle.trim(),
        citationHref: values.citationHref.trim() || null,
        citationSection: values.citationSection.trim() || null,
      },
    });
    const outcome = toMutationOutcome(result.data?.proposePublishedFigure, result.error);
    if (outcome.kind === "success") {
      setValues(EMPTY);
      setProposed(true);
      onProposed();
    } else if (outcome.kind === "invalid-input") {
      const split = issuesToErrors(outcome.issues, FIELDS);
      setFieldErrors(split.fieldErrors);
      setFormErrors(split.formErrors.length > 0 || hasErrors(split.fieldErrors) ? split.formErrors : [outcome.message]);
    } else {
      setFormErrors([problemMessage(outcome)]);
    }
  };

  const valueHint = parameter
    ? parameter.valueKind === "decimal"
      ? parameter.unit === "rate"
        ? t("valueHintRate")
        : t("valueHintDecimal", { unit: parameter.unit })
      : t("valueHintWhole", { unit: parameter.unit })
    : t("valueHintNone");

  return (
    <form onSubmit={submit} noValidate className="usa-form usa-form--large" aria-labelledby="propose-figure-heading">
      <h2 id="propose-figure-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors, fieldId)} focusKey={submits} />
      {proposed ? (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("proposed")}</p>
          </div>
        </div>
      ) : null}
      <FigureField id={fieldId("programId")} label={t("program")} error={fieldErrors.programId}>
        <select className="usa-select" value={values.programId} onChange={(e) => set("programId")(e.target.value)}>
          <option value="">{t("choose")}</option>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </FigureField>
      <FigureField
        id={fieldId("parameterId")}
        label={t("parameter")}
        hint={program ? undefined : t("parameterHintNoProgram")}
        error={fieldErrors.parameterId}
      >
        <select
          className="usa-select"
          value={values.parameterId}
          onChange={(e) => set("parameterId")(e.target.value)}
          disabled={!program}
        >
          <option value="">{t("choose")}</option>
          {programParameters.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label} ({p.unit})
            </option>
          ))}
        </select>
      </FigureField>
      {parameter?.packagedUntil ? (
        <p className="usa-hint">{t("packagedUntil", { date: parameter.packagedUntil })}</p>
      ) : null}
      <FigureField id={fieldId("value")} label={t("value")} hint={valueHint} error={fieldErrors.value}>
        <input
          className="usa-input usa-input--medium"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={values.value}
          onChange={(e) => set("value")(e.target.value)}
        />
      </FigureField>
      <FigureField
        id={fieldId("effectiveFrom")}
        label={t("from")}
        hint={t("dateHint")}
        error={fieldErrors.effectiveFrom}
      >
        <input
          className="usa-input usa-input--medium"
          type="date"
          value={values.effectiveFrom}
          onChange={(e) => set("effectiveFrom")(e.target.value)}
        />
      </FigureField>
      <FigureField id={fieldId("effectiveTo")} label={t("to")} hint={t("toHint")} error={fieldErrors.effectiveTo}>
        <input
          className="usa-input usa-input--medium"
          type="date"
          value={values.effectiveTo}
          onChange={(e) => set("effectiveTo")(e.target.value)}
        />
      </FigureField>
      <FigureField
        id={fieldId("citationTitle")}
        label={t("citationTitle")}
        hint={t("citationTitleHint")}
        error={fieldErrors.citationTitle}
      >
        <input
          className="usa-input"
          type="text"
          value={values.citationTitle}
          onChange={(e) => set("citationTitle")(e.target.value)}
        />
      </FigureField>
      <FigureField id={fieldId("citationHref")} label={t("citationHref")} error={fieldErrors.citationHref}>
        <input
          className="usa-input"
          type="url"
          inputMode="url"
          value={values.citationHref}
          onChange={(e) => set("citationHref")(e.target.value)}
        />
      </FigureField>
      <FigureField id={fieldId("citationSection")} label={t("citationSection")} error={fieldErrors.citationSection}>
        <input
          className="usa-input"
          type="text"
          value={values.citationSection}
          onChange={(e) => set("citationSection")(e.target.value)}
        />
      </FigureField>
      <Button type="submit" className="margin-top-3" disabled={fetching}>
        {fetching ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
