// The Pothos schema builder: plugins, scalars and the authorization scopes. Types, queries and
// mutations live with their domain under src/domains/*/ and register themselves on import.
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { type Prisma, type Role } from "@openleave/db";
import type PrismaTypes from "@openleave/db/pothos-types";
import { getDatamodel } from "@openleave/db/pothos-types";
import { GraphQLError, Kind } from "graphql";
import { DomainError, SPECIFIC_ERRORS } from "../errors/domain-errors.ts";
import { hasRole, isStaff, type RequestContext } from "./context.ts";
import InputGuardPlugin from "./input-guard-plugin.ts";
import TypeColumnsPlugin from "./type-columns-plugin.ts";

export interface AuthScopes {
  signedIn: boolean;
  claimant: boolean;
  leaveAdmin: boolean;
  staff: boolean;
  role: Role;
}

export const builder = new SchemaBuilder<{
  Context: RequestContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string | Date };
    DateTime: { Input: Date; Output: Date };
    Decimal: { Input: string; Output: Prisma.Decimal | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Scope auth first so that every other plugin's work runs only for authorized requests; the
  // input guard inside the errors plugin, so its refusals become typed results.
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    InputGuardPlugin,
    PrismaPlugin,
    TypeColumnsPlugin,
    RelayPlugin,
    ComplexityPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: !!ctx.actor,
      claimant: hasRole(ctx.actor, "CLAIMANT"),
      leaveAdmin: hasRole(ctx.actor, "LEAVE_ADMIN"),
      staff: isStaff(ctx.actor),
      role: (role) => hasRole(ctx.actor, role),
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.actor
        ? new GraphQLError("You do not have permission to see or do this.", { extensions: { code: "FORBIDDEN" } })
        : new GraphQLError("Please sign in to continue.", { extensions: { code: "UNAUTHENTICATED" } }),
  },
  errors: {
    defaultTypes: [...SPECIFIC_ERRORS, DomainError],
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: 5_000, depth: 12, breadth: 200 },
    complexityError: (kind, result) => {
      // kind is "Depth", "Breadth" or "Complexity".
      const measure = String(kind).toLowerCase() as "depth" | "breadth" | "complexity";
      const maximum = { depth: result.maxDepth, breadth: result.maxBreadth, complexity: result.maxComplexity }[measure];
      return new GraphQLError(
        `This query is too large: its ${measure} is ${result[measure]} and the most allowed is ${maximum}. Ask for fewer or shallower fields.`,
        { extensions: { code: "QUERY_TOO_COMPLEX" } },
      );
    },
  },
});

builder.queryType({});
builder.mutationType({});

// ───────────── Scalars ─────────────

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType("Date", {
  description: "A calendar date, YYYY-MM-DD, with no time or time zone.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => parseCalendarDate(value),
  parseLiteral: (ast) => parseCalendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 with time zone.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (typeof value !== "string" || Number.isNaN(date.getTime()))
      throw new GraphQLError("Expected an ISO 8601 date-time.");
    return date;
  },
});

builder.scalarType("Decimal", {
  description: 'An exact decimal number as a string, e.g. money "1234.50".',
  serialize: (value) => (typeof value === "string" ? value : value.toFixed(2)),
  parseValue: (value) => {
    if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value))
      throw new GraphQLError('Expected a decimal string such as "1234.50".');
    return value;
  },
});

builder.scalarType("JSON", {
  description: "Structured data (used for rule explanations).",
  serialize: (value) => value,
  parseValue: (value) => value,
});

function parseCalendarDate(value: unknown): string {
  if (typeof value !== "string" || !CALENDAR_DATE.test(value)) {
    throw new GraphQLError("Expected a calendar date in the form YYYY-MM-DD.");
  }
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) throw new GraphQLError(`${value} is not a real date.`);
  return value;
}

/**
 * `unauthorizedResolver` for list relations a viewer may not see: they get an empty list, not
 * an error, so one query shape serves every role. (Pothos types this option for relations in
 * a way an empty array does not satisfy; the cast is only about that typing.)
 */
export const emptyList = (() => []) as never;
