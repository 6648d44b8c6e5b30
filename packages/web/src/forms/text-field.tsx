"use client";
// A labelled USWDS text input with an optional hint and an error message that is tied to the
// input (aria-describedby) and shown next to it.
import type { ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { ErrorMessage, FormGroup, Label, TextInput } from "../uswds/form-controls";

interface TextFieldProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  type: "text" | "email" | "password";
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
  inputMode?: "email" | "text" | "numeric" | "decimal";
  spellCheck?: boolean;
}

export function TextField({
  id,
  name,
  label,
  hint,
  error,
  type,
  value,
  onChange,
  autoComplete,
  inputMode,
  spellCheck,
}: TextFieldProps) {
  const t = useTranslations("errors");
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint ? (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <ErrorMessage id={errorId}>
          {/* Screen readers hear "Error:" first; sighted users see the red styling. */}
          <span className="usa-sr-only">{t("fieldErrorPrefix")}</span> {error}
        </ErrorMessage>
      ) : null}
      <TextInput
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        validationStatus={error ? "error" : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        autoCapitalize={type === "text" ? undefined : "off"}
      />
    </FormGroup>
  );
}
