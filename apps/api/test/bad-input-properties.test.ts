// Property-based bad input (fast-check) over every mutation in the printed schema: arguments
// are generated from each mutation's input types (control characters, lone surrogates, huge
// text, negative and huge numbers, garbage and foreign ids, long lists, wrong enum values,
// missing fields), sent over HTTP by every role the matrix lets in. Every answer must be a
// success or a typed error, never a 500; after an error, no table has gained or lost a row
// (except those the matrix names in `writesOnError`).
import type { Role } from "@openleave/db";
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLNamedType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  audienceAllows,
  loadPrintedSchema,
  operationsOf,
  ruleFor,
  type Operation,
} from "./authorization/schema-walk.ts";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

/** Runs per mutation and role. Raise locally (BAD_INPUT_RUNS=500) to search harder. */
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 12);

const ACTORS: { name: string; email?: string; roles: Role[] }[] = [
  { name: "anonymous", roles: [] },
  { name: "claimant", email: DEMO.claimant, roles: ["CLAIMANT"] },
  { name: "leaveAdmin", email: DEMO.leaveAdmin, roles: ["LEAVE_ADMIN"] },
  { name: "adjudicator", email: DEMO.adjudicator, roles: ["ADJUDICATOR"] },
  { name: "supervisor", email: DEMO.supervisor, roles: ["SUPERVISOR", "ADJUDICATOR"] },
  { name: "appealsOfficer", email: DEMO.appealsOfficer, roles: ["APPEALS_OFFICER"] },
  { name: "programAdmin", email: DEMO.programAdmin, roles: ["PROGRAM_ADMIN"] },
];

const schema = loadPrintedSchema();
const mutations = operationsOf(schema).filter((operation) => operation.kind === "mutation");

let api: TestApi;
const clients = new Map<string, ApiClient>();
/** Real ids of the demo world, so generated input sometimes names records that exist. */
let knownIds: Record<string, string[]> = {};
let tables: string[] = [];

beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000000", SIGN_IN_MAX_FAILURES: "1000000" } });
  for (const actor of ACTORS) clients.set(actor.name, actor.email ? await api.signedIn(actor.email) : api.client());
  const db = api.db;
  // A draft of María's own, so her updates reach validation instead of "not found".
  const maria = await db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
  const program = await db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } });
  await db.claim.create({ data: { programId: program.id, claimantId: maria.personId!, createdById: maria.id } });
  const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);
  knownIds = {
    claim: await ids(db.claim.findMany({ select: { id: true } })),
    document: await ids(db.document.findMany({ select: { id: true } })),
    appeal: await ids(db.appeal.findMany({ select: { id: true } })),
    task: await ids(db.task.findMany({ select: { id: true } })),
    employer: await ids(db.employer.findMany({ select: { id: true } })),
    person: await ids(db.person.findMany({ select: { id: true } })),
    program: await ids(db.program.findMany({ select: { id: true } })),
    infoRequest: await ids(db.infoRequest.findMany({ select: { id: true } })),
    employerResponse: await ids(db.employerResponse.findMany({ select: { id: true } })),
    assignee: await ids(db.user.findMany({ select: { id: true } })),
    // Staff-account changes (disable, roles) name real users, but never the actors signed in
    // here: disabling the appeals officer would sign every later case of theirs out.
    user: await ids(
      db.user.findMany({
        select: { id: true },
        where: { email: { notIn: ACTORS.flatMap((actor) => (actor.email ? [actor.email] : [])) } },
      }),
    ),
  };
  const rows = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  tables = rows.map((row) => row.table_name);
});
afterAll(() => api.close());

async function rowCounts(): Promise<Record<string, number>> {
  const sql = tables.map((table) => `SELECT '${table}' AS t, count(*)::int AS n FROM "${table}"`).join(" UNION ALL ");
  const rows = await api.db.$queryRawUnsafe<{ t: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
}

// ───────────── Generated input ─────────────

const NASTY_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "lone \udfff surrogate",
  "\u202e\u200b",
  "x".repeat(100_000),
  '\'; DROP TABLE "Claim"; --',
  "../../etc/passwd",
  "%00",
  "<script>alert(1)</script>",
];

