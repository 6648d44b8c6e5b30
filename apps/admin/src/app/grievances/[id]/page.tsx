import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { GrievanceReview } from "@/features/employer-grievances/grievance-review";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("grievances.reviewPageTitle") };
}

export default async function GrievancePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <GrievanceReview id={id} />
      </RequireStaff>
    </div>
  );
}
