// USWDS checkboxes and radio buttons: the real input is visually hidden and its label is drawn
// as the control, so the label must follow the input and name it with `htmlFor`.
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { classNames } from "./class-names";

interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  id: string;
  label: ReactNode;
  /** A second line inside the label. */
  labelDescription?: ReactNode;
  /** The bordered "tile" style. */
  tile?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

function Choice({
  kind,
  id,
  label,
  labelDescription,
  tile,
  inputRef,
  className,
  ...input
}: ChoiceProps & { kind: "checkbox" | "radio" }) {
  return (
    <div className={classNames(`usa-${kind}`, className)}>
      <input
        className={classNames(`usa-${kind}__input`, tile && `usa-${kind}__input--tile`)}
        id={id}
        type={kind}
        ref={inputRef}
        {...input}
      />
      <label className={`usa-${kind}__label`} htmlFor={id}>
        {label}
        {labelDescription ? <span className="usa-checkbox__label-description">{labelDescription}</span> : null}
      </label>
    </div>
  );
}

export function Checkbox(props: ChoiceProps) {
  return <Choice kind="checkbox" {...props} />;
}

export function Radio(props: ChoiceProps) {
  return <Choice kind="radio" {...props} />;
}
