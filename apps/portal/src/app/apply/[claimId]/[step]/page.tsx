import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { StatusMessage } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { ApplicationWizard } from "@/features/apply/application-wizard";
import { isStep } from "@/features/apply/wizard-steps";

type Params = Promise<{ claimId: string; step: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { step } = await params;
  const t = await getTranslations();
  return { title: isStep(step) ? `${t(`wizard.steps.${step}`)} · ${t("wizard.title")}` : t("wizard.title") };
}

export default async function ApplicationStepPage({ params }: { params: Params }) {
  const { claimId, step } = await params;
  if (!isStep(step)) notFound();
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="desktop:grid-col-9">
          <Suspense fallback={<StatusMessage>{t("common.loading")}</StatusMessage>}>
            <ApplicationWizard claimId={claimId} step={step} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
