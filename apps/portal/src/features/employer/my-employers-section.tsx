"use client";
// For leave administrators: the employers their account is linked to, and whether each link
// is verified yet (only verified links show employees' claims).
import { useQuery } from "urql";
import { graphql, QueryProblemNotice, StatusMessage } from "@openleave/web";
import { useTranslations } from "next-intl";

const MyEmployerLinksQuery = graphql(`
  query MyEmployerLinks {
    myEmployerLinks {
      id
      verified
      employer {
        id
        name
        fein
      }
    }
  }
`);

export function MyEmployersSection() {
  const t = useTranslations();
  const [result, reexecute] = useQuery({ query: MyEmployerLinksQuery });
  const links = result.data?.myEmployerLinks ?? [];

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
    body = <p>{t("employer.empty")}</p>;
  } else {
    body = (
      <ul className="usa-list usa-list--unstyled">
        {links.map((link) => (
          <li key={link.id} className="claim-card">
            <h3 className="margin-top-0 margin-bottom-1">{link.employer.name}</h3>
            <p className="margin-y-1">{t("employer.fein", { fein: link.employer.fein })}</p>
            <span
              className={`usa-tag text-no-uppercase ${link.verified ? "bg-success-darker text-white" : "bg-warning-light text-ink"}`}
            >
              {link.verified ? t("employer.verified") : t("employer.pendingVerification")}
            </span>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="my-employers-heading" className="margin-bottom-6">
      <h2 id="my-employers-heading">{t("employer.heading")}</h2>
      <p>{t("employer.intro")}</p>
      {body}
    </section>
  );
}
