import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { EmployerPrivatePlanPage } from "./client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.sections.privatePlan") };
}

export default async function Page({ params }: { params: Promise<{ employerId: string }> }) {
  const { employerId } = await params;
  return (
    <div className="grid-container">
      <RequireSignIn>
        <EmployerPrivatePlanPage employerId={employerId} />
      </RequireSignIn>
    </div>
  );
}
