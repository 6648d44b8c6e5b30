// The page shell both apps share: language, skip link, GraphQL client, session, header, main
// landmark, footer. A Server Component used by each app's root layout, which brings its own
// catalogs (I18nProvider), header and footer.
import type { ComponentType, ReactNode } from "react";
import { UrqlProvider } from "../graphql/urql-provider";
import type { Locale } from "../i18n/locales";
import { SessionProvider } from "../session/session-provider";

interface AppShellProps {
  locale: Locale;
  /** The app's provider from `createI18n`. */
  I18nProvider: ComponentType<{ locale: Locale; children: ReactNode }>;
  skipToContentLabel: string;
  header: ReactNode;
  footer: ReactNode;
  /** Extra classes on <main>. */
  mainClassName?: string;
  children: ReactNode;
}

export function AppShell({
  locale,
  I18nProvider,
  skipToContentLabel,
  header,
  footer,
  mainClassName,
  children,
}: AppShellProps) {
  return (
    <html lang={locale}>
      <body>
        <div id="top" />
        <a className="usa-skipnav" href="#main-content">
          {skipToContentLabel}
        </a>
        <I18nProvider locale={locale}>
          <UrqlProvider>
            <SessionProvider>
              {header}
              <main
                id="main-content"
                tabIndex={-1}
                className={mainClassName ? `site-main ${mainClassName}` : "site-main"}
              >
                {children}
              </main>
              {footer}
            </SessionProvider>
          </UrqlProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
