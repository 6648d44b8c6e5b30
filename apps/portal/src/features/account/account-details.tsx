"use client";
import Link from "next/link";
import { RequireSignIn } from "@openleave/web";
import { useTranslations } from "next-intl";
import { MyEmployersSection } from "@/features/employer/my-employers-section";

/** The signed-in person's account: who they are to OpenLeave and what their roles let them do. */
export function AccountDetails() {
  const t = useTranslations();
  return (
    <RequireSignIn>
      {(viewer) => (
        <>
          <p className="usa-intro">{t("account.intro")}</p>
          <dl className="claim-facts margin-bottom-4">
            <div>
              <dt>{t("account.name")}</dt>
              <dd>{viewer.name}</dd>
            </div>
            <div>
              <dt>{t("account.email")}</dt>
              <dd>{viewer.email}</dd>
            </div>
          </dl>
          <h2>{t("account.roles")}</h2>
          <ul className="usa-list">
            {viewer.roles.map((role) => (
              <li key={role}>{t(`roles.${role}`)}</li>
            ))}
          </ul>
          {viewer.roles.includes("LEAVE_ADMIN") ? <MyEmployersSection /> : null}
          <h2>{t("account.changePassword")}</h2>
          <p>{t("account.changePasswordBody")}</p>
          <Link className="usa-button usa-button--outline" href="/forgot-password">
            {t("account.changePassword")}
          </Link>
        </>
      )}
    </RequireSignIn>
  );
}
