import type { Metadata } from "next";
import { Suspense } from "react";
import { StatusMessage } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { ApplicationWizard } from "@/features/apply/application-wizard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("wizard.title") };
}

/** Opens a draft where the person left off (the wizard works out the step from what is saved). */
export default async function ResumeApplicationPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="desktop:grid-col-9">
          <Suspense fallback={<StatusMessage>{t("common.loading")}</StatusMessage>}>
            <ApplicationWizard claimId={claimId} step={null} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
