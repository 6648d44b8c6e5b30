import type { Metadata } from "next";
import { AccountDetails } from "@/features/account/account-details";
import { getMessages } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.account.title };
}

export default async function AccountPage() {
  const { t } = await getMessages();
  return (
    <div className="grid-container">
      <h1>{t.account.title}</h1>
      <AccountDetails />
    </div>
  );
}
