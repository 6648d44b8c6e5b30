// Reading the printed schema (apps/api/schema.graphql) for the authorization matrix and the
// bad-input properties: the list of operations and object fields, placeholder arguments, and
// selection sets that ask for every field of a type.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { FIELDS, OPERATIONS, type Audience, type FieldRule, type OperationRule } from "./rules.ts";
import type { Role } from "@openleave/db";

export const SCHEMA_FILE = path.resolve(import.meta.dirname, "../../schema.graphql");
export const RULES_FILE = "apps/api/test/authorization/rules.ts";

export function loadPrintedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, "utf8"));
}

export interface Operation {
  /** "Query.claim", "Mutation.signIn" */
  key: string;
  kind: "query" | "mutation";
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const list: Operation[] = [];
  for (const [kind, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      list.push({ key: `${type!.name}.${field.name}`, kind, name: field.name, field });
    }
  }
  return list;
}

/**
 * Types whose fields carry no data of their own: generated mutation payloads and relay
 * connections, and the error results (their message is the API's own text).
 */
export function isStructuralType(schema: GraphQLSchema, type: GraphQLObjectType): boolean {
  if (type === schema.getQueryType() || type === schema.getMutationType()) return true;
  if (/^Mutation\w+Success$/.test(type.name)) return true;
  if (/Connection(Edge)?$/.test(type.name) || type.name === "PageInfo") return true;
  if (type.getInterfaces().some((i) => i.name === "Error") || type.name === "FieldIssue") return true;
  return type.name.startsWith("__");
}

export function dataTypesOf(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !isStructuralType(schema, type),
  );
}

/** Everything in the schema the matrix has no rule for, each with the line to add. */
export function missingRules(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const operation of operationsOf(schema)) {
    if (!OPERATIONS[operation.key]) {
      problems.push(
        `${operation.key} has no authorization rule. Add to OPERATIONS in ${RULES_FILE}:\n` +
          `    "${operation.key}": { allow: [/* "anyone" | "signedIn" | "staff" | a Role */] },`,
      );
    }
  }
  for (const type of dataTypesOf(schema)) {
    const rules = FIELDS[type.name];
    for (const field of Object.keys(type.getFields())) {
      if (!rules?.[field]) {
        problems.push(
          `${type.name}.${field} has no field rule. Add to FIELDS.${type.name} in ${RULES_FILE}:\n` +
            `    ${field}: SAME,   // or VIEWER, hiddenFrom([...roles], why), maskedFor(...), narrowedFor(...)`,
        );
      }
    }
  }
  return problems;
}

/** Rules that name something the schema no longer has (kept tidy so the matrix stays true). */
export function staleRules(schema: GraphQLSchema): string[] {
  const operations = new Set(operationsOf(schema).map((o) => o.key));
  const stale = Object.keys(OPERATIONS).filter((key) => !operations.has(key));
  for (const [typeName, fields] of Object.entries(FIELDS)) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) {
      stale.push(typeName);
      continue;
    }
    for (const field of Object.keys(fields)) if (!type.getFields()[field]) stale.push(`${typeName}.${field}`);
  }
  return stale;
}

export function ruleFor(key: string): OperationRule {
  const rule = OPERATIONS[key];
  if (!rule) throw new Error(`${key} has no rule in ${RULES_FILE}`);
  return rule;
}

export function fieldRule(type: string, field: string): FieldRule {
  return FIELDS[type]?.[field] ?? "SAME";
}

const STAFF: Role[] = ["ADJUDICATOR", "SUPERVISOR", "APPEALS_OFFICER", "PROGRAM_ADMIN"];

/** Whether a rule lets an actor with these roles (none: anonymous) through. */
export function audienceAllows(allow: readonly Audience[], roles: readonly Role[]): boolean {
  return allow.some((audience) => {
    if (audience === "anyone") return true;
    if (audience === "signedIn") return roles.length > 0;
    if (audience === "staff") return roles.some((role) => STAFF.includes(role));
    return roles.includes(audience);
  });
}

// ───────────── Placeholder arguments ─────────────

export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** A harmless, well-typed value for an input type: unknown ids, short text, the first enum value. */
export function placeholderFor(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholderFor(type.ofType);
  if (isListType(type)) return [placeholderFor(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = placeholderFor(field.type);
    }
    return value;
  }
  switch (type.name) {
    case "ID":
      return UNKNOWN_ID;
    case "String":
      return "authorization probe";
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Date":
      return "2026-01-05";
    case "DateTime":
      return new Date().toISOString();
    case "Decimal":
      return "1.00";
    default:
      return {};
  }
}

