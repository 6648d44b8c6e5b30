"use client";
// The claim review screen: everything one decision needs on one page, facts on the left and
// the decision on the right (stacked on phones).
import Link from "next/link";
import { useCallback } from "react";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import {
  AuditTrailSection,
  ClaimantSection,
  DeterminationsSection,
  DocumentsSection,
  EmployerSection,
  HistorySection,
  InfoRequestsSection,
  LeaveSection,
  PaymentsSection,
  WagesAndEligibilitySection,
} from "./claim-sections";
import { ClaimReviewQuery } from "./claim-review-query";
import { DecisionPanel } from "./decision-panel";
import { LeaveExtensionPanel } from "./leave-extension-panel";
import { NotesSection } from "./notes-section";
import { ClaimNoticesSection } from "../claim-notices/claim-notices-section";
import { ManualDeterminationPanel } from "../manual-determination/manual-determination-panel";

export function ClaimReview({ claimId }: { claimId: string }) {
  const t = useTranslations();
  // Other screens change claims too (an appeal decided on the docket, another staff member's
  // decision): show what is cached at once, and always fetch the claim as it is now.
  const [result, reexecute] = useQuery({
    query: ClaimReviewQuery,
    variables: { id: claimId },
    requestPolicy: "cache-and-network",
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);

  if (result.error && !result.data) {
    return (
      <>
        <h1>{t("claim.titleUnknown")}</h1>
        <QueryProblemNotice headingLevel="h2" heading={t("claim.loadError")} error={result.error} onRetry={refresh} />
      </>
    );
  }
  if (!result.data) return <StatusMessage>{t("claim.loading")}</StatusMessage>;
  const claim = result.data.claim;
  if (!claim) {
    return (
      <>
        <h1>{t("claim.notFoundTitle")}</h1>
        <p>{t("claim.notFoundBody")}</p>
        <Link className="usa-link" href="/">
          {t("common.goHome")}
        </Link>
      </>
    );
  }
  const openTask = claim.tasks.find((task) => task.status === "OPEN" || task.status === "IN_PROGRESS");
  // What the parts with their own queries follow: the claim's version and latest evaluation.
  const claimState = `${claim.version}:${claim.eligibility?.id ?? ""}`;
  return (
    <>
      <nav aria-label={t("claim.breadcrumb")} className="usa-breadcrumb padding-top-0">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" href="/">
              {t("layout.workQueue")}
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            {claim.claimNumber ?? t("claim.noNumber")}
          </li>
        </ol>
      </nav>
      <h1 className="margin-top-0">
        {t("claim.title", {
          number: claim.claimNumber ?? t("claim.noNumber"),
          name: `${claim.claimant.firstName} ${claim.claimant.lastName}`,
        })}
      </h1>
      <p className="margin-top-0" role="status">
        <span className="usa-tag text-no-uppercase">{t(`claim.statuses.${claim.status}`)}</span> {claim.program.name} ·{" "}
        {t("claim.version", { version: claim.version })}
        {openTask
          ? ` · ${t("claim.task", {
              kind: t(`workQueue.kinds.${openTask.kind}`),
              who: openTask.assignee?.name ?? t("workQueue.unassigned"),
            })}`
          : null}
      </p>
      {claim.privatePlanRouting ? (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t("claim.privatePlan", {
                administrator: claim.privatePlanRouting.administratorName,
                phone: claim.privatePlanRouting.claimsContactPhone,
              })}
            </p>
          </div>
        </div>
      ) : null}
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-8">
          <ClaimantSection claim={claim} onChanged={refresh} />
          <LeaveSection claim={claim} />
          <EmployerSection claim={claim} />
          <WagesAndEligibilitySection claim={claim} />
          <DocumentsSection claim={claim} onChanged={refresh} />
          <InfoRequestsSection claim={claim} />
          <DeterminationsSection claim={claim} />
          <PaymentsSection claim={claim} />
          <ClaimNoticesSection claimId={claim.id} claimState={claimState} />
          <HistorySection claim={claim} />
          <NotesSection claim={claim} onChanged={refresh} />
          <AuditTrailSection claim={claim} />
        </div>
        <div className="desktop:grid-col-4">
          <DecisionPanel claim={claim} refresh={refresh} />
          <LeaveExtensionPanel claim={claim} claimState={claimState} refresh={refresh} />
          <ManualDeterminationPanel claimId={claim.id} claimState={claimState} onDecided={refresh} />
        </div>
      </div>
    </>
  );
}
