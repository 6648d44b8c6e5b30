import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { EmployerAdministratorsPage } from "./client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.sections.administrators") };
}

export default async function Page({ params }: { params: Promise<{ employerId: string }> }) {
  const { employerId } = await params;
  return (
    <div className="grid-container">
      <RequireSignIn>
        <EmployerAdministratorsPage employerId={employerId} />
      </RequireSignIn>
    </div>
  );
}
