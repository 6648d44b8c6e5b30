// GraphQL from Server Components, for public data only (the programs list): straight to the
// API by its server-side URL, without cookies.
import { createServerGraphQLClient } from "@openleave/web/server";
import { env } from "@/env";

export const getServerClient = createServerGraphQLClient(env.apiUrl);
