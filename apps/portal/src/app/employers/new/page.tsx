import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { RequestAccessForm } from "@/features/employer/request-access-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.request.title") };
}

export default async function RequestEmployerAccessPage() {
  const t = await getTranslations("employers.request");
  return (
    <div className="grid-container">
      <h1>{t("title")}</h1>
      <p className="usa-intro">{t("intro")}</p>
      <RequireSignIn>
        <RequestAccessForm />
      </RequireSignIn>
    </div>
  );
}
