"use client";
import { useState } from "react";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome } from "@openleave/web";
import { useTranslations } from "next-intl";
import { SetPaymentPreferenceMutation } from "../application-documents";
import { InputField, RadioGroup } from "../fields";
import { StepForm } from "../step-form";
import { accountNumberProblem, confirmAccountProblem, routingNumberProblem } from "../validation";
import { useStepForm, useWizard } from "../wizard-context";

const FIELDS = [
  "keep",
  "method",
  "routingNumber",
  "accountNumber",
  "confirmAccountNumber",
  "accountType",
  "withholding",
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

type PaymentTranslator = ReturnType<typeof useTranslations<"wizard.payment">>;

/** The page's checks: the routing number's check digit, the account number typed twice the same. */
export function validatePayment(values: Values, t: PaymentTranslator, hasCurrent: boolean): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (hasCurrent && !values.keep) errors.keep = t("keepRequired");
  if (hasCurrent && values.keep === "keep") return errors;
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

export function PaymentStep() {
  const t = useTranslations("wizard.payment");
  const { profile, advance } = useWizard();
  const current = profile.paymentPreference;
  const [values, setValues] = useState<Values>({
    keep: "",
    method: "",
    routingNumber: "",
    accountNumber: "",
    confirmAccountNumber: "",
    accountType: "",
    withholding: current ? (current.federalWithholdingElected ? "yes" : "no") : "",
  });
  const [, setPreference] = useMutation(SetPaymentPreferenceMutation);
  const form = useStepForm(FIELDS);
  const set = (field: Field) => (value: string) => setValues((now) => ({ ...now, [field]: value }));
  const changing = !current || values.keep === "change";

  const save = async () => {
    if (!changing) return null;
    const ach = values.method === "ACH";
    const result = await setPreference({
      input: {
        method: ach ? "ACH" : "CHECK",
        routingNumber: ach ? values.routingNumber.trim() : null,
        accountNumber: ach ? values.accountNumber.trim() : null,
        accountType: ach ? (values.accountType as "CHECKING" | "SAVINGS") : null,
        federalWithholding: values.withholding === "yes",
      },
    });
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
        <>
          <RadioGroup
            id="method"
            legend={t("methodLegend")}
            value={values.method}
            onChange={set("method")}
            error={form.fieldErrors.method}
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
                error={form.fieldErrors.routingNumber}
              />
              <InputField
                id="accountNumber"
                label={t("accountLabel")}
                hint={t("accountHint")}
                inputMode="numeric"
                autoComplete="off"
                value={values.accountNumber}
                onChange={set("accountNumber")}
                error={form.fieldErrors.accountNumber}
              />
              <InputField
                id="confirmAccountNumber"
                label={t("confirmLabel")}
                inputMode="numeric"
                autoComplete="off"
                value={values.confirmAccountNumber}
                onChange={set("confirmAccountNumber")}
                error={form.fieldErrors.confirmAccountNumber}
              />
              <RadioGroup
                id="accountType"
                legend={t("accountTypeLegend")}
                value={values.accountType}
                onChange={set("accountType")}
                error={form.fieldErrors.accountType}
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
            error={form.fieldErrors.withholding}
            options={[
              { value: "yes", label: t("withholdYes") },
              { value: "no", label: t("withholdNo") },
            ]}
          />
        </>
      ) : null}
    </StepForm>
  );
}
