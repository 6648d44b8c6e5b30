"use client";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome } from "@openleave/web";
import { useTranslations } from "next-intl";
import { UpdateMyContactMutation } from "../application-documents";
import { InputField, SelectField } from "../fields";
import { StepForm } from "../step-form";
import { isPhoneNumber, isZipCode } from "../validation";
import { useStashedValues } from "../stashed-values";
import { useStepForm, useWizard } from "../wizard-context";

const FIELDS = ["phone", "addressLine1", "addressLine2", "city", "state", "postalCode"] as const;
type Field = (typeof FIELDS)[number];

export const STATE_CODES = [
  ...["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS"],
  ...["KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC"],
  ...["ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"],
  ...["PR", "GU", "VI", "AS", "MP"],
] as const;

export function ContactStep() {
  const t = useTranslations("wizard.contact");
  const { claimId, profile, advance } = useWizard();
  const address = profile.mailingAddress;
  const [values, setValues, clearStash] = useStashedValues<Record<Field, string>>(`${claimId}.contact`, () => ({
    phone: profile.phone ?? "",
    addressLine1: address?.line1 ?? "",
    addressLine2: address?.line2 ?? "",
    city: address?.city ?? "",
    state: address?.state ?? "",
    postalCode: address?.postalCode ?? "",
  }));
  const [, updateContact] = useMutation(UpdateMyContactMutation);
  const form = useStepForm(FIELDS);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!isPhoneNumber(values.phone)) errors.phone = t("phoneInvalid");
    if (!values.addressLine1.trim()) errors.addressLine1 = t("line1Required");
    if (!values.city.trim()) errors.city = t("cityRequired");
    if (!values.state) errors.state = t("stateRequired");
    if (!isZipCode(values.postalCode)) errors.postalCode = t("zipInvalid");
    return errors;
  };
  const save = async () => {
    const result = await updateContact({
      input: {
        phone: values.phone.trim(),
        addressLine1: values.addressLine1,
        addressLine2: values.addressLine2 || null,
        city: values.city,
        state: values.state,
        postalCode: values.postalCode.trim(),
      },
    });
    return toMutationOutcome(result.data?.updateMyContact, result.error);
  };

  return (
    <StepForm
      onSubmit={form.submit(validate, save, () => {
        clearStash();
        return advance();
      })}
      summary={summaryItems(FIELDS, form.fieldErrors, form.formErrors)}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      <p>{t("intro")}</p>
      {profile.email ? <p>{t("emailOnFile", { email: profile.email })}</p> : null}
      <InputField
        id="phone"
        label={t("phone")}
        optional={t("optional")}
        hint={t("phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
        value={values.phone}
        onChange={set("phone")}
        error={form.fieldErrors.phone}
      />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{t("addressLegend")}</legend>
        <InputField
          id="addressLine1"
          label={t("line1")}
          autoComplete="address-line1"
          value={values.addressLine1}
          onChange={set("addressLine1")}
          error={form.fieldErrors.addressLine1}
        />
        <InputField
          id="addressLine2"
          label={t("line2")}
          optional={t("optional")}
          autoComplete="address-line2"
          value={values.addressLine2}
          onChange={set("addressLine2")}
          error={form.fieldErrors.addressLine2}
        />
        <InputField
          id="city"
          label={t("city")}
          autoComplete="address-level2"
          value={values.city}
          onChange={set("city")}
          error={form.fieldErrors.city}
        />
        <SelectField
          id="state"
          label={t("state")}
          placeholder={t("choose")}
          autoComplete="address-level1"
          options={STATE_CODES.map((code) => ({ value: code, label: code }))}
          value={values.state}
          onChange={set("state")}
          error={form.fieldErrors.state}
        />
        <InputField
          id="postalCode"
          label={t("zip")}
          inputMode="numeric"
          autoComplete="postal-code"
          width="md"
          value={values.postalCode}
          onChange={set("postalCode")}
          error={form.fieldErrors.postalCode}
        />
      </fieldset>
    </StepForm>
  );
}
