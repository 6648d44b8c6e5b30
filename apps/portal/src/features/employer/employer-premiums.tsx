"use client";
// Premium statements per quarter: what was reported, what is subject to premium, the employee
// share (withheld from pay), the employer share and the amount due. Computed by the API with the
// rules package; this page only formats the decimal amounts.
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { EmployerPremiumsQuery } from "./employer-documents";

export function EmployerPremiums({ employerId, employerName }: { employerId: string; employerName: string }) {
  const t = useTranslations("employers.premiums");
  const format = useFormat();
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
  } else if (result.data.employerPremiums.length === 0) {
    body = <p>{t("empty")}</p>;
  } else {
    body = (
      <ul className="usa-list usa-list--unstyled">
        {result.data.employerPremiums.map((statement) => {
          const id = `premium-${statement.programName}-${statement.year}-${statement.quarter}`.replace(/\W+/g, "-");
          return (
            <li key={id}>
              <article className="claim-card" aria-labelledby={id}>
                <h2 id={id} className="margin-top-0 margin-bottom-1 font-sans-md">
                  {t("quarter", { quarter: String(statement.quarter), year: String(statement.year) })}
                </h2>
                <p className="margin-y-05">{statement.programName}</p>
                {statement.unavailableReason ? (
                  <p>{t("unavailable", { reason: statement.unavailableReason })}</p>
                ) : (
                  <>
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
                          {statement.employerShareRequired === false
                            ? t("employerShareNotRequired")
                            : format.money(statement.employerShare)}
                        </dd>
                      </div>
                      <div>
                        <dt>{t("amountDue")}</dt>
                        <dd className="text-bold">{format.money(statement.amountDue)}</dd>
                      </div>
                    </dl>
                    {statement.employeeRate && statement.employerRate ? (
                      <p className="usa-hint">
                        {t("rates", {
                          employee: format.percent(statement.employeeRate),
                          employer: format.percent(statement.employerRate),
                        })}
                      </p>
                    ) : null}
                  </>
                )}
              </article>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <>
      <h1>{t("title", { name: employerName })}</h1>
      <p>{t("intro")}</p>
      {body}
    </>
  );
}
