// Renders a component the way the apps do (language, urql, session), with the API replaced
// by canned answers keyed by operation name. Requests go through the real urql client, so
// tests also exercise its fetch options (CSRF header, POST).
import { render } from "@testing-library/react";
import type { ComponentType, ReactElement, ReactNode } from "react";
import { Provider } from "urql";
import { vi } from "vitest";
import { createBrowserClient } from "../graphql/client";
import type { Locale } from "../i18n/locales";
import { StaticSessionProvider, type Session } from "../session/session-provider";

type Answer = object | ((variables: Record<string, unknown>) => object);

export interface RenderOptions {
  locale?: Locale;
  session?: Session;
  /** GraphQL answers by operation name: the JSON body the API would send (`{ data: … }`). */
  answers?: Record<string, Answer>;
  cookies?: string;
}

export interface RecordedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
  method: string;
}

/** `renderWithApp` for an app, around its own I18nProvider (from `createI18n`). */
export function createRenderWithApp(I18nProvider: ComponentType<{ locale: Locale; children: ReactNode }>) {
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
      return new Response(JSON.stringify(payload), { status: 200, headers: { "content-type": "application/json" } });
    });
    const client = createBrowserClient({
      fetch: fetchMock as typeof fetch,
      url: "http://app.test/graphql",
      readCookies: () => options.cookies ?? "",
    });
    const session = options.session ?? { status: "signed-out" };
    const result = render(
      <I18nProvider locale={options.locale ?? "en"}>
        <Provider value={client}>
          <StaticSessionProvider session={session}>{ui}</StaticSessionProvider>
        </Provider>
      </I18nProvider>,
    );
    return { ...result, requests, fetchMock };
  };
}
