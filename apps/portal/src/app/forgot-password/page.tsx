import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/features/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("forgotPassword.title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t("forgotPassword.title")}</h1>
          <p className="usa-intro">{t("forgotPassword.intro")}</p>
          <ForgotPasswordForm />
        </div>
      </div>
    </div>
  );
}
