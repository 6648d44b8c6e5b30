"use client";
// Client-side route protection: pages inside it render only for a signed-in user; anyone
// else is sent to sign-in with a return path. The API checks every request anyway, so this
// is about a clear experience, not about security.
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Notice } from "../ui/notice";
import { StatusMessage } from "../ui/status-message";
import { signInHref } from "./return-path";
import { useSession, type Viewer } from "./session-provider";
import { Button } from "../uswds/button";

/** `children` may be a function of the viewer (client pages) or ready-made content (server slots). */
export function RequireSignIn({ children }: { children: ReactNode | ((viewer: Viewer) => ReactNode) }) {
  const session = useSession();
  const router = useRouter();
  const t = useTranslations();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const signInLink = signInHref(query ? `${pathname}?${query}` : pathname);

  useEffect(() => {
    if (session.status === "signed-out") router.replace(signInLink);
  }, [session.status, router, signInLink]);

  switch (session.status) {
    case "signed-in":
      return <>{typeof children === "function" ? children(session.viewer) : children}</>;
    case "loading":
      return <StatusMessage>{t("protectedPage.checking")}</StatusMessage>;
    case "signed-out":
      return (
        <StatusMessage>
          {t("protectedPage.redirecting")}{" "}
          <Link className="usa-link" href={signInLink}>
            {t("layout.signIn")}
          </Link>
        </StatusMessage>
      );
    case "unavailable":
      return (
        <Notice type="error" headingLevel="h2" heading={t("protectedPage.unavailable")}>
          <p>{t("errors.unreachable")}</p>
          <Button type="button" onClick={session.retry}>
            {t("common.tryAgain")}
          </Button>
        </Notice>
      );
  }
}
