// USWDS form building blocks: the group, label, legend, error message and the text, select and
// textarea controls, with the modifier classes USWDS styles errors with.
import type {
  FieldsetHTMLAttributes,
  HTMLAttributes,
  InputHTMLAttributes,
  LabelHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { classNames } from "./class-names";

export function FormGroup({
  error,
  className,
  children,
}: {
  error?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return <div className={classNames("usa-form-group", error && "usa-form-group--error", className)}>{children}</div>;
}

interface LabelProps extends LabelHTMLAttributes<HTMLLabelElement> {
  htmlFor: string;
  error?: boolean;
  hint?: ReactNode;
  srOnly?: boolean;
}

export function Label({ error, hint, srOnly, className, children, ...label }: LabelProps) {
  return (
    <label
      className={classNames(srOnly ? "usa-sr-only" : "usa-label", error && "usa-label--error", className)}
      {...label}
    >
      {children}
      {hint ? <span className="usa-hint">{hint}</span> : null}
    </label>
  );
}

interface FieldsetProps extends FieldsetHTMLAttributes<HTMLFieldSetElement> {
  legend?: ReactNode;
  /** "large" for a question that is the page's main one; "srOnly" when a heading already says it. */
  legendStyle?: "default" | "large" | "srOnly";
}

export function Fieldset({ legend, legendStyle = "default", className, children, ...fieldset }: FieldsetProps) {
  const legendClass =
    legendStyle === "large" ? "usa-legend usa-legend--large" : legendStyle === "srOnly" ? "usa-sr-only" : "usa-legend";
  return (
    <fieldset className={classNames("usa-fieldset", className)} {...fieldset}>
      {legend ? <legend className={legendClass}>{legend}</legend> : null}
      {children}
    </fieldset>
  );
}

/** A field's error, read out when it appears; give it an id and name it in the field's aria-describedby. */
export function ErrorMessage({ id, className, children }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span className={classNames("usa-error-message", className)} id={id} role="alert">
      {children}
    </span>
  );
}

type ValidationStatus = "error" | "success";

interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  validationStatus?: ValidationStatus;
  inputSize?: "small" | "medium";
  inputRef?: Ref<HTMLInputElement>;
}

export function TextInput({ validationStatus, inputSize, inputRef, className, ...input }: TextInputProps) {
  return (
    <input
      className={classNames(
        "usa-input",
        validationStatus && `usa-input--${validationStatus}`,
        inputSize && `usa-input--${inputSize}`,
        className,
      )}
      ref={inputRef}
      {...input}
    />
  );
}

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  validationStatus?: ValidationStatus;
  inputRef?: Ref<HTMLSelectElement>;
}

export function Select({ validationStatus, inputRef, className, ...select }: SelectProps) {
  return (
    <select
      className={classNames("usa-select", validationStatus && `usa-input--${validationStatus}`, className)}
      ref={inputRef}
      {...select}
    />
  );
}

interface TextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  error?: boolean;
  success?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}

export function Textarea({ error, success, inputRef, className, ...textarea }: TextareaProps) {
  return (
    <textarea
      className={classNames("usa-textarea", error && "usa-input--error", success && "usa-input--success", className)}
      ref={inputRef}
      {...textarea}
    />
  );
}
