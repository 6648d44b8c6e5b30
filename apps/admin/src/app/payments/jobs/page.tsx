import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { JobRuns } from "@/features/payments/job-runs";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("jobs.title") };
}

export default function JobsPage() {
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <JobRuns />
      </RequireStaff>
    </div>
  );
}
