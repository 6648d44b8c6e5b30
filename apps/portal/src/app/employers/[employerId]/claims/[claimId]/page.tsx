import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { EmployerClaimReview } from "@/features/employer/employer-claim-review";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.review.respondHeading") };
}

export default async function EmployerClaimPage({
  params,
}: {
  params: Promise<{ employerId: string; claimId: string }>;
}) {
  const { employerId, claimId } = await params;
  return (
    <div className="grid-container">
      <RequireSignIn>
        <EmployerClaimReview employerId={employerId} claimId={claimId} />
      </RequireSignIn>
    </div>
  );
}
