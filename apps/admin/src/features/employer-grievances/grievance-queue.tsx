"use client";
// The employer-grievance queue: contests waiting for a finding, oldest answer first (or, in the
// decided view, the findings already recorded), each opening the review page.
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { useQuery } from "urql";
import { EmployerGrievancesQuery } from "./grievances-query";

type Grievance = ResultOf<typeof EmployerGrievancesQuery>["employerGrievances"]["edges"][number]["node"];

export function GrievanceQueue({ decided, now = () => new Date() }: { decided: boolean; now?: () => Date }) {
  const t = useTranslations("grievances");
  const [result, reexecute] = useQuery({ query: EmployerGrievancesQuery, variables: { first: 50, decided } });
  if (result.error && !result.data) {
    return (
      <QueryProblemNotice
        headingLevel="h2"
        heading={t("error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <StatusMessage>{t("loading")}</StatusMessage>;
  const grievances = result.data.employerGrievances.edges.map((edge) => edge.node);
  if (grievances.length === 0) {
    return (
      <div className="usa-summary-box" role="status">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text margin-0">{decided ? t("emptyDecided") : t("empty")}</p>
        </div>
      </div>
    );
  }
  return (
    <>
      <p role="status">{t("shown", { count: grievances.length })}</p>
      <ul className="usa-list usa-list--unstyled">
        {grievances.map((grievance) => (
          <GrievanceCard key={grievance.id} grievance={grievance} now={now} />
        ))}
      </ul>
    </>
  );
}

function GrievanceCard({ grievance, now }: { grievance: Grievance; now: () => Date }) {
  const t = useTranslations();
  const format = useFormat();
  const headingId = `grievance-${grievance.id}-heading`;
  const number = grievance.claim.claimNumber ?? t("claim.noNumber");
  const name = `${grievance.claim.claimant.firstName} ${grievance.claim.claimant.lastName}`;
  const overdue =
    !grievance.grievanceFinding && grievance.grievanceDueAt
      ? new Date(grievance.grievanceDueAt).getTime() < now().getTime()
      : false;
  return (
    <li className="appeal-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="margin-top-0 font-heading-md">
        {t("grievances.cardTitle", { number, name })}
      </h2>
      <p className="margin-y-1">
        <span className="usa-tag text-no-uppercase">{t(`claim.statuses.${grievance.claim.status}`)}</span>{" "}
        {overdue ? <span className="usa-tag bg-error-dark text-no-uppercase">{t("grievances.overdue")}</span> : null}
      </p>
      <dl className="claim-facts">
        <div className="claim-facts__row">
          <dt>{t("grievances.employer")}</dt>
          <dd>{grievance.employer.name}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("grievances.reasons")}</dt>
          <dd>{format.list(grievance.contestReasons.map((reason) => t(`claim.contestReasons.${reason}`)))}</dd>
        </div>
        <div className="claim-facts__row">
          <dt>{t("grievances.contestedOn")}</dt>
          <dd>{grievance.respondedAt ? format.instantDate(grievance.respondedAt) : t("claim.none")}</dd>
        </div>
        {grievance.grievanceFinding ? (
          <div className="claim-facts__row">
            <dt>{t("grievances.finding")}</dt>
            <dd>
              {t(`grievances.outcomes.${grievance.grievanceFinding.outcome}`)} ·{" "}
              {format.instantDate(grievance.grievanceFinding.decidedAt)}
            </dd>
          </div>
        ) : grievance.grievanceDueAt ? (
          <div className="claim-facts__row">
            <dt>{t("grievances.due")}</dt>
            <dd>{format.instantDate(grievance.grievanceDueAt)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="margin-y-1">
        <Link className="usa-link" href={`/grievances/${grievance.id}`}>
          {grievance.grievanceFinding ? t("grievances.openDecided", { number }) : t("grievances.review", { number })}
        </Link>
      </p>
    </li>
  );
}
