"use client";
// A labelled form field with its hint and error tied to the control (aria-describedby), for
// the selects, dates and text inputs of the figures form.
import type { ReactElement } from "react";
import { cloneElement } from "react";
import { useTranslations } from "next-intl";

export function FigureField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactElement<{ id?: string; name?: string; "aria-describedby"?: string; "aria-invalid"?: boolean }>;
}) {
  const t = useTranslations("errors");
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <label className={`usa-label${error ? " usa-label--error" : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="usa-error-message" id={`${id}-error`}>
          <span className="usa-sr-only">{t("fieldErrorPrefix")}</span> {error}
        </span>
      ) : null}
      {cloneElement(children, {
        id,
        name: id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}
