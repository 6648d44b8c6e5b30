import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { GrievanceQueue } from "@/features/employer-grievances/grievance-queue";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("grievances.title") };
}

export default async function GrievancesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const raw = (await searchParams).view;
  const decided = (Array.isArray(raw) ? raw[0] : raw) === "decided";
  const tabs = [
    { href: "/grievances", label: t("grievances.open"), current: !decided },
    { href: "/grievances?view=decided", label: t("grievances.decided"), current: decided },
  ];
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <h1>{t("grievances.title")}</h1>
        <p>{t("grievances.intro")}</p>
        <nav aria-label={t("grievances.filterLabel")} className="margin-bottom-2">
          <ul className="queue-tabs">
            {tabs.map((tab) => (
              <li key={tab.href}>
                <Link
                  href={tab.href}
                  className={`queue-tabs__link${tab.current ? " queue-tabs__link--current" : ""}`}
                  aria-current={tab.current ? "page" : undefined}
                >
                  {tab.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <GrievanceQueue decided={decided} />
      </RequireStaff>
    </div>
  );
}
