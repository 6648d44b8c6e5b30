"use client";
// How a claimant is paid, as one set of fields: direct deposit (routing number with its check
// digit, the account number typed twice, checking or savings) or a paper check, and the federal
// tax withholding choice. The application's payment step and the claim page's "change how you
// are paid" form both use it, with the same checks and the same words (wizard.payment).
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@openleave/web";
import { InputField, RadioGroup } from "../apply/fields";
import { accountNumberProblem, confirmAccountProblem, routingNumberProblem } from "../apply/validation";

export const PAYMENT_METHOD_FIELDS = [
  "method",
  "routingNumber",
  "accountNumber",
  "confirmAccountNumber",
  "accountType",
  "withholding",
] as const;
export type PaymentMethodField = (typeof PAYMENT_METHOD_FIELDS)[number];
export type PaymentMethodValues = Record<PaymentMethodField, string>;

export type PaymentTranslator = ReturnType<typeof useTranslations<"wizard.payment">>;

export function emptyPaymentMethod(current?: { federalWithholdingElected: boolean } | null): PaymentMethodValues {
  return {
    method: "",
    routingNumber: "",
    accountNumber: "",
    confirmAccountNumber: "",
    accountType: "",
    withholding: current ? (current.federalWithholdingElected ? "yes" : "no") : "",
  };
}

/** The page's checks: the routing number's check digit, the account number typed twice the same. */
export function validatePaymentMethod(
  values: PaymentMethodValues,
  t: PaymentTranslator,
): FieldErrors<PaymentMethodField> {
  const errors: FieldErrors<PaymentMethodField> = {};
  if (!values.method) errors.method = t("methodRequired");
  if (values.method === "ACH") {
    const routing = routingNumberProblem(values.routingNumber);
    if (routing) errors.routingNumber = t(`routing.${routing}`);
    const account = accountNumberProblem(values.accountNumber);
    if (account) errors.accountNumber = t(`account.${account}`);
    const confirm = confirmAccountProblem(values.accountNumber, values.confirmAccountNumber);
    if (!account && confirm) errors.confirmAccountNumber = t(`confirm.${confirm}`);
    if (!values.accountType) errors.accountType = t("accountTypeRequired");
  }
  if (!values.withholding) errors.withholding = t("withholdingRequired");
  return errors;
}

/** The setPaymentPreference input for checked values (the API checks them again). */
export function paymentPreferenceInput(values: PaymentMethodValues) {
  const ach = values.method === "ACH";
  return {
    method: ach ? ("ACH" as const) : ("CHECK" as const),
    routingNumber: ach ? values.routingNumber.trim() : null,
    accountNumber: ach ? values.accountNumber.trim() : null,
    accountType: ach ? (values.accountType as "CHECKING" | "SAVINGS") : null,
    federalWithholding: values.withholding === "yes",
  };
}

export function PaymentMethodFields({
  values,
  onChange,
  errors,
}: {
  values: PaymentMethodValues;
  onChange: (field: PaymentMethodField, value: string) => void;
  errors: FieldErrors<PaymentMethodField>;
}) {
  const t = useTranslations("wizard.payment");
  const set = (field: PaymentMethodField) => (value: string) => onChange(field, value);
  return (
    <>
      <RadioGroup
        id="method"
        legend={t("methodLegend")}
        value={values.method}
        onChange={set("method")}
        error={errors.method}
        options={[
          { value: "ACH", label: t("ach"), description: t("achHelp") },
          { value: "CHECK", label: t("check"), description: t("checkHelp") },
        ]}
      />
      {values.method === "ACH" ? (
        <>
          <InputField
            id="routingNumber"
            label={t("routingLabel")}
            hint={t("routingHint")}
            inputMode="numeric"
            autoComplete="off"
            width="md"
            value={values.routingNumber}
            onChange={set("routingNumber")}
            error={errors.routingNumber}
          />
          <InputField
            id="accountNumber"
            label={t("accountLabel")}
            hint={t("accountHint")}
            inputMode="numeric"
            autoComplete="off"
            value={values.accountNumber}
            onChange={set("accountNumber")}
            error={errors.accountNumber}
          />
          <InputField
            id="confirmAccountNumber"
            label={t("confirmLabel")}
            inputMode="numeric"
            autoComplete="off"
            value={values.confirmAccountNumber}
            onChange={set("confirmAccountNumber")}
            error={errors.confirmAccountNumber}
          />
          <RadioGroup
            id="accountType"
            legend={t("accountTypeLegend")}
            value={values.accountType}
            onChange={set("accountType")}
            error={errors.accountType}
            options={[
              { value: "CHECKING", label: t("checking") },
              { value: "SAVINGS", label: t("savings") },
            ]}
          />
        </>
      ) : null}
      <RadioGroup
        id="withholding"
        legend={t("withholdingLegend")}
        hint={t("withholdingHint")}
        value={values.withholding}
        onChange={set("withholding")}
        error={errors.withholding}
        options={[
          { value: "yes", label: t("withholdYes") },
          { value: "no", label: t("withholdNo") },
        ]}
      />
    </>
  );
}
