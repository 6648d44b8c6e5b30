"use client";
// Overpayments for staff: what is owed back on each claim and how recovery stands (open, being
// recovered by offset against later payments, recovered, waived); supervisors and program
// administrators record one found outside an appeal and waive what is left, with a reason.
import { useCallback, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import {
  Button,
  QueryProblemNotice,
  StatusMessage,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
  useSession,
} from "@openleave/web";
import type { ResultOf } from "gql.tada";
import { useTranslations } from "next-intl";
import { FigureField } from "../published-figures/figure-field";
import {
  FindClaimForOverpaymentQuery,
  OverpaymentsQuery,
  RecordOverpaymentMutation,
  WaiveOverpaymentMutation,
} from "./payments-query";

type Overpayment = ResultOf<typeof OverpaymentsQuery>["overpayments"]["edges"][number]["node"];
type Status = Overpayment["status"];
const OWED: Status[] = ["OPEN", "IN_RECOVERY"];

export function Overpayments() {
  const t = useTranslations("overpayments");
  const session = useSession();
  const [onlyOwed, setOnlyOwed] = useState(true);
  const [result, reexecute] = useQuery({ query: OverpaymentsQuery, variables: { statuses: onlyOwed ? OWED : null } });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const mayAct =
    session.status === "signed-in" &&
    session.viewer.roles.some((role) => role === "SUPERVISOR" || role === "PROGRAM_ADMIN");

  let list;
  if (result.error && !result.data) {
    list = <QueryProblemNotice headingLevel="h2" heading={t("loadError")} error={result.error} onRetry={refresh} />;
  } else if (!result.data || result.fetching) {
    list = <StatusMessage>{t("loading")}</StatusMessage>;
  } else if (result.data.overpayments.edges.length === 0) {
    list = <p>{t("empty")}</p>;
  } else {
    list = (
      <OverpaymentsTable
        overpayments={result.data.overpayments.edges.map((edge) => edge.node)}
        mayAct={mayAct}
        onChanged={refresh}
      />
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="usa-intro">{t("intro")}</p>
      <div className="usa-checkbox margin-bottom-2">
        <input
          className="usa-checkbox__input"
          id="only-owed"
          type="checkbox"
          checked={onlyOwed}
          onChange={(e) => setOnlyOwed(e.target.checked)}
        />
        <label className="usa-checkbox__label" htmlFor="only-owed">
          {t("onlyOwed")}
        </label>
      </div>
      <section aria-labelledby="overpayments-heading">
        <h2 id="overpayments-heading">{t("listHeading")}</h2>
        {list}
      </section>
      {mayAct ? (
        <RecordOverpayment onRecorded={refresh} />
      ) : (
        <p className="margin-top-4 text-base-dark">{t("onlySupervisors")}</p>
      )}
    </>
  );
}

function OverpaymentsTable({
  overpayments,
  mayAct,
  onChanged,
}: {
  overpayments: readonly Overpayment[];
  mayAct: boolean;
  onChanged: () => void;
}) {
  const t = useTranslations("overpayments");
  const format = useFormat();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked">
      <caption className="usa-sr-only">{t("listHeading")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("column.claim")}</th>
          <th scope="col">{t("column.amount")}</th>
          <th scope="col">{t("column.recovery")}</th>
          <th scope="col">{t("column.reason")}</th>
          {mayAct ? <th scope="col">{t("column.action")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {overpayments.map((o) => (
          <tr key={o.id}>
            <th scope="row" data-label={t("column.claim")}>
              <a className="usa-link" href={`/claims/${o.claim.id}`}>
                {o.claim.claimNumber ?? t("draftClaim")}
              </a>
              <span className="display-block text-base-dark">{format.instantDate(o.createdAt)}</span>
            </th>
            <td data-label={t("column.amount")}>{format.money(o.amount)}</td>
            <td data-label={t("column.recovery")}>
              {t(`status.${o.status}`)}
              <span className="display-block">
                {t("recovered", { recovered: format.money(o.recoveredAmount), balance: format.money(o.balance) })}
              </span>
              {o.waiverReason ? <span className="display-block text-base-dark">{o.waiverReason}</span> : null}
            </td>
            <td data-label={t("column.reason")}>{o.reason}</td>
            {mayAct ? (
              <td data-label={t("column.action")}>
                {OWED.includes(o.status) ? <Waive overpayment={o} onWaived={onChanged} /> : t("noAction")}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Waive({ overpayment, onWaived }: { overpayment: Overpayment; onWaived: () => void }) {
  const t = useTranslations("overpayments.waive");
  const problemMessage = useProblemMessage();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, waive] = useMutation(WaiveOverpaymentMutation);
  const submit = async () => {
    setError(undefined);
    const result = await waive({ input: { overpaymentId: overpayment.id, reason } });
    const outcome = toMutationOutcome(result.data?.waiveOverpayment, result.error);
    if (outcome.kind === "success") onWaived();
    else
      setError(
        outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome),
      );
  };
  const id = `waive-${overpayment.id}`;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FigureField id={id} label={t("reasonLabel")} hint={t("reasonHint")} error={error}>
        <textarea
          className="usa-textarea height-auto"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FigureField>
      <Button type="submit" secondary disabled={fetching} className="margin-top-1">
        {t("submit")}
        <span className="usa-sr-only"> {overpayment.claim.claimNumber}</span>
      </Button>
    </form>
  );
}

type FieldErrors = Partial<Record<"claimNumber" | "amount" | "reason", string>>;

function RecordOverpayment({ onRecorded }: { onRecorded: () => void }) {
  const t = useTranslations("overpayments.record");
  const problemMessage = useProblemMessage();
  const client = useClient();
  const [claimNumber, setClaimNumber] = useState("");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [{ fetching }, record] = useMutation(RecordOverpaymentMutation);

  const submit = async () => {
    setErrors({});
    setProblem(undefined);
    setDone(undefined);
    const number = claimNumber.trim();
    if (!number) return setErrors({ claimNumber: t("claimRequired") });
    const found = await client.query(FindClaimForOverpaymentQuery, { search: number }).toPromise();
    const claim = found.data?.findClaims.find((c) => c.claimNumber?.toUpperCase() === number.toUpperCase());
    if (!claim) return setErrors({ claimNumber: t("claimNotFound", { number }) });
    const result = await record({ input: { claimId: claim.id, amount: amount.trim(), reason } });
    const outcome = toMutationOutcome(result.data?.recordOverpayment, result.error);
    if (outcome.kind === "success") {
      // The entries stay for the next one only if it failed: a recorded one clears the form.
      setClaimNumber("");
      setAmount("");
      setReason("");
      setDone(t("recorded", { number }));
      onRecorded();
    } else if (outcome.kind === "invalid-input") {
      const next: FieldErrors = {};
      for (const issue of outcome.issues) {
        const field = issue.path.at(-1);
        if (field === "amount" || field === "reason") next[field] = issue.message;
        else next.claimNumber = issue.message;
      }
      setErrors(next);
    } else setProblem(problemMessage(outcome));
  };

  return (
    <form
      className="usa-form maxw-mobile-lg margin-top-6"
      aria-labelledby="record-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="record-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <FigureField id="record-claim" label={t("claimLabel")} hint={t("claimHint")} error={errors.claimNumber}>
        <input className="usa-input" value={claimNumber} onChange={(e) => setClaimNumber(e.target.value)} />
      </FigureField>
      <FigureField id="record-amount" label={t("amountLabel")} hint={t("amountHint")} error={errors.amount}>
        <input className="usa-input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </FigureField>
      <FigureField id="record-reason" label={t("reasonLabel")} error={errors.reason}>
        <textarea className="usa-textarea" value={reason} onChange={(e) => setReason(e.target.value)} />
      </FigureField>
      {problem ? (
        <div className="usa-alert usa-alert--error usa-alert--slim margin-top-2" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{problem}</p>
          </div>
        </div>
      ) : null}
      <Button type="submit" disabled={fetching} className="margin-top-2">
        {t("submit")}
      </Button>
      <div role="status" aria-live="polite">
        {done ? <p className="text-success-dark margin-top-1">{done}</p> : null}
      </div>
    </form>
  );
}
