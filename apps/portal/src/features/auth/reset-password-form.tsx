"use client";
// The page a password-reset email links to: the shared new-password form, with the way to ask
// for a new link when this one is incomplete or no longer works.
import Link from "next/link";
import { NewPasswordForm, Notice } from "@openleave/web";
import { useTranslations } from "next-intl";

export function ResetPasswordForm({ token }: { token: string | null }) {
  const t = useTranslations("resetPassword");
  return (
    <NewPasswordForm
      token={token}
      linkProblem={(problem) => (
        <Notice
          type="warning"
          headingLevel="h2"
          heading={problem === "expired" ? t("linkExpired") : t("missingTokenHeading")}
        >
          {problem === "missing" ? <p>{t("missingToken")}</p> : null}
          <Link className="usa-button" href="/forgot-password">
            {t("requestNewLink")}
          </Link>
        </Notice>
      )}
      saved={
        <Notice type="success" headingLevel="h2" heading={t("successHeading")}>
          <p>{t("successBody")}</p>
          <Link className="usa-button" href="/sign-in">
            {t("signInNow")}
          </Link>
        </Notice>
      }
    />
  );
}
