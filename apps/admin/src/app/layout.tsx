// The page shell every console page shares (@openleave/web's AppShell): language, skip link,
// header, main landmark, footer.
import "@uswds/uswds/css/uswds.min.css";
import "@openleave/web/site.css";
import "./site.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, SiteFooter } from "@openleave/web";
import { AdminHeader } from "@/features/layout/admin-header";
import { I18nProvider } from "@/i18n/i18n-provider";
import { getMessages } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return {
    title: { default: `${t.meta.tagline} | ${t.meta.siteName}`, template: `%s | ${t.meta.siteName} ${t.meta.tagline}` },
    description: t.meta.description,
    // A staff tool: keep it out of search engines.
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <AppShell
      locale={locale}
      I18nProvider={I18nProvider}
      skipToContentLabel={t.layout.skipToContent}
      header={<AdminHeader />}
      footer={
        <SiteFooter
          about={t.footer.about}
          navLabel={t.footer.navLabel}
          backToTop={t.footer.backToTop}
          links={[{ href: "/", label: t.layout.workQueue }]}
        />
      }
      mainClassName="padding-top-2"
    >
      {children}
    </AppShell>
  );
}
