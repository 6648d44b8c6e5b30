// GraphQL from Server Components, for public data only (e.g. the programs list). It calls
// the API directly by its server-side URL and sends no cookies, so it can never act as a user.
import "server-only";
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { registerUrql } from "@urql/next/rsc";

const SERVER_TIMEOUT_MS = 5_000;

/** `getClient` for an app's server: one client per request (React's cache), so nothing is shared between visitors. */
export function createServerGraphQLClient(apiUrl: string): () => Client {
  const { getClient } = registerUrql(
    () =>
      new Client({
        url: `${apiUrl}/graphql`,
        exchanges: [cacheExchange, fetchExchange],
        preferGetMethod: false,
        fetchOptions: () => ({ cache: "no-store", signal: AbortSignal.timeout(SERVER_TIMEOUT_MS) }),
      }),
  );
  return getClient;
}
