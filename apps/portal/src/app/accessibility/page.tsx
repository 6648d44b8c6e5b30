import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("accessibility.title") };
}

export default async function AccessibilityPage() {
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <div className="desktop:grid-col-8">
        <h1>{t("accessibility.title")}</h1>
        <p className="usa-intro">{t("accessibility.body")}</p>
        <h2>{t("accessibility.problemHeading")}</h2>
        <p>{t("accessibility.problemBody")}</p>
      </div>
    </div>
  );
}
