"use client";
// The page's language and the messages of the shared components, for every client component
// below the app's I18nProvider. Each app keeps its own catalogs and ties them in with
// `createI18n`; its own components read the full catalog through the `useMessages` it returns.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import type { WebMessages } from "./web-messages";

interface I18nContextValue {
  locale: Locale;
  messages: WebMessages;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function useLocale(): Locale {
  return useContext(I18nContext)?.locale ?? DEFAULT_LOCALE;
}

/** The messages shared components read, from the app's catalog for the current language. */
export function useWebMessages(): WebMessages {
  const context = useContext(I18nContext);
  if (!context) throw new Error("Shared components need the app's I18nProvider (from createI18n) above them.");
  return context.messages;
}

/**
 * An app's provider and hook over its own catalogs. Both catalogs are small, so the client
 * bundle carries both and switching needs no fetch. `TMessages` must include `WebMessages`.
 */
export function createI18n<TMessages extends WebMessages>(catalogs: Record<Locale, TMessages>) {
  function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
    const value = useMemo(() => ({ locale, messages: catalogs[locale] }), [locale]);
    return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
  }

  /** The messages of the current language, e.g. `const t = useMessages(); t.signIn.title`. */
  function useMessages(): TMessages {
    return catalogs[useLocale()];
  }

  return { I18nProvider, useMessages };
}
