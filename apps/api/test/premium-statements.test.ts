// Stored premium statements over real HTTP on the real database. The worker's backfill issues a
// statement for every quarter of wages on file; each matches the rules package's calculatePremium
// called here worker by worker, for three programs with different splits (WA, MA, CO) and WA's
// small-employer rule. Amending a past quarter issues the next version (the old one kept as
// history) and re-issues the year's later quarter whose wage cap it moved. Only the employer's
// own administrators and staff see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@openleave/db";
import { calculatePremium, isRulesErrorResult } from "@openleave/rules";
import { enqueueJob } from "../src/jobs/job-queue.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { DEMO, startTestApi, type TestApi } from "./support/test-api.ts";
import { csvOf, importReport, testSsn } from "./support/wage-reports.ts";

const FIELDS = `id year quarter version reason current supersededAt workerCount employerSize totalWages taxableWages wageCap
  totalRate employeeRate employerRate employerShareRequired employeeShare employerShare amountDue exempt
  program { code } wageReport { id fileName }`;
const STATEMENTS = `query($e: ID!, $h: Boolean) { premiumStatements(employerId: $e, includeHistory: $h) { ${FIELDS} } }`;

let api: TestApi;
const employerIds: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  for (const employer of await api.db.employer.findMany()) employerIds[employer.name] = employer.id;
  // The demo seed writes wage records without statements: the worker's daily backfill issues them.
  await enqueueJob(api.db, "premiums.backfill", { key: "premiums.backfill:test", payload: {} });
  await drainQueue({ db: api.db, pii: api.pii });
});
afterAll(() => api.close());

const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"];

/** The same statement computed here, worker by worker, straight from the rules package. */
async function expected(employerId: string, year: number, quarter: number) {
  const employer = await api.db.employer.findUniqueOrThrow({ where: { id: employerId } });
  const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: employer.jurisdiction } });
  const records = await api.db.wageRecord.findMany({ where: { employerId, year } });
  let employee = new Prisma.Decimal(0);
  let employerShare = new Prisma.Decimal(0);
  let taxable = new Prisma.Decimal(0);
  let last = null;
  for (const row of records.filter((r) => r.quarter === quarter)) {
    const earlier = records
      .filter((r) => r.personId === row.personId && r.quarter < quarter)
      .reduce((sum, r) => sum.plus(r.wages), new Prisma.Decimal(0));
    const premium = calculatePremium({
      jurisdiction: employer.jurisdiction,
      program: program.code,
      date: `${year}-${QUARTER_END[quarter - 1]}`,
      wages: new Prisma.Decimal(row.wages).toFixed(2),
      employerSize: employer.employeeCount,
      wagesYearToDate: earlier.toFixed(2),
    });
    if (isRulesErrorResult(premium)) throw new Error(premium.error.message);
    employee = employee.plus(premium.employeeShare);
    employerShare = employerShare.plus(premium.employerShare);
    taxable = taxable.plus(premium.taxableWages);
    last = premium;
  }
  return {
    taxableWages: taxable.toFixed(2),
    employeeShare: employee.toFixed(2),
    employerShare: employerShare.toFixed(2),
    amountDue: employee.plus(employerShare).toFixed(2),
    employeeRate: last!.employeeRate,
    employerRate: last!.employerRate,
    employerShareRequired: last!.employerShareRequired,
    wageCap: last!.wageCap,
  };
}

async function statementsOf(employer: string, viewer: string, includeHistory = false) {
  const client = await api.signedIn(viewer);
  const { data, errors } = await client.graphql(STATEMENTS, { e: employerIds[employer], h: includeHistory });
  expect(errors).toBeUndefined();
  return data.premiumStatements as Record<string, any>[];
}

