import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { ClaimPage } from "@/features/claims/claim-page/claim-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("claimPage.title") };
}

export default async function ClaimRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="grid-container">
      <RequireSignIn>
        <ClaimPage claimId={id} />
      </RequireSignIn>
    </div>
  );
}
