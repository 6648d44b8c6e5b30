import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { PRIVATE_PLAN_STATUSES, privatePlanStatusFromParam } from "@/features/private-plans/private-plan-statuses";
import { PrivatePlansView } from "@/features/private-plans/private-plans-view";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("privatePlans.title") };
}

export default async function PrivatePlansPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const raw = (await searchParams).status;
  const value = Array.isArray(raw) ? raw[0] : raw;
  const status = privatePlanStatusFromParam(value);
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <h1>{t("privatePlans.title")}</h1>
        <p>{t("privatePlans.intro")}</p>
        <nav aria-label={t("privatePlans.filterLabel")} className="margin-bottom-2">
          <ul className="queue-tabs">
            {PRIVATE_PLAN_STATUSES.map((option) => (
              <li key={option}>
                <Link
                  href={option === "SUBMITTED" ? "/private-plans" : `/private-plans?status=${option}`}
                  className={`queue-tabs__link${option === status ? " queue-tabs__link--current" : ""}`}
                  aria-current={option === status ? "page" : undefined}
                >
                  {t(`privatePlans.tabs.${option}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <PrivatePlansView status={status} />
      </RequireStaff>
    </div>
  );
}
