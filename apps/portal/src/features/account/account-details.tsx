"use client";
import Link from "next/link";
import { RequireSignIn } from "@openleave/web";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MyEmployersSection } from "@/features/employer/my-employers-section";
import { ChangePasswordForm, LanguageSetting } from "./account-settings";
import { EmailStatus } from "./email-status";
import { LinkIdentityForm } from "./link-identity-form";

/** The signed-in person's account: who they are to OpenLeave, what their roles let them do, and their settings. */
export function AccountDetails() {
  const t = useTranslations();
  // Linked on this visit: the form keeps its confirmation (with its own link to apply) after
  // the session's viewer, asked again, says the account has a person.
  const [linkedHere, setLinkedHere] = useState(false);
  return (
    <RequireSignIn>
      {(viewer) => {
        const claimant = viewer.roles.includes("CLAIMANT");
        return (
          <>
            <p className="usa-intro">{t("account.intro")}</p>
            <dl className="claim-facts margin-bottom-4">
              <div>
                <dt>{t("account.name")}</dt>
                <dd>{viewer.name}</dd>
              </div>
              <EmailStatus viewer={viewer} />
              {claimant && viewer.personId ? (
                <div>
                  <dt>{t("identity.heading")}</dt>
                  <dd>{t("identity.linked")}</dd>
                </div>
              ) : null}
            </dl>
            {claimant && (!viewer.personId || linkedHere) ? (
              <section aria-labelledby="identity-heading" className="margin-bottom-4">
                <h2 id="identity-heading">{t("identity.heading")}</h2>
                <p>{t("identity.intro")}</p>
                <LinkIdentityForm onLinked={() => setLinkedHere(true)} />
              </section>
            ) : null}
            <h2>{t("account.roles")}</h2>
            <ul className="usa-list">
              {viewer.roles.map((role) => (
                <li key={role}>{t(`roles.${role}`)}</li>
              ))}
            </ul>
            {viewer.roles.includes("LEAVE_ADMIN") ? <MyEmployersSection /> : null}
            <section aria-labelledby="language-heading">
              <h2 id="language-heading">{t("accountSettings.languageHeading")}</h2>
              <LanguageSetting viewer={viewer} />
            </section>
            <section aria-labelledby="password-heading">
              <h2 id="password-heading">{t("accountSettings.passwordHeading")}</h2>
              <p>{t("accountSettings.passwordIntro")}</p>
              <ChangePasswordForm />
            </section>
            {claimant && viewer.personId && !linkedHere ? (
              <p className="margin-top-4">
                <Link className="usa-button usa-button--outline" href="/apply">
                  {t("identity.apply")}
                </Link>
              </p>
            ) : null}
          </>
        );
      }}
    </RequireSignIn>
  );
}
