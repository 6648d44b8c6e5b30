import type { Metadata } from "next";
import { Suspense } from "react";
import { StatusMessage } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { ApplicationSubmitted } from "@/features/apply/application-submitted";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("wizard.submitted.title") };
}

export default async function ApplicationSubmittedPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="desktop:grid-col-8">
          <Suspense fallback={<StatusMessage>{t("common.loading")}</StatusMessage>}>
            <ApplicationSubmitted claimId={claimId} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