function textFor(name: string): fc.Arbitrary<string> {
  const plausible: fc.Arbitrary<string>[] = [fc.string({ maxLength: 40 })];
  if (/email/i.test(name)) plausible.push(fc.emailAddress());
  if (/date/i.test(name)) plausible.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  if (/At$/.test(name)) plausible.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
  if (/amount|hours|wages/i.test(name)) plausible.push(fc.double().map(String));
  return fc.oneof(
    { arbitrary: fc.oneof(...plausible), weight: 3 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 2 },
    { arbitrary: fc.constantFrom(...NASTY_TEXT), weight: 3 },
  );
}

function scalarFor(type: GraphQLNamedType, name: string): fc.Arbitrary<unknown> {
  if (isEnumType(type))
    return fc.oneof(
      { arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)), weight: 5 },
      { arbitrary: fc.constant("NOT_A_VALUE"), weight: 1 },
    );
  switch (type.name) {
    case "ID": {
      // claimId draws from claims, documentId from documents …; other names from everything.
      const named = knownIds[name.replace(/Id$/, "")];
      const pool = named?.length ? named : Object.values(knownIds).flat();
      return fc.oneof(
        { arbitrary: fc.constantFrom(...pool), weight: 4 },
        { arbitrary: fc.uuid(), weight: 2 },
        { arbitrary: textFor(name), weight: 2 },
      );
    }
    case "Int":
      return fc.oneof(fc.integer(), fc.constantFrom(-5, 0, 1, 2 ** 31 - 1, -(2 ** 31), 1e15));
    case "Float":
      return fc.double();
    case "Boolean":
      return fc.boolean();
    default:
      return textFor(name);
  }
}

function valueFor(type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ arbitrary: valueFor(type.ofType, name), weight: 19 }, fc.constant(null));
  if (isListType(type)) {
    const item = valueFor(type.ofType, name);
    return fc.oneof(
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 10 },
      { arbitrary: item.map((one) => Array.from({ length: 5_000 }, () => one)), weight: 1 },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, field.name)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  return fc.option(scalarFor(getNamedType(type), name), { nil: null, freq: 6 });
}

function variablesFor(operation: Operation): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(operation.field.args.map((arg) => [arg.name, valueFor(arg.type, arg.name)])), {
    requiredKeys: operation.field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
  });
}

function documentFor(operation: Operation): string {
  const declarations = operation.field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const args = operation.field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  return `mutation${declarations ? `(${declarations})` : ""} { ${operation.name}${args ? `(${args})` : ""} { __typename ... on Error { code message } ... on InvalidInputError { issues { path message } } } }`;
}

// ───────────── The property ─────────────

const cases = mutations.flatMap((operation) => {
  const rule = ruleFor(operation.key);
  return ACTORS.filter((actor) => audienceAllows(rule.allow, actor.roles)).map((actor) => ({
    key: operation.key,
    actor: actor.name,
    operation,
  }));
});

describe.each(cases)("$key as $actor", ({ operation, actor }) => {
  it("answers every generated input with a success or a typed error, and an error writes nothing", async () => {
    const rule = ruleFor(operation.key);
    const document = documentFor(operation);
    await fc.assert(
      fc.asyncProperty(variablesFor(operation), async (variables) => {
        const before = await rowCounts();
        const response = await clients.get(actor)!.graphql(document, variables);
        const topLevel = response.errors?.[0];
        const payload = (response.data as Record<string, { __typename?: string; code?: string } | null> | undefined)?.[
          operation.name
        ];
        expect(response.status, JSON.stringify(response.errors)).toBeLessThan(500);
        expect(topLevel?.extensions?.code ?? "typed", JSON.stringify(response.errors)).not.toBe(
          "INTERNAL_SERVER_ERROR",
        );
        if (topLevel) expect(topLevel.extensions?.code, "a top-level error carries a code").toBeTruthy();
        const failed = !!topLevel || !payload?.__typename?.endsWith("Success");
        // A nullable mutation may answer null ("nothing to take"); GraphQL cannot null a
        // non-null field without a top-level error, so null here is always a declared answer.
        if (!topLevel && payload !== null) expect(payload?.__typename, "a result or a typed error").toBeTruthy();
        if (!failed) return;
        const after = await rowCounts();
        for (const table of rule.writesOnError?.tables ?? []) {
          delete before[table];
          delete after[table];
        }
        expect(after, `row counts after ${payload?.code ?? topLevel?.extensions?.code}`).toEqual(before);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // Sign-out ends the session the next case needs.
    if (rule.endsSession) {
      const fresh = ACTORS.find((a) => a.name === actor)!;
      clients.set(actor, fresh.email ? await api.signedIn(fresh.email) : api.client());
    }
  }, 120_000);
});
