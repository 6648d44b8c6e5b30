"use client";
import { SiteHeader } from "@openleave/web";
import { useMessages } from "@/i18n/i18n-provider";

export function AdminHeader() {
  const t = useMessages();
  return (
    <SiteHeader
      title={t.meta.siteName}
      tagline={t.meta.tagline}
      navItems={[{ href: "/", label: t.layout.workQueue }]}
      afterSignOut="/sign-in"
    />
  );
}
