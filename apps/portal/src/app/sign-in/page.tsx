import type { Metadata } from "next";
import Link from "next/link";
import { SignInPageContent } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { SignedInRedirect } from "@/features/account/signed-in-redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("signIn.title") };
}

/**
 * Sign-in (shared form); "Forgot your password?" leads to this site's /forgot-password. Someone
 * already signed in is sent on to `returnTo` (or `next`), a same-site path, else home.
 */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const { returnTo, next } = await searchParams;
  const requested = typeof returnTo === "string" ? returnTo : typeof next === "string" ? next : undefined;
  return (
    <>
      <SignedInRedirect to="/" returnTo={requested} />
      <SignInPageContent returnTo={requested} />
      <div className="grid-container margin-bottom-4">
        <p>
          {t("signUp.noAccount")}{" "}
          <Link className="usa-link" href="/sign-up">
            {t("signUp.createAccount")}
          </Link>
        </p>
      </div>
    </>
  );
}
