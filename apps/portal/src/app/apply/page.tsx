import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@openleave/web";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("apply.title") };
}

/** What to gather before applying: missing documents are the most common cause of delay. */
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
          <Notice type="info" headingLevel="h2" heading={t("apply.notOpenHeading")}>
            <p>{t("apply.notOpenBody")}</p>
            <Link className="usa-link" href="/">
              {t("apply.backHome")}
            </Link>
          </Notice>
        </div>
      </div>
    </div>
  );
}
