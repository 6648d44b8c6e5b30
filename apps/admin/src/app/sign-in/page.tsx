import type { Metadata } from "next";
import { SignInPageContent } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("signIn.title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { returnTo } = await searchParams;
  // Password resets happen on the portal, where the API's reset emails point.
  return <SignInPageContent returnTo={returnTo} forgotPasswordHref={`${env.portalUrl}/forgot-password`} />;
}
