// The page shell every console page shares (@openleave/web's AppShell): language, skip link,
// messages for client components, header, main landmark, footer.
import "@uswds/uswds/css/uswds.min.css";
import "@openleave/web/site.css";
import "./site.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, SiteFooter } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { AdminHeader } from "@/features/layout/admin-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: {
      default: `${t("meta.tagline")} | ${t("meta.siteName")}`,
      template: `%s | ${t("meta.siteName")} ${t("meta.tagline")}`,
    },
    description: t("meta.description"),
    // A staff tool: keep it out of search engines.
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <AppShell
      header={<AdminHeader />}
      footer={<SiteFooter about={t("footer.about")} links={[{ href: "/", label: t("layout.workQueue") }]} />}
      mainClassName="padding-top-2"
    >
      {children}
    </AppShell>
  );
}
