import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { StaffAccounts } from "@/features/staff-accounts/staff-accounts";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("users.title") };
}

export default function UsersPage() {
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <StaffAccounts />
      </RequireStaff>
    </div>
  );
}
