import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyEmail } from "@/features/account/verify-email";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("verifyEmail.title") };
}

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const { token } = await searchParams;
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-7">
          <h1>{t("verifyEmail.title")}</h1>
          <VerifyEmail token={typeof token === "string" && token ? token : null} />
        </div>
      </div>
    </div>
  );
}
