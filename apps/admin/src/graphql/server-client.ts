// GraphQL from Server Components, for public data only (e.g. the programs list). It calls
// the API directly by its server-side URL and sends no cookies, so it can never act as a user.
import "server-only";
import { registerUrql } from "@urql/next/rsc";
import { Client, cacheExchange, fetchExchange } from "urql";
import { env } from "@/env";

const SERVER_TIMEOUT_MS = 5_000;

// One client per request (React's cache), so nothing is shared between visitors.
export const { getClient: getServerClient } = registerUrql(
  () =>
    new Client({
      url: `${env.apiUrl}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      preferGetMethod: false,
      fetchOptions: () => ({ cache: "no-store", signal: AbortSignal.timeout(SERVER_TIMEOUT_MS) }),
    }),
);
