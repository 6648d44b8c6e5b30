"use client";
// Form fields the wizard needs beyond @openleave/web's TextField: inputs with hints and
// inputmode, dates, selects, radio groups and a checkbox, each with its error tied to it
// (aria-describedby) the USWDS way. The first radio of a group carries the group's id, so the
// error summary's link lands on it.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

interface Described {
  id: string;
  hint?: string;
  error?: string;
}

function describedBy({ id, hint, error }: Described): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ id, hint, error }: Described) {
  const t = useTranslations("errors");
  return (
    <>
      {hint ? (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="usa-error-message" id={`${id}-error`}>
          <span className="usa-sr-only">{t("fieldErrorPrefix")}</span> {error}
        </span>
      ) : null}
    </>
  );
}

interface InputFieldProps extends Described {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date" | "tel";
  inputMode?: "text" | "numeric" | "decimal" | "tel";
  autoComplete?: string;
  width?: "2xs" | "xs" | "sm" | "md" | "lg" | "xl";
  optional?: string;
}

export function InputField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = "text",
  inputMode,
  autoComplete,
  width,
  optional,
}: InputFieldProps) {
  return (
    <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <label className={`usa-label${error ? " usa-label--error" : ""}`} htmlFor={id}>
        {label}
        {optional ? <span className="text-base-dark"> ({optional})</span> : null}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={`usa-input${error ? " usa-input--error" : ""}${width ? ` usa-input--${width}` : ""}`}
        id={id}
        name={id}
        type={type}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface SelectFieldProps extends Described {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder: string;
  autoComplete?: string;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  placeholder,
  autoComplete,
}: SelectFieldProps) {
  return (
    <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <label className={`usa-label${error ? " usa-label--error" : ""}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        className={`usa-select${error ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface RadioGroupProps extends Described {
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string; description?: string }[];
  /** Shown under the checked option (e.g. the fields that option needs). */
  children?: ReactNode;
}

export function RadioGroup({ id, legend, hint, error, value, onChange, options }: RadioGroupProps) {
  return (
    <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy({ id, hint, error })}>
        <legend className={`usa-legend${error ? " usa-label--error" : ""}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="usa-radio" key={option.value}>
              <input
                className="usa-radio__input usa-radio__input--tile"
                id={optionId}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="usa-radio__label" htmlFor={optionId}>
                {option.label}
                {option.description ? (
                  <span className="usa-checkbox__label-description">{option.description}</span>
                ) : null}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

interface CheckboxFieldProps extends Described {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ id, label, hint, error, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="usa-checkbox">
        <input
          className="usa-checkbox__input"
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, hint, error })}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="usa-checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
