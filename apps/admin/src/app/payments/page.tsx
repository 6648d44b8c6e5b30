import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { PaymentRuns } from "@/features/payments/payment-runs";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("payments.title") };
}

export default function PaymentsPage() {
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <PaymentRuns />
      </RequireStaff>
    </div>
  );
}
