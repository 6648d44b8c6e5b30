"use client";
// How the claimant is paid, from the claim page: the current method (a bank account only by its
// last four digits) and a form to change it — the application's payment fields and checks
// (features/payments), checked again by the API, which audits the change and emails a confirmation.
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { useTranslations } from "next-intl";
import {
  ErrorSummary,
  issuesToErrors,
  Notice,
  QueryProblemNotice,
  StatusMessage,
  summaryItems,
  type FieldErrors,
  useProblemMessage,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { SetPaymentPreferenceMutation } from "../../apply/application-documents";
import {
  emptyPaymentMethod,
  PAYMENT_METHOD_FIELDS,
  PaymentMethodFields,
  type PaymentMethodField,
  type PaymentMethodValues,
  paymentPreferenceInput,
  validatePaymentMethod,
} from "../../payments/payment-method-fields";
import { CurrentPaymentMethodQuery } from "./manage-documents";

export function PaymentMethod() {
  const t = useTranslations("claimManage.payment");
  const tFields = useTranslations("wizard.payment");
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [result, reexecute] = useQuery({ query: CurrentPaymentMethodQuery });
  const [changing, setChanging] = useState(false);
  const [values, setValues] = useState<PaymentMethodValues>(emptyPaymentMethod());
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<PaymentMethodField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failures, setFailures] = useState(0);
  const [done, setDone] = useState(false);
  const [{ fetching }, save] = useMutation(SetPaymentPreferenceMutation);
  const doneRef = useRef<HTMLDivElement>(null);
  const current = result.data?.myProfile?.paymentPreference ?? null;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const show = (errors: FieldErrors<PaymentMethodField>, form: string[] = []) => {
    setFieldErrors(errors);
    setFormErrors(form);
    setFailures((count) => count + 1);
  };

  const start = () => {
    setDone(false);
    setValues(emptyPaymentMethod(current));
    setFieldErrors({});
    setFormErrors([]);
    setChanging(true);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const errors = validatePaymentMethod(values, tFields);
    if (Object.keys(errors).length > 0) return show(errors);
    const answer = await save({ input: paymentPreferenceInput(values) });
    const outcome = toOutcome(answer.data?.setPaymentPreference, answer.error);
    if (outcome.kind === "success") {
      setChanging(false);
      setDone(true);
      // The account number leaves the page's memory as soon as it is saved.
      setValues(emptyPaymentMethod());
      reexecute({ requestPolicy: "network-only" });
      return;
    }
    if (outcome.kind === "invalid-input") {
      const mapped = issuesToErrors(outcome.issues, PAYMENT_METHOD_FIELDS);
      return show(mapped.fieldErrors, mapped.formErrors);
    }
    show({}, [problemMessage(outcome)]);
  };

  return (
    <section aria-labelledby="payment-method-heading">
      <h2 id="payment-method-heading">{t("heading")}</h2>
      {result.error && !result.data ? (
        <QueryProblemNotice
          heading={t("loadError")}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : !result.data ? (
        <StatusMessage>{t("loading")}</StatusMessage>
      ) : (
        <>
          <p data-testid="current-payment-method">
            {!current
              ? t("none")
              : current.method === "ACH"
                ? t(current.accountType === "SAVINGS" ? "currentSavings" : "currentChecking", {
                    account: current.accountNumberMasked ?? "",
                  })
                : t("currentCheck")}
            {current ? ` ${current.federalWithholdingElected ? t("withholding") : t("noWithholding")}` : null}
          </p>
          <p>{t("allClaims")}</p>
          <div ref={doneRef} tabIndex={-1}>
            {done ? (
              <Notice type="success" heading={t("doneHeading")} headingLevel="h3">
                <p>{t("done")}</p>
              </Notice>
            ) : null}
          </div>
          {changing ? (
            <form className="usa-form usa-form--large" noValidate onSubmit={submit} aria-busy={fetching}>
              <ErrorSummary items={summaryItems(PAYMENT_METHOD_FIELDS, fieldErrors, formErrors)} focusKey={failures} />
              <PaymentMethodFields
                values={values}
                onChange={(field, value) => setValues((now) => ({ ...now, [field]: value }))}
                errors={fieldErrors}
              />
              <div className="margin-top-3">
                <button type="submit" className="usa-button" disabled={fetching}>
                  {fetching ? t("saving") : t("save")}
                </button>
                <button
                  type="button"
                  className="usa-button usa-button--unstyled margin-left-2"
                  onClick={() => setChanging(false)}
                  disabled={fetching}
                >
                  {t("cancel")}
                </button>
              </div>
            </form>
          ) : (
            <button type="button" className="usa-button usa-button--outline" onClick={start}>
              {t("change")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
