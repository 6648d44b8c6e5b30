import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignedInRedirect } from "@/features/account/signed-in-redirect";
import { SignUpForm } from "@/features/account/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("signUp.title") };
}

export default async function SignUpPage() {
  const t = await getTranslations();
  return (
    <div className="grid-container">
      <SignedInRedirect to="/account" />
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t("signUp.title")}</h1>
          <p className="usa-intro">{t("signUp.intro")}</p>
          <SignUpForm />
        </div>
      </div>
    </div>
  );
}
