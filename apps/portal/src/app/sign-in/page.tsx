import type { Metadata } from "next";
import { SignInPageContent } from "@openleave/web";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("signIn.title") };
}

/** Sign-in (shared form); "Forgot your password?" leads to this site's /forgot-password. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { returnTo } = await searchParams;
  return <SignInPageContent returnTo={returnTo} />;
}
