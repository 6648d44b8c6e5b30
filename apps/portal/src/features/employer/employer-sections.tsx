"use client";
// The sub-navigation of one employer's pages, and the guard every one of them shares: only a
// verified administrator of the employer gets the page; anyone else is told why.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { EmployerLinksQuery } from "./employer-documents";

const SECTIONS = [
  { key: "claims", path: "" },
  { key: "administrators", path: "/administrators" },
  { key: "premiums", path: "/premiums" },
  { key: "wageReports", path: "/wage-reports" },
  { key: "privatePlan", path: "/private-plan" },
] as const;

export function EmployerSections({ employerId }: { employerId: string }) {
  const t = useTranslations("employers.sections");
  const pathname = usePathname();
  const base = `/employers/${encodeURIComponent(employerId)}`;
  return (
    <nav aria-label={t("label")} className="margin-bottom-3">
      <ul className="usa-button-group">
        {SECTIONS.map((section) => {
          const href = `${base}${section.path}`;
          const current = pathname === href;
          return (
            <li key={section.key} className="usa-button-group__item">
              <Link
                href={href}
                className={`usa-button ${current ? "" : "usa-button--outline"}`}
                aria-current={current ? "page" : undefined}
              >
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Renders `children(name)` for a verified administrator of the employer; explains otherwise. */
export function VerifiedEmployerPage({
  employerId,
  children,
}: {
  employerId: string;
  children: (employerName: string) => ReactNode;
}) {
  const t = useTranslations("employers");
  const [links, reexecute] = useQuery({ query: EmployerLinksQuery });
  const link = links.data?.myEmployerLinks.find(
    (candidate) => candidate.verified && candidate.employer.id === employerId,
  );
  if (links.error && !links.data) {
    return (
      <QueryProblemNotice
        heading={t("dashboard.error")}
        error={links.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!links.data) return <StatusMessage>{t("dashboard.loading")}</StatusMessage>;
  if (!link) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("dashboard.notVerified")}</p>
        <Link className="usa-link" href="/employers">
          {t("title")}
        </Link>
      </>
    );
  }
  return (
    <>
      <EmployerSections employerId={employerId} />
      {children(link.employer.name)}
    </>
  );
}
