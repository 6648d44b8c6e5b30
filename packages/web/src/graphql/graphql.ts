// Typed GraphQL documents for both apps: `graphql(...)` checks each document against the API's
// schema (apps/api/schema.graphql, turned into graphql-env.d.ts by `pnpm generate`) and infers
// the result and variable types, so a renamed field fails `pnpm typecheck`.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    Date: string;
    DateTime: string;
    Decimal: string;
    JSON: unknown;
  };
}>();
