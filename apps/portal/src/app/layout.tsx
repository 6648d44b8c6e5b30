// The page shell every portal page shares: language, skip link, header, main landmark, footer.
import "@uswds/uswds/css/uswds.min.css";
import "./site.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PortalHeader } from "@/features/layout/portal-header";
import { SiteFooter } from "@/features/layout/site-footer";
import { SessionProvider } from "@/features/session/session-provider";
import { UrqlProvider } from "@/graphql/urql-provider";
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
    <html lang={locale}>
      <body>
        <div id="top" />
        <a className="usa-skipnav" href="#main-content">
          {t.layout.skipToContent}
        </a>
        <I18nProvider locale={locale}>
          <UrqlProvider>
            <SessionProvider>
              <PortalHeader />
              <main id="main-content" tabIndex={-1} className="site-main">
                {children}
              </main>
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
            </SessionProvider>
          </UrqlProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
