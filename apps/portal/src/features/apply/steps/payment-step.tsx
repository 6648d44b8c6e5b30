"use client";
import { useState } from "react";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome } from "@openleave/web";
import { useTranslations } from "next-intl";
import {
  emptyPaymentMethod,
  PAYMENT_METHOD_FIELDS,
  PaymentMethodFields,
  type PaymentMethodValues,
  paymentPreferenceInput,
  type PaymentTranslator,
  validatePaymentMethod,
} from "../../payments/payment-method-fields";
import { SetPaymentPreferenceMutation } from "../application-documents";
import { RadioGroup } from "../fields";
import { StepForm } from "../step-form";
import { useStepForm, useWizard } from "../wizard-context";

const FIELDS = ["keep", ...PAYMENT_METHOD_FIELDS] as const;
type Field = (typeof FIELDS)[number];
type Values = PaymentMethodValues & { keep: string };

/** The step's checks: keep or change what is on file, then the payment method's own checks. */
export function validatePayment(values: Values, t: PaymentTranslator, hasCurrent: boolean): FieldErrors<Field> {
  if (hasCurrent && !values.keep) return { keep: t("keepRequired") };
  if (hasCurrent && values.keep === "keep") return {};
  return validatePaymentMethod(values, t);
}

export function PaymentStep() {
  const t = useTranslations("wizard.payment");
  const { profile, advance } = useWizard();
  const current = profile.paymentPreference;
  const [values, setValues] = useState<Values>({ keep: "", ...emptyPaymentMethod(current) });
  const [, setPreference] = useMutation(SetPaymentPreferenceMutation);
  const form = useStepForm(FIELDS);
  const set = (field: Field) => (value: string) => setValues((now) => ({ ...now, [field]: value }));
  const changing = !current || values.keep === "change";

  const save = async () => {
    if (!changing) return null;
    const result = await setPreference({ input: paymentPreferenceInput(values) });
    return toMutationOutcome(result.data?.setPaymentPreference, result.error);
  };

  return (
    <StepForm
      onSubmit={form.submit(
        () => validatePayment(values, t, current != null),
        save,
        () => advance(),
      )}
      summary={summaryItems(FIELDS, form.fieldErrors, form.formErrors)}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      {current ? (
        <RadioGroup
          id="keep"
          legend={
            current.method === "ACH"
              ? t("currentAch", { account: current.accountNumberMasked ?? "" })
              : t("currentCheck")
          }
          hint={current.federalWithholdingElected ? t("currentWithholding") : t("currentNoWithholding")}
          value={values.keep}
          onChange={set("keep")}
          error={form.fieldErrors.keep}
          options={[
            { value: "keep", label: t("keep") },
            { value: "change", label: t("change") },
          ]}
        />
      ) : null}
      {changing ? (
        <PaymentMethodFields values={values} onChange={(field, value) => set(field)(value)} errors={form.fieldErrors} />
      ) : null}
    </StepForm>
  );
}
