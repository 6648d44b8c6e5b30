import type { Metadata } from "next";
import { env } from "@/env";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeReturnPath } from "@/features/session/return-path";
import { Notice } from "@/features/ui/notice";
import { getMessages } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.signIn.title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getMessages();
  const { returnTo } = await searchParams;
  const requested = typeof returnTo === "string" ? returnTo : undefined;
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t.signIn.title}</h1>
          {requested ? (
            <Notice type="info" slim className="margin-bottom-3">
              {t.signIn.returnNotice}
            </Notice>
          ) : (
            <p className="usa-intro">{t.signIn.intro}</p>
          )}
          {/* Password resets happen on the portal, where the API's reset emails point. */}
          <SignInForm returnTo={safeReturnPath(requested)} forgotPasswordHref={`${env.portalUrl}/forgot-password`} />
        </div>
      </div>
    </div>
  );
}
