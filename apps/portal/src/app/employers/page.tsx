import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { MyEmployersSection } from "@/features/employer/my-employers-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.title") };
}

export default function EmployersPage() {
  return (
    <div className="grid-container">
      <RequireSignIn>
        <MyEmployersSection headingLevel="h1" />
      </RequireSignIn>
    </div>
  );
}
