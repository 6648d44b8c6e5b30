import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { PublishedFigures } from "@/features/published-figures/published-figures";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("figures.title") };
}

export default function FiguresPage() {
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <PublishedFigures />
      </RequireStaff>
    </div>
  );
}
