"use client";
// Where an invited staff member (or one whose administrator sent a new link) chooses a password:
// the mailed one-time link opens it. The API checks the token and the password policy.
import Link from "next/link";
import { NewPasswordForm, Notice } from "@openleave/web";
import { useTranslations } from "next-intl";

export function SetPasswordForm({ token }: { token: string | null }) {
  const t = useTranslations("setPassword");
  return (
    <NewPasswordForm
      token={token}
      linkProblem={(problem) => (
        <Notice
          type="warning"
          headingLevel="h2"
          heading={problem === "expired" ? t("linkExpired") : t("missingTokenHeading")}
        >
          <p>{t("askAdministrator")}</p>
        </Notice>
      )}
      saved={
        <Notice type="success" headingLevel="h2" heading={t("successHeading")}>
          <p>{t("successBody")}</p>
          <Link className="usa-button" href="/sign-in">
            {t("signIn")}
          </Link>
        </Notice>
      }
    />
  );
}
