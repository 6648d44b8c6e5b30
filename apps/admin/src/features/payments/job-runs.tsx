"use client";
// Background jobs for staff (timers, payment schedule, settlement, payment runs, reconciliations):
// the newest first, or only the ones that gave up after their retries, with their error.
import { useCallback, useState } from "react";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import type { ResultOf } from "gql.tada";
import { useTranslations } from "next-intl";
import { JobRunsQuery } from "./payments-query";

type Job = ResultOf<typeof JobRunsQuery>["jobRuns"]["edges"][number]["node"];
type JobStatus = Job["status"];

export function JobRuns() {
  const t = useTranslations("jobs");
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [result, reexecute] = useQuery({
    query: JobRunsQuery,
    variables: { status: onlyFailed ? "FAILED" : null },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);

  let list;
  if (result.error && !result.data) {
    list = <QueryProblemNotice headingLevel="h2" heading={t("loadError")} error={result.error} onRetry={refresh} />;
  } else if (!result.data || result.fetching) {
    list = <StatusMessage>{t("loading")}</StatusMessage>;
  } else if (result.data.jobRuns.edges.length === 0) {
    list = <p>{onlyFailed ? t("noFailures") : t("empty")}</p>;
  } else {
    list = <JobsTable jobs={result.data.jobRuns.edges.map((edge) => edge.node)} />;
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="usa-intro">{t("intro")}</p>
      <div className="usa-checkbox margin-bottom-2">
        <input
          className="usa-checkbox__input"
          id="only-failed"
          type="checkbox"
          checked={onlyFailed}
          onChange={(e) => setOnlyFailed(e.target.checked)}
        />
        <label className="usa-checkbox__label" htmlFor="only-failed">
          {t("onlyFailed")}
        </label>
      </div>
      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">{t("listHeading")}</h2>
        {list}
      </section>
    </>
  );
}

function JobsTable({ jobs }: { jobs: readonly Job[] }) {
  const t = useTranslations("jobs");
  const format = useFormat();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked">
      <caption className="usa-sr-only">{t("listHeading")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("column.job")}</th>
          <th scope="col">{t("column.status")}</th>
          <th scope="col">{t("column.attempts")}</th>
          <th scope="col">{t("column.when")}</th>
          <th scope="col">{t("column.error")}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id}>
            <th scope="row" data-label={t("column.job")}>
              {job.name}
              <span className="display-block font-mono-3xs text-base-dark">{job.key}</span>
            </th>
            <td data-label={t("column.status")}>{t(`status.${job.status as JobStatus}`)}</td>
            <td data-label={t("column.attempts")}>
              {t("attempts", { attempts: String(job.attempts), max: String(job.maxAttempts) })}
            </td>
            <td data-label={t("column.when")}>
              {job.finishedAt
                ? t("finished", { at: format.instantDateTime(job.finishedAt) })
                : t("due", { at: format.instantDateTime(job.runAt) })}
            </td>
            <td data-label={t("column.error")}>{job.lastError ?? t("noError")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
