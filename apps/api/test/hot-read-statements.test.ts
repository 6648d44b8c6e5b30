// The hot reads of bench/hot-reads.ts, exactly as the benchmark sends them, each counted in SQL
// statements (Prisma query events) once the session is known: the goal is one statement per
// request. The session statement itself is gone once this replica has cached the session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOT_READS, type HotRead, type HotReadIds } from "../bench/hot-reads.ts";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

let api: TestApi;
let statements: string[] = [];
let ids: HotReadIds;
const clients = {} as Record<HotRead["as"], ApiClient>;

beforeAll(async () => {
  api = await startTestApi({
    env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" },
    onQuery: (sql) => statements.push(sql),
  });
  clients.staff = await api.signedIn(DEMO.adjudicator);
  clients.claimant = await api.signedIn(DEMO.claimant);
  clients.leaveAdmin = await api.signedIn(DEMO.leaveAdmin);
  const maria = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
  const claims = await api.db.claim.findMany({ where: { status: { not: "DRAFT" } }, select: { id: true } });
  const admin = await api.db.leaveAdministrator.findFirstOrThrow({
    where: { user: { email: DEMO.leaveAdmin }, verifiedAt: { not: null } },
  });
  ids = { claimIds: claims.map((c) => c.id), claimantPersonIds: [maria.personId!], employerId: admin.employerId };
});
afterAll(() => api.close());

/** Statements one request issues, after a first request has put the session in the cache. */
async function statementsFor(read: HotRead): Promise<string[]> {
  const client = clients[read.as];
  const send = async () => {
    const result = await client.graphql(read.query, read.variables(0, ids));
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data!).every((v) => v !== null)).toBe(true);
  };
  await send();
  statements = [];
  await send();
  return statements;
}

describe("statements per hot read, session known", () => {
  for (const read of HOT_READS) {
    it(`${read.label}: one statement, no sealed or secret column`, async () => {
      const sent = await statementsFor(read);
      expect(sent.some((sql) => /"Session"/.test(sql))).toBe(false);
      // Sealed PII (…Encrypted) and the password hash are never loaded to answer a read.
      expect(sent.filter((sql) => /Encrypted"|passwordHash/.test(sql))).toEqual([]);
      expect(sent).toHaveLength(1);
    });
  }
});
