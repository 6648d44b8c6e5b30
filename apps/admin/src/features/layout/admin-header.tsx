"use client";
import { SiteHeader } from "@openleave/web";
import { useTranslations } from "next-intl";

export function AdminHeader() {
  const t = useTranslations();
  return (
    <SiteHeader
      title={t("meta.siteName")}
      tagline={t("meta.tagline")}
      navItems={[
        { href: "/", label: t("layout.workQueue") },
        { href: "/search", label: t("layout.findClaim") },
      ]}
      afterSignOut="/sign-in"
    />
  );
}
