"use client";
// A claimant's own claim: where it stands and what comes next, the leave, the employer's answer
// (only that they answered, never their words), decisions with their appeal deadline, requests
// for information, notices, every payment with a total, weekly hours of intermittent or
// reduced-schedule leave, how the claimant is paid, asking for more leave, and withdrawal while
// it is allowed.
import type { ResultOf } from "gql.tada";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { toneForStatus } from "../claim-status";
import { TONES } from "../status-tones";
import { ClaimDocuments } from "../../documents/claim-documents";
import { ClaimAppeals } from "../appeals/claim-appeals";
import { InfoRequests } from "../info-requests/info-requests";
import { ClaimTimeline } from "../timeline/claim-timeline";
import { ClaimPayments } from "./claim-payments";
import { ClaimPageQuery } from "./claim-page-documents";
import { WithdrawClaim } from "./withdraw-claim";
import { LeaveExtension } from "../manage/leave-extension";
import { LeaveHours } from "../manage/leave-hours";
import { PaymentMethod } from "../manage/payment-method";
import { ClaimNotices } from "@/features/notices/claim-notices";

export type ClaimPageClaim = NonNullable<ResultOf<typeof ClaimPageQuery>["claim"]>;

export function ClaimPage({ claimId }: { claimId: string }) {
  const t = useTranslations("claimPage");
  const [result, reexecute] = useQuery({ query: ClaimPageQuery, variables: { id: claimId } });
  const back = (
    <p>
      <Link className="usa-link" href="/">
        {t("back")}
      </Link>
    </p>
  );
  if (result.error && !result.data) {
    return (
      <>
        {back}
        <QueryProblemNotice
          heading={t("error")}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      </>
    );
  }
  if (!result.data) return <StatusMessage>{t("loading")}</StatusMessage>;
  const claim = result.data.claim;
  if (!claim) {
    return (
      <>
        {back}
        <h1>{t("notFoundHeading")}</h1>
        <p>{t("notFound")}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <ClaimDetails claim={claim} onChanged={() => reexecute({ requestPolicy: "network-only" })} />
    </>
  );
}

function ClaimDetails({ claim, onChanged }: { claim: ClaimPageClaim; onChanged: () => void }) {
  const t = useTranslations();
  const tp = useTranslations("claimPage");
  const format = useFormat();
  const tone = TONES[toneForStatus(claim.status)];
  const title = claim.claimNumber ? t("claims.claimNumber", { number: claim.claimNumber }) : t("claims.draftTitle");
  const pendingResponse = claim.employerResponses.find((response) => response.status === "PENDING");
  const openRequests = claim.infoRequests.filter((request) => !request.respondedAt);
  const current = claim.determinations.find((determination) => !determination.superseded);
  const nextPayment = claim.payments.find((payment) => payment.status === "SCHEDULED");
  const [withdrewHere, setWithdrewHere] = useState(false);

  return (
    <>
      <h1 className="margin-bottom-1">{title}</h1>
      <p className="margin-top-0">
        {claim.program.name}
        {claim.employer ? ` · ${claim.employer.name}` : null}
      </p>
      {claim.privatePlanRouting ? (
        <div className="usa-alert usa-alert--info margin-bottom-3">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{tp("privatePlan.heading")}</h2>
            <p className="usa-alert__text">
              {tp("privatePlan.body", {
                administrator: claim.privatePlanRouting.administratorName,
                phone: claim.privatePlanRouting.claimsContactPhone,
              })}
              {claim.privatePlanRouting.claimsContactEmail
                ? ` ${tp("privatePlan.email", { email: claim.privatePlanRouting.claimsContactEmail })}`
                : null}
            </p>
          </div>
        </div>
      ) : null}
      <section aria-labelledby="status-heading" className="usa-summary-box margin-bottom-4">
        <div className="usa-summary-box__body">
          <h2 id="status-heading" className="usa-summary-box__heading margin-top-0">
            {tp("statusHeading")}
          </h2>
          <p>
            <span className={`usa-tag usa-tag--big text-no-uppercase ${tone.className}`}>
              {t(`claims.statuses.${claim.status}`)}
            </span>
          </p>
          <p>{claim.privatePlanRouting ? tp("privatePlan.statusHelp") : t(`claims.statusHelp.${claim.status}`)}</p>
          <h3 className="margin-bottom-1">{tp("nextHeading")}</h3>
          <p className="margin-top-0">
            {/* A claim routed to the employer's plan is the plan's: the next step is to call it. */}
            {claim.privatePlanRouting ? (
              tp("privatePlan.next", {
                administrator: claim.privatePlanRouting.administratorName,
                phone: claim.privatePlanRouting.claimsContactPhone,
              })
            ) : (
              <NextStep
                claim={claim}
                pendingDue={pendingResponse?.dueDate}
                requestDue={openRequests[0]?.dueDate}
                appealDeadline={current?.appealDeadline}
                nextPaymentDate={nextPayment?.scheduledFor}
              />
            )}
          </p>
          {claim.expectedDecisionDate ? (
            <p>{t("timeline.expectedDecisionBy", { date: format.calendarDate(claim.expectedDecisionDate) })}</p>
          ) : null}
          {claim.submittedAt ? (
            <p className="margin-bottom-0">{tp("submittedOn", { date: format.instantDate(claim.submittedAt) })}</p>
          ) : null}
        </div>
      </section>

      <ClaimTimeline claim={claim} expectedDecisionDate={claim.expectedDecisionDate} />

      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading">{tp("leaveHeading")}</h2>
        {claim.leavePeriods.length === 0 ? (
          <p>{t("claims.noDates")}</p>
        ) : (
          <table className="usa-table usa-table--borderless usa-table--stacked width-full">
            <caption className="text-left">{tp("leaveCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{tp("leaveDates")}</th>
                <th scope="col">{tp("leaveKind")}</th>
                <th scope="col">{tp("leaveDecision")}</th>
              </tr>
            </thead>
            <tbody>
              {claim.leavePeriods.map((period) => (
                <tr key={period.id}>
                  <th scope="row" data-label={tp("leaveDates")}>
                    {format.calendarDateRange(period.startDate, period.endDate)}
                  </th>
                  <td data-label={tp("leaveKind")}>
                    {tp(`leaveKinds.${period.kind}`)}
                    {period.kind === "REDUCED_SCHEDULE" && period.hoursPerWeek
                      ? ` · ${tp("hoursPerWeek", { hours: period.hoursPerWeek })}`
                      : null}
                    {period.kind === "INTERMITTENT" && period.episodesPerMonth && period.hoursPerEpisode
                      ? ` · ${tp("episodes", { count: period.episodesPerMonth, hours: period.hoursPerEpisode })}`
                      : null}
                  </td>
                  <td data-label={tp("leaveDecision")}>{tp(`periodDecisions.${period.decision}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ClaimDocuments
        claimId={claim.id}
        reason={claim.leaveReason}
        requirements={claim.program.rules.documentRequirements}
        documents={claim.documents}
        canUpload={claim.allowedActions.includes("UPLOAD_DOCUMENT")}
        onChanged={onChanged}
      />

      <section aria-labelledby="employer-heading">
        <h2 id="employer-heading">{tp("employerHeading")}</h2>
        {claim.employerResponses.length === 0 ? (
          <p>{tp("employerNotAsked")}</p>
        ) : (
          <ul className="usa-list">
            {claim.employerResponses.map((response) => (
              <li key={response.id}>
                {response.status === "PENDING"
                  ? tp("employerPending", { date: format.calendarDate(response.dueDate) })
                  : response.status === "EXPIRED"
                    ? tp("employerExpired", { date: format.calendarDate(response.dueDate) })
                    : response.respondedAt
                      ? tp("employerResponded", { date: format.instantDate(response.respondedAt) })
                      : tp("employerRespondedUndated")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <InfoRequests claimId={claim.id} requests={claim.infoRequests} onChanged={onChanged} />

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{tp("decisionsHeading")}</h2>
        {claim.determinations.length === 0 ? (
          <p>{tp("decisionsEmpty")}</p>
        ) : (
          claim.determinations.map((determination) => (
            <article key={determination.id} className="margin-bottom-3" aria-labelledby={`d-${determination.id}`}>
              <h3 id={`d-${determination.id}`} className="margin-bottom-1">
                {tp(`outcomes.${determination.outcome}`)}
                {determination.superseded ? ` (${tp("superseded")})` : null}
              </h3>
              <p className="margin-y-0">{tp("decidedOn", { date: format.instantDate(determination.decidedAt) })}</p>
              {determination.approvedStartDate && determination.approvedEndDate ? (
                <p className="margin-y-0">
                  {tp("approvedDates", {
                    dates: format.calendarDateRange(determination.approvedStartDate, determination.approvedEndDate),
                  })}
                </p>
              ) : null}
              {determination.weeklyBenefitAmount ? (
                <p className="margin-y-0">
                  {tp("weeklyBenefit", { amount: format.money(determination.weeklyBenefitAmount) })}
                </p>
              ) : null}
              <p>{determination.explanation}</p>
              {determination.appealDeadline && !determination.superseded ? (
                <p className="text-bold">
                  {tp("appealDeadline", { date: format.calendarDate(determination.appealDeadline) })}
                </p>
              ) : null}
            </article>
          ))
        )}
      </section>

      <ClaimAppeals
        claimId={claim.id}
        appeals={claim.appeals}
        deadline={current?.appealDeadline ?? null}
        today={localToday()}
        canAppeal={claim.allowedActions.includes("APPEAL")}
        onChanged={onChanged}
      />

      <ClaimNotices claimId={claim.id} />

      <ClaimPayments claim={claim} />

      {/* Managing the claim: weekly hours, how the claimant is paid, more time off. */}
      <LeaveHours claim={claim} onChanged={onChanged} />
      {claim.status !== "DRAFT" && claim.status !== "WITHDRAWN" ? <PaymentMethod /> : null}
      <LeaveExtension claim={claim} onChanged={onChanged} />

      {/* Kept after a withdrawal in this visit, so its confirmation stays where the focus is. */}
      {claim.allowedActions.includes("WITHDRAW") || withdrewHere ? (
        <WithdrawClaim
          claim={claim}
          onWithdrawn={() => {
            setWithdrewHere(true);
            onChanged();
          }}
        />
      ) : null}
      {claim.status === "WITHDRAWN" && claim.withdrawnAt ? (
        <p>{tp("withdrawnOn", { date: format.instantDate(claim.withdrawnAt) })}</p>
      ) : null}
    </>
  );
}

function NextStep(props: {
  claim: ClaimPageClaim;
  pendingDue?: string;
  requestDue?: string;
  appealDeadline?: string | null;
  nextPaymentDate?: string;
}) {
  const t = useTranslations("claimPage.next");
  const format = useFormat();
  const date = (value: string) => format.calendarDate(value);
  switch (props.claim.status) {
    case "DRAFT":
      return <>{t("draft")}</>;
    case "SUBMITTED":
    case "PENDING_EMPLOYER_RESPONSE":
      return <>{props.pendingDue ? t("employerDue", { date: date(props.pendingDue) }) : t("review")}</>;
    case "IN_REVIEW":
      return <>{t("review")}</>;
    case "INFO_REQUESTED":
      return <>{props.requestDue ? t("infoDue", { date: date(props.requestDue) }) : t("review")}</>;
    case "APPROVED":
    case "PARTIALLY_APPROVED":
      return <>{props.nextPaymentDate ? t("nextPayment", { date: date(props.nextPaymentDate) }) : t("noPaymentDue")}</>;
    case "DENIED":
      return <>{props.appealDeadline ? t("appeal", { date: date(props.appealDeadline) }) : t("closed")}</>;
    case "WITHDRAWN":
    case "CLOSED":
      return <>{t("closed")}</>;
  }
}

/** Today's date where the claimant is, for wording only (the API decides whether an appeal is late). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
