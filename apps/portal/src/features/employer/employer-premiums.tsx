"use client";
// Premium statements per quarter, as the API stores them: what was reported, the wage cap, what
// is subject to premium, the employee share (withheld from pay), the employer share and the
// amount due — or the private-plan exemption that replaces it. A quarter amended later shows its
// current version first and its earlier versions below; the wage reports filed are listed
// after. Computed by the API with the rules package; this page only formats decimal strings.
import Link from "next/link";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import type { ResultOf } from "gql.tada";
import { EmployerPremiumsQuery, EmployerPrivatePlansQuery } from "./employer-documents";

type Statement = ResultOf<typeof EmployerPremiumsQuery>["premiumStatements"][number];
type Report = NonNullable<ResultOf<typeof EmployerPremiumsQuery>["wageReports"]["edges"][number]>["node"];

const periodKey = (s: Statement) => `${s.program.id}-${s.year}-${s.quarter}`;

export function EmployerPremiums({ employerId, employerName }: { employerId: string; employerName: string }) {
  const t = useTranslations("employers.premiums");
  const [result, reexecute] = useQuery({ query: EmployerPremiumsQuery, variables: { employerId } });
  let body;
  if (result.error && !result.data) {
    body = (
      <QueryProblemNotice
        heading={t("error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  } else if (!result.data) {
    body = <StatusMessage>{t("loading")}</StatusMessage>;
  } else {
    const statements = result.data.premiumStatements;
    const current = statements.filter((s) => s.current);
    const history = new Map<string, Statement[]>();
    for (const s of statements.filter((s) => !s.current))
      history.set(periodKey(s), [...(history.get(periodKey(s)) ?? []), s]);
    const reports = result.data.wageReports.edges.flatMap((edge) => (edge?.node ? [edge.node] : []));
    body = (
      <>
        <section aria-labelledby="statements-heading">
          <h2 id="statements-heading">{t("statementsHeading")}</h2>
          {current.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {current.map((statement) => (
                <li key={statement.id}>
                  <StatementCard statement={statement} earlier={history.get(periodKey(statement)) ?? []} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <ReportHistory employerId={employerId} reports={reports} />
      </>
    );
  }
  return (
    <>
      <h1>{t("title", { name: employerName })}</h1>
      <p>{t("intro")}</p>
      <ExemptionStatus employerId={employerId} />
      {body}
    </>
  );
}

function StatementCard({ statement, earlier }: { statement: Statement; earlier: Statement[] }) {
  const t = useTranslations("employers.premiums");
  const format = useFormat();
  const id = `statement-${statement.id}`;
  return (
    <article className="claim-card" aria-labelledby={id}>
      <h3 id={id} className="margin-top-0 margin-bottom-1 font-sans-md">
        {t("quarter", { quarter: String(statement.quarter), year: String(statement.year) })}
      </h3>
      <p className="margin-y-05">
        {statement.program.name} · {t("version", { version: String(statement.version) })} ·{" "}
        {t(`reason.${statement.reason as "WAGE_REPORT"}`)}
      </p>
      {statement.exempt && statement.privatePlan ? (
        <div className="usa-alert usa-alert--info usa-alert--slim margin-y-1">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t("exempt", {
                administrator: statement.privatePlan.administratorName,
                from: statement.privatePlan.effectiveFrom
                  ? format.calendarDate(statement.privatePlan.effectiveFrom)
                  : "",
              })}
            </p>
          </div>
        </div>
      ) : null}
      <dl className="claim-facts">
        <div>
          <dt>{t("workers")}</dt>
          <dd>{format.number(statement.workerCount)}</dd>
        </div>
        <div>
          <dt>{t("totalWages")}</dt>
          <dd>{format.money(statement.totalWages)}</dd>
        </div>
        <div>
          <dt>{t("wageCap")}</dt>
          <dd>
            {statement.wageCap ? t("wageCapPerWorker", { cap: format.money(statement.wageCap) }) : t("noWageCap")}
          </dd>
        </div>
        <div>
          <dt>{t("taxableWages")}</dt>
          <dd>{format.money(statement.taxableWages)}</dd>
        </div>
        <div>
          <dt>{t("employeeShare")}</dt>
          <dd>{format.money(statement.employeeShare)}</dd>
        </div>
        <div>
          <dt>{t("employerShare")}</dt>
          <dd>
            {statement.employerShareRequired
              ? format.money(statement.employerShare)
              : t("employerShareNotRequired", { size: format.number(statement.employerSize) })}
          </dd>
        </div>
        <div>
          <dt>{t("amountDue")}</dt>
          <dd className="text-bold">{format.money(statement.amountDue)}</dd>
        </div>
      </dl>
      <p className="usa-hint">
        {t("rates", {
          employee: format.percent(statement.employeeRate),
          employer: format.percent(statement.employerRate),
        })}
        {statement.wageReport ? ` ${t("fromReport", { file: statement.wageReport.fileName })}` : ""}
      </p>
      {earlier.length > 0 ? (
        <details>
          <summary>{t("earlierVersions", { count: earlier.length })}</summary>
          <ul>
            {earlier.map((old) => (
              <li key={old.id}>
                {t("earlierVersion", {
                  version: String(old.version),
                  date: format.instantDate(old.createdAt),
                  amount: format.money(old.amountDue),
                  wages: format.money(old.totalWages),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}

function ReportHistory({ employerId, reports }: { employerId: string; reports: Report[] }) {
  const t = useTranslations("employers.premiums");
  const format = useFormat();
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t("reportsHeading")}</h2>
      {reports.length === 0 ? (
        <p>{t("noReports")}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked">
          <thead>
            <tr>
              <th scope="col">{t("reportQuarter")}</th>
              <th scope="col">{t("reportFile")}</th>
              <th scope="col">{t("reportRows")}</th>
              <th scope="col">{t("reportFiled")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <th scope="row" data-label={t("reportQuarter")}>
                  {t("quarter", { quarter: String(report.quarter), year: String(report.year) })}
                </th>
                <td data-label={t("reportFile")}>{report.fileName}</td>
                <td data-label={t("reportRows")}>
                  {t("reportCounts", { accepted: report.acceptedCount, rejected: report.rejectedCount })}
                </td>
                <td data-label={t("reportFiled")}>{format.instantDateTime(report.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link href={`/employers/${employerId}/wage-reports`}>{t("fileReport")}</Link>
      </p>
    </section>
  );
}

/**
 * Whether an approved private plan is in effect today (its quarters owe nothing), or an
 * application waits for a decision. Says nothing while loading or when the plans cannot be read:
 * the statements below still show each quarter's exemption.
 */
function ExemptionStatus({ employerId, now = () => new Date() }: { employerId: string; now?: () => Date }) {
  const t = useTranslations("employers.premiums");
  const format = useFormat();
  const [result] = useQuery({ query: EmployerPrivatePlansQuery, variables: { employerId } });
  const plans = result.data?.privatePlans ?? [];
  // The browser's calendar day; exemptions change on quarter starts, so a zone's difference is moot.
  const today = new Intl.DateTimeFormat("en-CA").format(now());
  const inEffect = plans.find(
    (plan) =>
      plan.status === "APPROVED" &&
      plan.effectiveFrom !== null &&
      plan.effectiveFrom <= today &&
      (plan.effectiveTo === null || plan.effectiveTo >= today),
  );
  const pending = plans.some((plan) => plan.status === "SUBMITTED");
  if (!inEffect && !pending) return null;
  const link = (
    <Link className="usa-link" href={`/employers/${encodeURIComponent(employerId)}/private-plan`}>
      {t("privatePlanLink")}
    </Link>
  );
  return (
    <div className={`usa-alert ${inEffect ? "usa-alert--success" : "usa-alert--info"} usa-alert--slim margin-y-2`}>
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {inEffect
            ? t("exemptionInEffect", {
                administrator: inEffect.administratorName,
                period: inEffect.effectiveTo
                  ? t("exemptionPeriodRange", {
                      from: format.calendarDate(inEffect.effectiveFrom!),
                      to: format.calendarDate(inEffect.effectiveTo),
                    })
                  : t("exemptionPeriodOpen", { from: format.calendarDate(inEffect.effectiveFrom!) }),
              })
            : t("exemptionPending")}{" "}
          {link}
        </p>
      </div>
    </div>
  );
}
