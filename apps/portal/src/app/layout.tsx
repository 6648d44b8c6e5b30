// The page shell every portal page shares (@openleave/web's AppShell): language, skip link,
// messages for client components, header, main landmark, footer.
import "@uswds/uswds/css/uswds.min.css";
import "@openleave/web/site.css";
import "./site.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, SiteFooter } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { PortalHeader } from "@/features/layout/portal-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: `${t("meta.siteName")}: ${t("meta.tagline")}`, template: `%s | ${t("meta.siteName")}` },
    description: t("meta.description"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <AppShell
      header={<PortalHeader />}
      footer={
        <SiteFooter
          about={t("footer.about")}
          links={[
            { href: "/", label: t("layout.home") },
            { href: "/apply", label: t("layout.apply") },
            { href: "/accessibility", label: t("footer.accessibility") },
          ]}
        />
      }
    >
      {children}
    </AppShell>
  );
}
