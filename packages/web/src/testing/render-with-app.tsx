// Renders a component the way the apps do (language, urql, session), with the API replaced
// by canned answers keyed by operation name. Requests go through the real urql client, so
// tests also exercise its fetch options (CSRF header, POST).
import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { Provider } from "urql";
import { vi } from "vitest";
import { createBrowserClient } from "../graphql/client";
import { webFormats } from "../i18n/formats";
import { INTL_LOCALES, type Locale } from "../i18n/locales";
import type { MessageTree } from "../i18n/merge-messages";
import { precompileMessages, type CompiledMessages } from "../i18n/precompile";
import { StaticSessionProvider, type Session } from "../session/session-provider";
import { failOnIntlError, TEST_TIME_ZONE } from "./intl-test-config";
import { testRequestLocale } from "./server-request";

type Answer = object | ((variables: Record<string, unknown>) => object);

export interface RenderOptions {
  locale?: Locale;
  session?: Session;
  /** GraphQL answers by operation name: the JSON body the API would send (`{ data: … }`). */
  answers?: Record<string, Answer>;
  /** HTTP status by operation name (default 200), e.g. 503 while the API's database is away. */
  statuses?: Record<string, number>;
  cookies?: string;
  /** The deployment's time zone for instants (default TEST_TIME_ZONE). */
  timeZone?: string;
}

export interface RecordedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
  method: string;
}

/**
 * `renderWithApp` for an app, with its merged catalogs (src/i18n/catalogs.ts). A missing
 * message or a wrong argument fails the test instead of rendering the key.
 */
export function createRenderWithApp(catalogs: Record<Locale, MessageTree>) {
  // Compiled as the request configuration compiles them for the running app.
  const compiled = new Map<Locale, CompiledMessages>();
  const messagesOf = (locale: Locale) => {
    if (!compiled.has(locale)) compiled.set(locale, precompileMessages(catalogs[locale]));
    return compiled.get(locale) as unknown as Record<string, string>;
  };
  return function renderWithApp(ui: ReactElement, options: RenderOptions = {}) {
    const requests: RecordedRequest[] = [];
    const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body ?? "{}")) as {
        operationName?: string;
        variables?: Record<string, unknown>;
      };
      const operationName = body.operationName ?? "";
      requests.push({
        operationName,
        variables: body.variables ?? {},
        headers: new Headers(init?.headers),
        method: init?.method ?? "GET",
      });
      const answer = options.answers?.[operationName];
      if (!answer) return new Response("Not found", { status: 404 });
      const payload = typeof answer === "function" ? answer(body.variables ?? {}) : answer;
      return new Response(JSON.stringify(payload), {
        status: options.statuses?.[operationName] ?? 200,
        headers: { "content-type": "application/json" },
      });
    });
    const client = createBrowserClient({
      fetch: fetchMock as typeof fetch,
      url: "http://app.test/graphql",
      readCookies: () => options.cookies ?? "",
    });
    const session = options.session ?? { status: "signed-out" };
    const locale = options.locale ?? testRequestLocale();
    // A wrapper, so that `rerender` keeps the providers.
    const wrapper = ({ children }: { children: ReactNode }) => (
      <NextIntlClientProvider
        locale={INTL_LOCALES[locale]}
        messages={messagesOf(locale)}
        formats={webFormats}
        timeZone={options.timeZone ?? TEST_TIME_ZONE}
        onError={failOnIntlError}
      >
        <Provider value={client}>
          <StaticSessionProvider session={session}>{children}</StaticSessionProvider>
        </Provider>
      </NextIntlClientProvider>
    );
    const result = render(ui, { wrapper });
    return { ...result, requests, fetchMock };
  };
}
