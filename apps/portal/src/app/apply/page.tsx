import type { Metadata } from "next";
import { Suspense } from "react";
import { StatusMessage } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { ApplyStart } from "@/features/apply/apply-start";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("apply.title") };
}

/**
 * What to gather before applying (missing documents are the most common cause of delay), then
 * the applications to continue and the start of a new one.
 */
export default async function ApplyPage() {
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="desktop:grid-col-8">
          <h1>{t("apply.title")}</h1>
          <p className="usa-intro">{t("apply.intro")}</p>
          <h2>{t("apply.checklistHeading")}</h2>
          <ul className="usa-list">
            <li>{t("apply.checklist.identity")}</li>
            <li>{t("apply.checklist.employer")}</li>
            <li>{t("apply.checklist.dates")}</li>
            <li>{t("apply.checklist.certification")}</li>
            <li>{t("apply.checklist.birth")}</li>
            <li>{t("apply.checklist.bank")}</li>
          </ul>
          <h2>{t("apply.whenHeading")}</h2>
          <p>{t("apply.whenBody")}</p>
          <Suspense fallback={<StatusMessage>{t("common.loading")}</StatusMessage>}>
            <ApplyStart />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
