"use client";
import Link from "next/link";
import { useSession } from "@openleave/web";
import { useTranslations } from "next-intl";

/** "Apply" for everyone; "Sign in" and "Create an account" beside it once we know the visitor is signed out. */
export function HomeCallsToAction() {
  const t = useTranslations();
  const session = useSession();
  const signedIn = session.status === "signed-in";
  return (
    <ul className="usa-button-group">
      <li className="usa-button-group__item">
        <Link className="usa-button usa-button--big" href="/apply">
          {signedIn ? t("home.signedInCta") : t("home.applyCta")}
        </Link>
      </li>
      {session.status === "signed-out" ? (
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--big usa-button--outline" href="/sign-in">
            {t("home.signInCta")}
          </Link>
        </li>
      ) : null}
      {session.status === "signed-out" ? (
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--big usa-button--unstyled padding-x-2" href="/sign-up">
            {t("signUp.createAccount")}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