export function requiredArguments(field: GraphQLField<unknown, unknown>): GraphQLArgument[] {
  return field.args.filter((arg) => isNonNullType(arg.type));
}

/** `mutation($a: T!, …) { name(a: $a, …) <selection> }` for the given variables. */
export function operationDocument(operation: Operation, variables: Record<string, unknown>, selection: string): string {
  const used = operation.field.args.filter((arg) => arg.name in variables);
  const declarations = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const args = used.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  return `${operation.kind}${declarations ? `(${declarations})` : ""} { ${operation.name}${args ? `(${args})` : ""} ${selection} }`;
}

/** Just enough of the result to tell success from a typed error. */
export function outcomeSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isUnionType(named)) return `{ __typename ... on Error { code message } }`;
  if (isObjectType(named) || isInterfaceType(named)) return `{ __typename }`;
  return "";
}

/**
 * A selection of every field of a type, `levels` object levels deep, skipping fields that
 * need arguments and types already on the path. Each object also asks for __typename.
 */
export function fullSelection(type: GraphQLNamedType, levels: number, path: string[] = []): string {
  if (!isObjectType(type)) return "";
  const parts = ["__typename"];
  for (const field of Object.values(type.getFields())) {
    if (requiredArguments(field).length) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      parts.push(field.name);
      continue;
    }
    if (!isObjectType(named) || levels <= 1 || path.includes(named.name)) continue;
    parts.push(`${field.name} ${fullSelection(named, levels - 1, [...path, type.name])}`);
  }
  return `{ ${parts.join(" ")} }`;
}

interface Leaf {
  /** Object fields from the entry type down to the leaf's object. */
  chain: string[];
  field: string;
}

/**
 * The same fields as fullSelection, cut into several selections that each stay inside the
 * API's complexity limits (every field costs 1, times 10 for each list above it; at most
 * `breadth` fields per selection), so the walk needs few requests.
 */
export function chunkedSelections(type: GraphQLObjectType, levels: number, budget = 2_000, breadth = 120): string[] {
  const leaves: { leaf: Leaf; cost: number }[] = [];
  const collect = (current: GraphQLObjectType, depth: number, chain: string[], types: string[], multiplier: number) => {
    for (const field of Object.values(current.getFields())) {
      if (requiredArguments(field).length) continue;
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) {
        leaves.push({ leaf: { chain, field: field.name }, cost: multiplier });
        continue;
      }
      if (!isObjectType(named) || depth <= 1 || types.includes(named.name)) continue;
      const list = isListType(getNullableType(field.type));
      collect(named, depth - 1, [...chain, field.name], [...types, current.name], multiplier * (list ? 10 : 1));
    }
  };
  collect(type, levels, [], [], 1);
  const chunks: Leaf[][] = [];
  let current: Leaf[] = [];
  let cost = 0;
  for (const { leaf, cost: leafCost } of leaves) {
    const extra = leafCost * (1 + leaf.chain.length);
    if (current.length && (cost + extra > budget || current.length >= breadth)) {
      chunks.push(current);
      current = [];
      cost = 0;
    }
    current.push(leaf);
    cost += extra;
  }
  if (current.length) chunks.push(current);
  return chunks.map((chunk) => renderLeaves(type, chunk));
}

function renderLeaves(type: GraphQLObjectType, leaves: Leaf[]): string {
  const own = leaves.filter((leaf) => leaf.chain.length === 0).map((leaf) => leaf.field);
  const children = new Map<string, Leaf[]>();
  for (const leaf of leaves) {
    if (!leaf.chain.length) continue;
    const [head, ...rest] = leaf.chain as [string, ...string[]];
    children.set(head, [...(children.get(head) ?? []), { chain: rest, field: leaf.field }]);
  }
  const parts = ["__typename", ...(type.getFields().id && !own.includes("id") ? ["id"] : []), ...own];
  for (const [field, nested] of children) {
    parts.push(`${field} ${renderLeaves(getNamedType(type.getFields()[field]!.type) as GraphQLObjectType, nested)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

export { getNamedType, getNullableType, isListType, isObjectType };
