// A wage report of realistic size goes through in one transaction with batched statements, and
// a failure at the very last write leaves nothing behind. Durations are printed, not asserted.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { completedQuarters, csvOf, importReport, testSsn, type WageLine } from "./support/wage-reports.ts";

const ROWS = 5_000;

let api: TestApi;
let hr: ApiClient;
let evergreenId: string;
const [quarter] = completedQuarters(8);

beforeAll(async () => {
  api = await startTestApi();
  hr = await api.signedIn(DEMO.leaveAdmin);
  evergreenId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
});
afterAll(() => api.close());

function workforce(wagesFor: (i: number) => string): WageLine[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    ssn: testSsn(20_000 + i),
    first: `Worker${i}`,
    last: "Scale",
    wages: wagesFor(i),
    hours: "480",
  }));
}

const snapshot = async () => ({
  people: await api.db.person.count(),
  reports: await api.db.wageReport.count(),
  records: await api.db.wageRecord.count({ where: { employerId: evergreenId, ...quarter! } }),
  total:
    (
      await api.db.wageRecord.aggregate({ where: { employerId: evergreenId, ...quarter! }, _sum: { wages: true } })
    )._sum.wages?.toFixed(2) ?? "0.00",
});

describe(`a ${ROWS.toLocaleString("en-US")}-row report`, () => {
  it("imports new workers, then an amended file replaces every figure", async () => {
    const before = await snapshot();
    let started = performance.now();
    const first = await importReport(hr, {
      employerId: evergreenId,
      ...quarter!,
      csv: csvOf(workforce((i) => `${1000 + i}.25`)),
    });
    const createMs = performance.now() - started;
    expect(first.payload.data).toMatchObject({
      status: "ACCEPTED",
      rowCount: ROWS,
      acceptedCount: ROWS,
      rejectedCount: 0,
    });
    const afterCreate = await snapshot();
    expect(afterCreate.people - before.people).toBe(ROWS);
    expect(afterCreate.records - before.records).toBe(ROWS);
    // Σ (1000 + i + 0.25) for i < ROWS
    expect(afterCreate.total).toBe((ROWS * 1000 + (ROWS * (ROWS - 1)) / 2 + ROWS * 0.25).toFixed(2));

    started = performance.now();
    const amended = await importReport(hr, {
      employerId: evergreenId,
      ...quarter!,
      csv: csvOf(workforce((i) => `${2000 + i}.50`)),
    });
    const amendMs = performance.now() - started;
    expect(amended.payload.data.status).toBe("ACCEPTED");
    const afterAmend = await snapshot();
    expect(afterAmend.people).toBe(afterCreate.people);
    expect(afterAmend.records).toBe(afterCreate.records);
    expect(afterAmend.total).toBe((ROWS * 2000 + (ROWS * (ROWS - 1)) / 2 + ROWS * 0.5).toFixed(2));
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { entityId: amended.payload.data.id, action: "wage_report.amend" },
    });
    expect(audit.metadata).toMatchObject({ amendedCount: ROWS, replacedReportIds: [first.payload.data.id] });

    console.info(
      `[wage import] ${ROWS} rows on ${api.database.url ? "PostgreSQL" : "PGlite"}: new people ${Math.round(createMs)} ms, amendment ${Math.round(amendMs)} ms`,
    );
  });

  it("leaves nothing behind when the import fails at its last write", async () => {
    // Make the final statement of the import (its audit event) fail, after every other write.
    await asOwner(
      `CREATE FUNCTION fail_wage_import() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END; $$ LANGUAGE plpgsql`,
    );
    await asOwner(
      `CREATE TRIGGER fail_wage_import BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.action = 'wage_report.import') EXECUTE FUNCTION fail_wage_import()`,
    );
    try {
      const before = await snapshot();
      // Half amendments of existing workers, half new people.
      const lines = workforce((i) => `${3000 + i}.75`).map((line, i) =>
        i % 2 === 0 ? line : { ...line, ssn: testSsn(40_000 + i) },
      );
      const { result } = await importReport(hr, { employerId: evergreenId, ...quarter!, csv: csvOf(lines) });
      expect(result.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(JSON.stringify(result)).not.toContain("simulated crash");
      expect(await snapshot()).toEqual(before);
    } finally {
      await asOwner(`DROP TRIGGER fail_wage_import ON "AuditEvent"`);
      await asOwner(`DROP FUNCTION fail_wage_import()`);
    }
  });
});

/** DDL for the test's own trap: on PostgreSQL only the owner role may (the API's role owns nothing). */
async function asOwner(sql: string) {
  if (!api.database.ownerUrl) return void (await api.db.$executeRawUnsafe(sql));
  const owner = new pg.Client({ connectionString: api.database.ownerUrl });
  await owner.connect();
  try {
    await owner.query(sql);
  } finally {
    await owner.end();
  }
}
