// The browser's GraphQL client. It talks to this app's own origin (`/graphql`), which Next
// rewrites to the API, so the API's session cookies are first-party and sent automatically.
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { csrfHeaders } from "./csrf";

export const GRAPHQL_PATH = "/graphql";

export interface BrowserClientOptions {
  /** Where to read cookies from; a function so the value is fresh on every request. */
  readCookies?: () => string;
  /** For tests. */
  fetch?: typeof fetch;
  url?: string;
}

export function createBrowserClient(options: BrowserClientOptions = {}): Client {
  const readCookies = options.readCookies ?? (() => (typeof document === "undefined" ? "" : document.cookie));
  return new Client({
    url: options.url ?? GRAPHQL_PATH,
    exchanges: [cacheExchange, fetchExchange],
    fetch: options.fetch,
    // Always POST with a JSON body. urql would otherwise send short queries as GET, which the
    // API's Apollo CSRF prevention rejects unless a preflight-forcing header is present.
    preferGetMethod: false,
    // Read per request: the token changes when the user signs in or out.
    fetchOptions: () => ({
      credentials: "same-origin",
      headers: csrfHeaders(readCookies()),
    }),
  });
}
