import type { Metadata } from "next";
import { SignInPageContent } from "@openleave/web";
import { getMessages } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.signIn.title };
}

/** Sign-in (shared form); "Forgot your password?" leads to this site's /forgot-password. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t } = await getMessages();
  const { returnTo } = await searchParams;
  return <SignInPageContent messages={t.signIn} returnTo={returnTo} />;
}
