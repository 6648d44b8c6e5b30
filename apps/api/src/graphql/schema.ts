// Every domain registers its types, queries and mutations on the builder when imported; this
// file is the one list of them.
import { lexicographicSortSchema, type GraphQLSchema } from "graphql";
import "../errors/error-types.graphql.ts";
import "../auth/auth.graphql.ts";
import "../domains/programs/program.graphql.ts";
import { builder } from "./builder.ts";

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
