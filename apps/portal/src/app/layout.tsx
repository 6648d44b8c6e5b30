// The page shell every portal page shares (@openleave/web's AppShell): language, skip link,
// header, main landmark, footer.
import "@uswds/uswds/css/uswds.min.css";
import "@openleave/web/site.css";
import "./site.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell, SiteFooter } from "@openleave/web";
import { PortalHeader } from "@/features/layout/portal-header";
import { I18nProvider } from "@/i18n/i18n-provider";
import { getMessages } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return {
    title: { default: `${t.meta.siteName}: ${t.meta.tagline}`, template: `%s | ${t.meta.siteName}` },
    description: t.meta.description,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <AppShell
      locale={locale}
      I18nProvider={I18nProvider}
      skipToContentLabel={t.layout.skipToContent}
      header={<PortalHeader />}
      footer={
        <SiteFooter
          about={t.footer.about}
          navLabel={t.footer.navLabel}
          backToTop={t.footer.backToTop}
          links={[
            { href: "/", label: t.layout.home },
            { href: "/apply", label: t.layout.apply },
            { href: "/accessibility", label: t.footer.accessibility },
          ]}
        />
      }
    >
      {children}
    </AppShell>
  );
}
