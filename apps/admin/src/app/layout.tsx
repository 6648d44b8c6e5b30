// The page shell every console page shares: language, skip link, header, main landmark, footer.
import "@uswds/uswds/css/uswds.min.css";
import "./site.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminHeader } from "@/features/layout/admin-header";
import { SiteFooter } from "@/features/layout/site-footer";
import { SessionProvider } from "@/features/session/session-provider";
import { UrqlProvider } from "@/graphql/urql-provider";
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
    <html lang={locale}>
      <body>
        <div id="top" />
        <a className="usa-skipnav" href="#main-content">
          {t.layout.skipToContent}
        </a>
        <I18nProvider locale={locale}>
          <UrqlProvider>
            <SessionProvider>
              <AdminHeader />
              <main id="main-content" tabIndex={-1} className="site-main padding-top-2">
                {children}
              </main>
              <SiteFooter about={t.footer.about} navLabel={t.footer.navLabel} backToTop={t.footer.backToTop} links={[{ href: "/", label: t.layout.workQueue }]} />
            </SessionProvider>
          </UrqlProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
