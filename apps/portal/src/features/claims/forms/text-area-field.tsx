"use client";
// A labelled USWDS textarea with a hint and an error message tied to it (aria-describedby),
// the multi-line twin of @openleave/web's TextField.
import { useTranslations } from "next-intl";

interface TextAreaFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
}

export function TextAreaField({ id, label, hint, error, value, onChange, maxLength }: TextAreaFieldProps) {
  const t = useTranslations("errors");
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <label className={`usa-label${error ? " usa-label--error" : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="usa-error-message" id={errorId}>
          <span className="usa-sr-only">{t("fieldErrorPrefix")}</span> {error}
        </span>
      ) : null}
      <textarea
        className={`usa-textarea${error ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
