// The page shell both apps share: language, skip link, messages for client components,
// GraphQL client, session, header, main landmark, footer. A Server Component used by each
// app's root layout, which brings its own header and footer.
import { NextIntlClientProvider, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { UrqlProvider } from "../graphql/urql-provider";
import { useLocale } from "../i18n/use-locale";
import { SessionProvider } from "../session/session-provider";

interface AppShellProps {
  header: ReactNode;
  footer: ReactNode;
  /** Extra classes on <main>. */
  mainClassName?: string;
  children: ReactNode;
}

export function AppShell({ header, footer, mainClassName, children }: AppShellProps) {
  const locale = useLocale();
  const t = useTranslations("layout");
  return (
    <html lang={locale}>
      <body>
        <div id="top" />
        <a className="usa-skipnav" href="#main-content">
          {t("skipToContent")}
        </a>
        {/* Rendered on the server, the provider hands client components the request's language,
            time zone, formats and the catalog of that one language (not the other). */}
        <NextIntlClientProvider>
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
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
