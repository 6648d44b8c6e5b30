"use client";
// The staff roles as checkboxes in one fieldset, with the fieldset's error tied to it.
import { useTranslations } from "next-intl";
import { STAFF_ROLES, type StaffRole } from "../staff/staff-roles";

export function RoleCheckboxes({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: readonly StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  error?: string;
}) {
  const t = useTranslations();
  const toggle = (role: StaffRole, on: boolean) =>
    onChange(STAFF_ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset
      className={`usa-fieldset usa-form-group${error ? " usa-form-group--error" : ""}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className={`usa-legend${error ? " usa-label--error" : ""}`}>{legend}</legend>
      {error ? (
        <span className="usa-error-message" id={`${id}-error`}>
          <span className="usa-sr-only">{t("errors.fieldErrorPrefix")}</span> {error}
        </span>
      ) : null}
      {STAFF_ROLES.map((role, index) => (
        <div className="usa-checkbox" key={role}>
          <input
            className="usa-checkbox__input"
            id={index === 0 ? id : `${id}-${role}`}
            type="checkbox"
            name={id}
            value={role}
            checked={value.includes(role)}
            onChange={(event) => toggle(role, event.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor={index === 0 ? id : `${id}-${role}`}>
            {t(`roles.${role}`)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
