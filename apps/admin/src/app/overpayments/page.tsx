import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { Overpayments } from "@/features/payments/overpayments";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("overpayments.title") };
}

export default function OverpaymentsPage() {
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <Overpayments />
      </RequireStaff>
    </div>
  );
}
