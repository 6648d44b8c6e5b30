"use client";
// Pages of the console render only for signed-in staff. Anyone else signed in gets a plain
// explanation and a way forward (the portal, or signing out to switch accounts).
import type { ReactNode } from "react";
import { Notice, RequireSignIn, SignOutButton, type Viewer } from "@openleave/web";
import { useTranslations } from "next-intl";
import { isStaff } from "./staff-roles";

/** `children` may be server-rendered: it is only shown once the viewer is known to be staff. */
export function RequireStaff({ portalUrl, children }: { portalUrl: string; children: ReactNode }) {
  return (
    <RequireSignIn>
      {(viewer) => (isStaff(viewer.roles) ? children : <StaffOnlyNotice viewer={viewer} portalUrl={portalUrl} />)}
    </RequireSignIn>
  );
}

function StaffOnlyNotice({ viewer, portalUrl }: { viewer: Viewer; portalUrl: string }) {
  const t = useTranslations();
  return (
    <>
      <h1>{t("staffOnly.title")}</h1>
      <Notice type="warning">
        <p>{t("staffOnly.body", { name: viewer.name })}</p>
      </Notice>
      <ul className="usa-button-group margin-top-3">
        <li className="usa-button-group__item">
          <a className="usa-button" href={portalUrl}>
            {t("staffOnly.goToPortal")}
          </a>
        </li>
      </ul>
      <p>
        {t("staffOnly.switchAccount")} <SignOutButton afterSignOut="/sign-in" />
      </p>
    </>
  );
}
