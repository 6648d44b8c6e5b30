import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { EmployerDashboard } from "@/features/employer/employer-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.dashboard.resultsHeading") };
}

export default async function EmployerDashboardPage({ params }: { params: Promise<{ employerId: string }> }) {
  const { employerId } = await params;
  return (
    <div className="grid-container">
      <RequireSignIn>
        <EmployerDashboard employerId={employerId} />
      </RequireSignIn>
    </div>
  );
}
