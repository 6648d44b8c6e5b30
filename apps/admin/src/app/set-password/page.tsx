import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/features/staff-accounts/set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  // The URL holds a one-time token: never send it onward in a Referer header.
  return { title: t("setPassword.title"), referrer: "no-referrer" };
}

export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const { token } = await searchParams;
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t("setPassword.title")}</h1>
          <p className="usa-intro">{t("setPassword.intro")}</p>
          <SetPasswordForm token={typeof token === "string" && token.length > 0 ? token : null} />
        </div>
      </div>
    </div>
  );
}
