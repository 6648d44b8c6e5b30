"use client";
import { SiteHeader, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { consoleLinksFor } from "./console-nav";

export function AdminHeader() {
  const t = useTranslations();
  const session = useSession();
  const roles = session.status === "signed-in" ? session.viewer.roles : [];
  return (
    <SiteHeader
      title={t("meta.siteName")}
      tagline={t("meta.tagline")}
      navItems={consoleLinksFor(roles).map((link) => ({ href: link.href, label: t(`layout.${link.label}`) }))}
      afterSignOut="/sign-in"
    />
  );
}
