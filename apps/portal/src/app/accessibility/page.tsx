import type { Metadata } from "next";
import { getMessages } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.accessibility.title };
}

export default async function AccessibilityPage() {
  const { t } = await getMessages();
  return (
    <div className="grid-container">
      <div className="desktop:grid-col-8">
        <h1>{t.accessibility.title}</h1>
        <p className="usa-intro">{t.accessibility.body}</p>
        <h2>{t.accessibility.problemHeading}</h2>
        <p>{t.accessibility.problemBody}</p>
      </div>
    </div>
  );
}
