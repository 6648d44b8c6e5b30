"use client";
import { type NavItem, SiteHeader, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { SessionExpiryWarning } from "@/features/account/session-expiry-warning";
import { switchLanguageAndRemember } from "@/features/account/switch-language-action";

/** The portal's header: its navigation depends on whether someone is signed in. */
export function PortalHeader() {
  const t = useTranslations();
  const session = useSession();
  const navItems: NavItem[] = [
    { href: "/", label: t("layout.home") },
    { href: "/apply", label: t("layout.apply") },
  ];
  if (session.status === "signed-in" && session.viewer.roles.includes("LEAVE_ADMIN")) {
    navItems.push({ href: "/employers", label: t("layout.employers") });
  }
  if (session.status === "signed-in") navItems.push({ href: "/account", label: t("layout.account") });
  else if (session.status === "signed-out") navItems.push({ href: "/sign-in", label: t("layout.signIn") });
  return (
    <>
      <SiteHeader
        title={t("meta.siteName")}
        tagline={t("meta.tagline")}
        navItems={navItems}
        switchLocaleAction={switchLanguageAndRemember}
      />
      <SessionExpiryWarning />
    </>
  );
}
