import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { ClaimSearch } from "@/features/claim-search/claim-search";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("search.title") };
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const q = (await searchParams).q;
  const search = (Array.isArray(q) ? q[0] : q) ?? "";
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <h1>{t("search.title")}</h1>
        <ClaimSearch search={search.slice(0, 100)} />
      </RequireStaff>
    </div>
  );
}
