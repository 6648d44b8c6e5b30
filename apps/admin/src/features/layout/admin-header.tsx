"use client";
import { SiteHeader, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";

export function AdminHeader() {
  const t = useTranslations();
  const session = useSession();
  // The appeals docket is for appeals officers and supervisors (the API lets no one else read it).
  const appeals =
    session.status === "signed-in" && session.viewer.roles.some((r) => r === "APPEALS_OFFICER" || r === "SUPERVISOR");
  return (
    <SiteHeader
      title={t("meta.siteName")}
      tagline={t("meta.tagline")}
      navItems={[
        { href: "/", label: t("layout.workQueue") },
        { href: "/search", label: t("layout.findClaim") },
        ...(appeals ? [{ href: "/appeals", label: t("layout.appeals") }] : []),
        { href: "/figures", label: t("layout.figures") },
      ]}
      afterSignOut="/sign-in"
    />
  );
}
