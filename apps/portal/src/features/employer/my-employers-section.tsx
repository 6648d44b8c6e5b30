"use client";
// The employers the signed-in person is linked to, each with where to go next: its claims once
// the link is verified, the verification step before that. Any signed-in person may ask to
// administer an employer, so the way to do that is always here.
import Link from "next/link";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { EmployerLinksQuery } from "./employer-documents";

export function MyEmployersSection({ headingLevel = "h2" }: { headingLevel?: "h1" | "h2" }) {
  const t = useTranslations();
  const [result, reexecute] = useQuery({ query: EmployerLinksQuery, requestPolicy: "cache-and-network" });
  const links = result.data?.myEmployerLinks ?? [];
  const Heading = headingLevel;
  const ItemHeading = headingLevel === "h1" ? "h2" : "h3";

  let body;
  if (result.error && !result.data) {
    body = (
      <QueryProblemNotice
        heading={t("employer.error")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  } else if (!result.data) {
    body = <StatusMessage>{t("employer.loading")}</StatusMessage>;
  } else if (links.length === 0) {
    body = <p>{t("employers.noneYet")}</p>;
  } else {
    body = (
      <ul className="usa-list usa-list--unstyled">
        {links.map((link) => (
          <li key={link.id} className="claim-card">
            <ItemHeading className="margin-top-0 margin-bottom-1">{link.employer.name}</ItemHeading>
            <p className="margin-y-1">{t("employer.fein", { fein: link.employer.fein })}</p>
            <p className="margin-y-1">
              <span
                className={`usa-tag text-no-uppercase ${link.verified ? "bg-success-darker text-white" : "bg-warning-light text-ink"}`}
              >
                {link.verified
                  ? t("employers.linkVerified")
                  : link.verificationLocked
                    ? t("employers.linkLocked")
                    : t("employers.linkUnverified")}
              </span>
            </p>
            {link.verified ? (
              <Link className="usa-link" href={`/employers/${encodeURIComponent(link.employer.id)}`}>
                {t("employers.openDashboard", { name: link.employer.name })}
              </Link>
            ) : (
              <Link className="usa-link" href={`/employers/verify/${encodeURIComponent(link.id)}`}>
                {t("employers.finishVerification", { name: link.employer.name })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="my-employers-heading" className="margin-bottom-6">
      <Heading id="my-employers-heading">{t("employers.title")}</Heading>
      <p>{t("employers.intro")}</p>
      {body}
      <p>
        <Link className="usa-button usa-button--outline" href="/employers/new">
          {t("employers.addEmployer")}
        </Link>
      </p>
    </section>
  );
}

/** On the home page of someone who administers no employer yet: the way in, in one card. */
export function AdministerEmployerCallToAction() {
  const t = useTranslations("employers");
  return (
    <section aria-labelledby="administer-employer-heading" className="usa-summary-box margin-bottom-4">
      <div className="usa-summary-box__body">
        <h2 id="administer-employer-heading" className="usa-summary-box__heading">
          {t("homeCallToActionHeading")}
        </h2>
        <p className="usa-summary-box__text">{t("homeCallToActionBody")}</p>
        <Link className="usa-link" href="/employers/new">
          {t("addEmployer")}
        </Link>
      </div>
    </section>
  );
}
