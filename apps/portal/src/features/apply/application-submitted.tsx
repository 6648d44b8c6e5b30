"use client";
// The confirmation after submitting: the claim number to quote, and what happens next.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useQuery } from "urql";
import { Notice, QueryProblemNotice, RequireSignIn, StatusMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { ApplicationDraftQuery } from "./application-documents";

export function ApplicationSubmitted({ claimId }: { claimId: string }) {
  return <RequireSignIn>{() => <Confirmation claimId={claimId} />}</RequireSignIn>;
}

function Confirmation({ claimId }: { claimId: string }) {
  const t = useTranslations("wizard.submitted");
  const tWizard = useTranslations("wizard");
  const heading = useRef<HTMLHeadingElement>(null);
  const [result, reexecute] = useQuery({
    query: ApplicationDraftQuery,
    variables: { id: claimId },
    requestPolicy: "network-only",
  });
  const claim = result.data?.claim;
  useEffect(() => {
    if (claim?.claimNumber) heading.current?.focus();
  }, [claim?.claimNumber]);

  if (result.error && !result.data)
    return (
      <QueryProblemNotice
        heading={tWizard("loadError")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  if (!result.data) return <StatusMessage>{tWizard("loading")}</StatusMessage>;
  if (!claim || !claim.claimNumber) {
    return (
      <>
        <h1>{t("notSubmittedHeading")}</h1>
        <Notice type="warning" headingLevel="h2" heading={t("notSubmittedBody")}>
          <Link className="usa-link" href={`/apply/${claimId}`}>
            {t("backToApplication")}
          </Link>
        </Notice>
      </>
    );
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t("heading")}
      </h1>
      <div className="usa-alert usa-alert--success">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            {t.rich("claimNumber", { number: claim.claimNumber, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        </div>
      </div>
      <h2>{t("nextHeading")}</h2>
      <ol className="usa-process-list">
        <li className="usa-process-list__item">
          <p className="usa-process-list__heading">{t("next.employerHeading")}</p>
          <p>{t("next.employer", { employer: claim.employer?.name ?? "" })}</p>
        </li>
        <li className="usa-process-list__item">
          <p className="usa-process-list__heading">{t("next.documentsHeading")}</p>
          <p>{t("next.documents")}</p>
        </li>
        <li className="usa-process-list__item">
          <p className="usa-process-list__heading">{t("next.decisionHeading")}</p>
          <p>{t("next.decision")}</p>
        </li>
      </ol>
      <Link className="usa-button" href="/">
        {t("home")}
      </Link>
    </>
  );
}
