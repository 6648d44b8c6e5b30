import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { APPEAL_STATUSES, appealStatusFromParam } from "@/features/appeals/appeal-statuses";
import { AppealsDocket } from "@/features/appeals/appeals-docket";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("appeals.title") };
}

export default async function AppealsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const raw = (await searchParams).status;
  const value = Array.isArray(raw) ? raw[0] : raw;
  const status = appealStatusFromParam(value);
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <h1>{t("appeals.title")}</h1>
        <nav aria-label={t("appeals.filterLabel")} className="margin-bottom-2">
          <ul className="queue-tabs">
            {[null, ...APPEAL_STATUSES].map((option) => (
              <li key={option ?? "open"}>
                <Link
                  href={option ? `/appeals?status=${option}` : "/appeals"}
                  className={`queue-tabs__link${option === status ? " queue-tabs__link--current" : ""}`}
                  aria-current={option === status ? "page" : undefined}
                >
                  {option ? t(`appeals.statuses.${option}`) : t("appeals.open")}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <AppealsDocket status={status} />
      </RequireStaff>
    </div>
  );
}
