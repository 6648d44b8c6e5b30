import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { ClaimReview } from "@/features/claim-review/claim-review";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("claim.pageTitle") };
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <ClaimReview claimId={id} />
      </RequireStaff>
    </div>
  );
}