describe("premium statements match the rules package", () => {
  it.each([
    ["WA", "Evergreen Robotics LLC", DEMO.leaveAdmin],
    ["MA", "Bay State Health Partners", DEMO.leaveAdminMa],
    ["CO", "Front Range Outfitters", DEMO.programAdmin],
  ])("for %s (%s), every quarter on file", async (_state, name, viewer) => {
    const statements = await statementsOf(name, viewer);
    const quarters = await api.db.wageRecord.groupBy({
      by: ["year", "quarter"],
      where: { employerId: employerIds[name] },
    });
    expect(statements).toHaveLength(quarters.length);
    for (const statement of statements) {
      expect(statement).toMatchObject({ version: 1, reason: "BACKFILL", current: true, exempt: false });
      expect(statement).toMatchObject(await expected(employerIds[name]!, statement.year, statement.quarter));
      expect(new Prisma.Decimal(statement.employeeShare).plus(statement.employerShare).toFixed(2)).toBe(
        statement.amountDue,
      );
    }
    expect(Number(statements[0]!.amountDue)).toBeGreaterThan(0);
  });

  it("splits differently by program: CO halves the premium, WA and MA put more of it on the worker", async () => {
    const share = async (name: string, viewer: string) => {
      const [latest] = await statementsOf(name, viewer);
      return new Prisma.Decimal(latest!.employeeShare).div(latest!.amountDue).toDecimalPlaces(2).toNumber();
    };
    const co = await share("Front Range Outfitters", DEMO.programAdmin);
    expect(co).toBeCloseTo(0.5, 1);
    expect(await share("Evergreen Robotics LLC", DEMO.leaveAdmin)).toBeGreaterThan(0.6);
    expect(await share("Bay State Health Partners", DEMO.leaveAdminMa)).not.toBe(co);
  });

  it("applies WA's small-employer rule: the bakery (18 employees) owes no employer share", async () => {
    const [latest] = await statementsOf("Puget Sound Bakery", DEMO.programAdmin);
    expect(latest).toMatchObject({ employerSize: 18, employerShareRequired: false, employerShare: "0.00" });
    expect(latest!.amountDue).toBe(latest!.employeeShare);
    expect(latest).toMatchObject(await expected(employerIds["Puget Sound Bakery"]!, latest!.year, latest!.quarter));
  });

  it("shows another employer's statements to no one but its administrators and staff", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const result = await hr.graphql(STATEMENTS, { e: employerIds["Bay State Health Partners"] });
    expect(result.data?.premiumStatements ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});

describe("amending a past quarter", () => {
  const evergreen = () => employerIds["Evergreen Robotics LLC"]!;
  const worker = { ssn: testSsn(7_001), first: "Capped", last: "Earner", hours: "520" };
  const other = { ssn: testSsn(7_002), first: "Steady", last: "Earner", hours: "520" };

  it("issues version 1 per report, and Q2 counts Q1's wages against the yearly cap", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const q1 = await importReport(hr, {
      employerId: evergreen(),
      year: 2024,
      quarter: 1,
      csv: csvOf([
        { ...worker, wages: "150000.00" },
        { ...other, wages: "20000.00" },
      ]),
    });
    expect(q1.payload.data.status).toBe("ACCEPTED");
    const q2 = await importReport(hr, {
      employerId: evergreen(),
      year: 2024,
      quarter: 2,
      csv: csvOf([
        { ...worker, wages: "40000.00" },
        { ...other, wages: "20000.00" },
      ]),
    });
    expect(q2.payload.data.status).toBe("ACCEPTED");
    const statements = (await statementsOf("Evergreen Robotics LLC", DEMO.leaveAdmin)).filter((s) => s.year === 2024);
    expect(statements.map((s) => [s.quarter, s.version, s.reason])).toEqual([
      [2, 1, "WAGE_REPORT"],
      [1, 1, "WAGE_REPORT"],
    ]);
    const [second, first] = statements;
    expect(first!.wageReport.id).toBe(q1.payload.data.id);
    expect(second).toMatchObject(await expected(evergreen(), 2024, 2));
    // WA's 2024 cap: the capped worker's Q2 is taxed only up to what is left of it.
    expect(second!.wageCap).toBe("168600.00");
    expect(second!.taxableWages).toBe(new Prisma.Decimal("168600").minus("150000").plus("20000").toFixed(2));
  });

  it("amending Q1 issues version 2 of Q1 and of Q2 (whose cap moved); version 1 stays as history", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const before = await api.db.premiumStatement.count({ where: { employerId: evergreen(), year: 2024 } });
    const amended = await importReport(hr, {
      employerId: evergreen(),
      year: 2024,
      quarter: 1,
      fileName: "q1-corrected.csv",
      csv: csvOf([{ ...worker, wages: "100000.00" }]),
    });
    expect(amended.payload.data.status).toBe("ACCEPTED");
    expect(await api.db.premiumStatement.count({ where: { employerId: evergreen(), year: 2024 } })).toBe(before + 2);

    const current = (await statementsOf("Evergreen Robotics LLC", DEMO.leaveAdmin)).filter((s) => s.year === 2024);
    expect(current.map((s) => [s.quarter, s.version, s.reason])).toEqual([
      [2, 2, "LATER_QUARTER_CAP"],
      [1, 2, "WAGE_REPORT"],
    ]);
    expect(current[1]).toMatchObject(await expected(evergreen(), 2024, 1));
    expect(current[1]!.wageReport).toMatchObject({ id: amended.payload.data.id, fileName: "q1-corrected.csv" });
    // Q2 is now fully under the cap.
    expect(current[0]!.taxableWages).toBe("60000.00");
    expect(current[0]).toMatchObject(await expected(evergreen(), 2024, 2));

    const history = (await statementsOf("Evergreen Robotics LLC", DEMO.leaveAdmin, true)).filter(
      (s) => s.year === 2024 && s.quarter === 1,
    );
    expect(history.map((s) => [s.version, s.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(history[1]!.supersededAt).not.toBeNull();
    expect(history[1]!.totalWages).toBe("170000.00");
    const audit = await api.db.auditEvent.findMany({
      where: { action: "premium_statement.issue", entityId: { in: current.map((s) => s.id) } },
    });
    expect(audit).toHaveLength(2);
  });

  it("a retried upload of the same file issues nothing new", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const before = await api.db.premiumStatement.count({ where: { employerId: evergreen() } });
    await importReport(hr, {
      employerId: evergreen(),
      year: 2024,
      quarter: 1,
      fileName: "q1-corrected.csv",
      csv: csvOf([{ ...worker, wages: "100000.00" }]),
    });
    expect(await api.db.premiumStatement.count({ where: { employerId: evergreen() } })).toBe(before);
  });
});
