import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { ProgramsTable } from "@/features/programs/programs-table";
import { RequireStaff } from "@/features/staff/require-staff";
import { StaffSummary } from "@/features/staff/staff-summary";
import { FiltersForm } from "@/features/work-queue/filters-form";
import { StaffWorkQueue } from "@/features/work-queue/staff-work-queue";
import { filtersFromSearchParams } from "@/features/work-queue/work-queue-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  // The home segment does not get the layout's title template, so the full title is spelled out.
  return { title: { absolute: `${t("home.title")} | ${t("meta.siteName")} ${t("meta.tagline")}` } };
}

export default async function WorkQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const filters = filtersFromSearchParams(await searchParams);
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <h1 className="margin-bottom-1">{t("home.title")}</h1>
        <StaffSummary />
        <p>{t("workQueue.intro")}</p>
        <FiltersForm filters={filters} />
        <StaffWorkQueue filters={filters} />
        <section aria-labelledby="programs-heading" className="margin-top-6">
          <h2 id="programs-heading">{t("programs.heading")}</h2>
          <Suspense fallback={<p role="status">{t("common.loading")}</p>}>
            <ProgramsTable />
          </Suspense>
        </section>
      </RequireStaff>
    </div>
  );
}
