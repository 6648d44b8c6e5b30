import type { Metadata } from "next";
import { SignInPageContent } from "@openleave/web";
import { env } from "@/env";
import { getMessages } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.signIn.title };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t } = await getMessages();
  const { returnTo } = await searchParams;
  // Password resets happen on the portal, where the API's reset emails point.
  return (
    <SignInPageContent
      messages={t.signIn}
      returnTo={returnTo}
      forgotPasswordHref={`${env.portalUrl}/forgot-password`}
    />
  );
}
