"use client";
// "Your applications and claims" on the home page: each claim with its status in plain words,
// what that status means, and the key facts. Newest first, ten at a time.
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { useState } from "react";
import { useQuery } from "urql";
import { Button, QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { toneForStatus } from "./claim-status";
import { leaveSpan } from "./leave-dates";
import { MyClaimsQuery } from "./my-claims-query";
import { TONES } from "./status-tones";

const PAGE_SIZE = 10;

type ClaimSummary = ResultOf<typeof MyClaimsQuery>["myClaims"]["edges"][number]["node"];

export function MyClaimsSection() {
  const t = useTranslations();
  const [first, setFirst] = useState(PAGE_SIZE);
  const [result, reexecute] = useQuery({ query: MyClaimsQuery, variables: { first } });
  // Keep showing the list we have while "Show more" fetches a longer one.
  const [lastData, setLastData] = useState(result.data);
  if (result.data && result.data !== lastData) setLastData(result.data);
  const data = result.data ?? lastData;
  const claims = data?.myClaims.edges.map((edge) => edge.node) ?? [];

  let body;
  if (result.error && claims.length === 0) {
    body = (
      <QueryProblemNotice
        heading={t("claims.error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  } else if (!data) {
    body = <StatusMessage>{t("claims.loading")}</StatusMessage>;
  } else if (claims.length === 0) {
    body = (
      <div className="usa-summary-box">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text margin-top-0">{t("claims.empty")}</p>
          <p className="usa-summary-box__text margin-bottom-0">{t("claims.emptyNext")}</p>
        </div>
      </div>
    );
  } else {
    body = (
      <>
        <ul className="usa-list usa-list--unstyled claim-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <ClaimCard claim={claim} />
            </li>
          ))}
        </ul>
        {data.myClaims.pageInfo.hasNextPage ? (
          <Button type="button" outline onClick={() => setFirst((count) => count + PAGE_SIZE)}>
            {result.fetching ? t("common.loading") : t("claims.loadMore")}
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby="my-claims-heading" className="margin-bottom-6">
      <h2 id="my-claims-heading">{t("claims.heading")}</h2>
      {body}
    </section>
  );
}

function ClaimCard({ claim }: { claim: ClaimSummary }) {
  const t = useTranslations();
  const format = useFormat();
  const span = leaveSpan(claim.leavePeriods);
  const tone = TONES[toneForStatus(claim.status)];
  const title = claim.claimNumber ? t("claims.claimNumber", { number: claim.claimNumber }) : t("claims.draftTitle");
  return (
    <article className="claim-card" aria-labelledby={`claim-${claim.id}`}>
      <h3 id={`claim-${claim.id}`} className="margin-top-0 margin-bottom-1">
        {title}
      </h3>
      <p className="margin-y-1">
        <span className="usa-sr-only">{t("claims.status")}: </span>
        <span className={`usa-tag usa-tag--big text-no-uppercase ${tone.className}`}>
          {t(`claims.statuses.${claim.status}`)}
        </span>
      </p>
      <p className="margin-top-1">{t(`claims.statusHelp.${claim.status}`)}</p>
      <dl className="claim-facts">
        <div>
          <dt>{t("claims.program")}</dt>
          <dd>{claim.program.name}</dd>
        </div>
        <div>
          <dt>{t("claims.reason")}</dt>
          <dd>{claim.leaveReason ? t(`claims.reasons.${claim.leaveReason}`) : t("claims.reasonNotChosen")}</dd>
        </div>
        <div>
          <dt>{t("claims.leaveDates")}</dt>
          <dd>
            {span
              ? t("claims.dateRange", { start: format.calendarDate(span.start), end: format.calendarDate(span.end) })
              : t("claims.noDates")}
          </dd>
        </div>
        <div>
          <dt>{t("claims.employer")}</dt>
          <dd>{claim.employer?.name ?? t("common.notProvided")}</dd>
        </div>
        <div>
          <dt>{claim.submittedAt ? t("claims.submitted") : t("claims.started")}</dt>
          <dd>{format.instantDate(claim.submittedAt ?? claim.createdAt)}</dd>
        </div>
      </dl>
      {claim.status === "DRAFT" ? (
        <Link className="usa-button margin-top-2" href={`/apply/${claim.id}`}>
          {t("claims.continueApplication")}
          <span className="usa-sr-only">: {claim.program.name}</span>
        </Link>
      ) : (
        <Link className="usa-button usa-button--outline margin-top-2" href={`/claims/${claim.id}`}>
          {t("claims.openClaim")}
          <span className="usa-sr-only">: {title}</span>
        </Link>
      )}
    </article>
  );
}
