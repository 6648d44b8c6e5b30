import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequireSignIn } from "@openleave/web";
import { AcceptInvitation } from "@/features/employer/accept-invitation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("employers.acceptInvitation.title") };
}

export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations("employers.acceptInvitation");
  return (
    <div className="grid-container">
      <h1>{t("title")}</h1>
      <RequireSignIn>
        <AcceptInvitation token={typeof token === "string" ? token : null} />
      </RequireSignIn>
    </div>
  );
}
