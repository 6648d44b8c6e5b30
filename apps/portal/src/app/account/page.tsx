import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountDetails } from "@/features/account/account-details";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("account.title") };
}

export default async function AccountPage() {
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <h1>{t("account.title")}</h1>
      <AccountDetails />
    </div>
  );
}
