"use client";
// Payment runs for staff: each run date's status and totals, its batches (an ACH file or a check
// register) with their downloads for supervisors and program administrators (the API gives no
// download path to anyone else, and audits each download), starting a run by hand, and the
// bank's ACH return and check settlement files (supervisors and program administrators).
import { useCallback, useState } from "react";
import { useMutation, useQuery } from "urql";
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
import { AchReturnImport } from "./ach-return-import";
import { CheckSettlementImport } from "./check-settlement-import";
import { PaymentRunsQuery, StartPaymentRunMutation } from "./payments-query";

export function PaymentRuns() {
  const t = useTranslations("payments");
  const session = useSession();
  const [result, reexecute] = useQuery({ query: PaymentRunsQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const mayPay =
    session.status === "signed-in" &&
    session.viewer.roles.some((role) => role === "SUPERVISOR" || role === "PROGRAM_ADMIN");

  let list;
  if (result.error && !result.data) {
    list = <QueryProblemNotice headingLevel="h2" heading={t("loadError")} error={result.error} onRetry={refresh} />;
  } else if (!result.data) {
    list = <StatusMessage>{t("loading")}</StatusMessage>;
  } else if (result.data.paymentRuns.edges.length === 0) {
    list = <p>{t("empty")}</p>;
  } else {
    list = <RunsTable runs={result.data.paymentRuns.edges.map((edge) => edge.node)} />;
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="usa-intro">{t("intro")}</p>
      {mayPay ? <StartRun onStarted={refresh} /> : <p className="text-base-dark">{t("onlySupervisors")}</p>}
      {mayPay ? <AchReturnImport onImported={refresh} /> : null}
      {mayPay ? <CheckSettlementImport onImported={refresh} /> : null}
      <section aria-labelledby="payment-runs-heading" className="margin-top-4">
        <h2 id="payment-runs-heading">{t("listHeading")}</h2>
        {list}
      </section>
    </>
  );
}

function StartRun({ onStarted }: { onStarted: () => void }) {
  const t = useTranslations("payments.start");
  const problemMessage = useProblemMessage();
  const format = useFormat();
  const [runDate, setRunDate] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [{ fetching }, start] = useMutation(StartPaymentRunMutation);

  const submit = async () => {
    setError(undefined);
    setDone(undefined);
    const result = await start({ runDate: runDate || null });
    const outcome = toMutationOutcome(result.data?.startPaymentRun, result.error);
    if (outcome.kind === "success") {
      setDone(t("started", { date: format.calendarDate(outcome.data.runDate) }));
      onStarted();
    } else {
      setError(
        outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome),
      );
    }
  };

  return (
    <form
      className="usa-form maxw-mobile-lg"
      aria-labelledby="start-run-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="start-run-heading">{t("heading")}</h2>
      <FigureField id="run-date" label={t("dateLabel")} hint={t("dateHint")} error={error}>
        <input className="usa-input" type="date" value={runDate} onChange={(e) => setRunDate(e.target.value)} />
      </FigureField>
      <Button type="submit" disabled={fetching} className="margin-top-2">
        {t("submit")}
      </Button>
      <div role="status" aria-live="polite">
        {done ? <p className="text-success-dark margin-top-1">{done}</p> : null}
      </div>
    </form>
  );
}

type Run = ResultOf<typeof PaymentRunsQuery>["paymentRuns"]["edges"][number]["node"];

function RunsTable({ runs }: { runs: readonly Run[] }) {
  const t = useTranslations("payments");
  const format = useFormat();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked">
      <caption className="usa-sr-only">{t("listHeading")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("column.runDate")}</th>
          <th scope="col">{t("column.status")}</th>
          <th scope="col">{t("column.payments")}</th>
          <th scope="col">{t("column.total")}</th>
          <th scope="col">{t("column.files")}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id}>
            <th scope="row" data-label={t("column.runDate")}>
              {format.calendarDate(run.runDate)}
              <span className="display-block text-base-dark">
                {run.startedByStaff ? t("startedByStaff") : t("startedByJob")}
              </span>
            </th>
            <td data-label={t("column.status")}>
              {t(`runStatus.${run.status as "QUEUED" | "RUNNING" | "DONE" | "FAILED"}`)}
              {run.lastError ? <span className="display-block text-error-dark">{run.lastError}</span> : null}
            </td>
            <td data-label={t("column.payments")}>
              {format.number(run.paymentCount)}
              {run.reroutedToCheck > 0 ? (
                <span className="display-block">{t("rerouted", { count: run.reroutedToCheck })}</span>
              ) : null}
              {run.held > 0 ? <span className="display-block">{t("held", { count: run.held })}</span> : null}
            </td>
            <td data-label={t("column.total")}>{format.money(run.totalNet)}</td>
            <td data-label={t("column.files")}>
              {run.batches.length === 0 ? t("noBatches") : null}
              <ul className="usa-list usa-list--unstyled">
                {run.batches.map((batch) => (
                  <li key={batch.id} className="margin-bottom-1">
                    {t(batch.method === "ACH" ? "batch.ach" : "batch.checks", {
                      count: batch.count,
                      total: format.money(batch.totalNet),
                    })}{" "}
                    <span className="text-base-dark">
                      {batch.settledAt
                        ? t("batch.settled")
                        : batch.settlementDate
                          ? t("batch.settles", { date: format.calendarDate(batch.settlementDate) })
                          : t("batch.sent")}
                    </span>
                    {batch.downloadPath ? (
                      <a className="usa-link display-block" href={batch.downloadPath} download>
                        {t(batch.method === "ACH" ? "batch.downloadAch" : "batch.downloadRegister")}
                        <span className="usa-sr-only"> {batch.fileName}</span>
                      </a>
                    ) : null}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
