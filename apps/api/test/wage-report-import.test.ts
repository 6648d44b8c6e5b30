// Employer quarterly wage reports over real HTTP: row-by-row checks, new and known people,
// amendments, retries, who may file and see reports, and that imported wages drive eligibility.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@openleave/db";
import { hashPassword } from "@openleave/crypto";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { addDaysTo, todayInPacific } from "./support/dates.ts";
import { completedQuarters, csvOf, currentQuarter, importReport, testSsn } from "./support/wage-reports.ts";

let api: TestApi;
let hr: ApiClient;
let evergreenId: string;
let bakeryId: string;
let mariaId: string;
const [q1, q2] = completedQuarters(8); // the two oldest of the last eight: no demo wages there

beforeAll(async () => {
  api = await startTestApi();
  hr = await api.signedIn(DEMO.leaveAdmin);
  evergreenId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
  bakeryId = (await api.db.employer.findFirstOrThrow({ where: { name: "Puget Sound Bakery" } })).id;
  mariaId = (await api.db.person.findFirstOrThrow({ where: { firstName: "María" } })).id;
});
afterAll(() => api.close());

const counts = async () => ({
  reports: await api.db.wageReport.count(),
  records: await api.db.wageRecord.count(),
  people: await api.db.person.count(),
  audit: await api.db.auditEvent.count({ where: { entityType: "WageReport" } }),
});

describe("importing a clean report", () => {
  it("creates wage records for a known and a new person, seals the new SSN and audits counts only", async () => {
    const before = await counts();
    const csv = csvOf([
      { ssn: "900-70-0001", first: "María", last: "García", wages: "19800.00", hours: "520" },
      { ssn: testSsn(1).replaceAll("-", ""), first: "Noor", last: "Haddad", wages: "12000.5", hours: "480.25" },
    ]);
    const { payload } = await importReport(hr, { employerId: evergreenId, ...q1!, fileName: "evergreen-q.csv", csv });
    expect(payload.__typename).toBe("MutationImportWageReportSuccess");
    expect(payload.data).toMatchObject({
      status: "ACCEPTED",
      rowCount: 2,
      acceptedCount: 2,
      rejectedCount: 0,
      rejections: [],
      fileName: "evergreen-q.csv",
      submittedBy: { name: "Morgan Chen" },
    });
    expect(payload.data.sha256).toMatch(/^[0-9a-f]{64}$/);

    const noor = await api.db.person.findUniqueOrThrow({
      where: { ssnHash: api.pii.lookupHash(testSsn(1).replaceAll("-", "")) },
    });
    expect(noor).toMatchObject({ firstName: "Noor", lastName: "Haddad", ssnLast4: testSsn(1).slice(-4) });
    expect(noor.ssnEncrypted).not.toContain(testSsn(1).replaceAll("-", ""));
    expect(api.pii.open(noor.ssnEncrypted)).toBe(testSsn(1).replaceAll("-", ""));

    const records = await api.db.wageRecord.findMany({
      where: { reportId: payload.data.id },
      orderBy: { wages: "asc" },
    });
    expect(records.map((r) => [r.personId, r.wages.toFixed(2), r.hours?.toFixed(2)])).toEqual([
      [noor.id, "12000.50", "480.25"],
      [mariaId, "19800.00", "520.00"],
    ]);
    const after = await counts();
    expect(after).toEqual({
      reports: before.reports + 1,
      records: before.records + 2,
      people: before.people + 1,
      audit: before.audit + 1,
    });

    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { action: "wage_report.import", entityId: payload.data.id },
    });
    expect(audit.metadata).toMatchObject({
      rowCount: 2,
      acceptedCount: 2,
      rejectedCount: 0,
      created: 2,
      amended: 0,
      newPeople: 1,
      status: "ACCEPTED",
    });
    expect(JSON.stringify([audit.metadata, audit.changedFields])).not.toMatch(/900-?70-?0001|900-?71-?0002/);
  });

  it("returns the same report when the same file is uploaded again", async () => {
    const csv = csvOf([{ ssn: testSsn(5), first: "Ivy", last: "Stone", wages: "5000.00" }]);
    const first = await importReport(hr, { employerId: evergreenId, ...q2!, csv });
    const before = await counts();
    const again = await importReport(hr, { employerId: evergreenId, ...q2!, csv });
    expect(again.payload.data.id).toBe(first.payload.data.id);
    expect(await counts()).toEqual(before);
  });
});

describe("rejected rows", () => {
  const lines = [
    { ssn: "900-71-0101", first: "Ana", last: "Ok", wages: "1000.00", hours: "100" }, // row 2: fine
    { ssn: "900-71-010", first: "Bad", last: "Ssn", wages: "1000.00" }, // row 3
    { ssn: "900-71-0103", first: "Neg", last: "Wages", wages: "-5.00" }, // row 4
    { ssn: "900-71-0104", first: "Three", last: "Places", wages: "10.555" }, // row 5
    { ssn: "900-71-0105", first: "", last: "Nameless", wages: "10.00" }, // row 6
    { ssn: "900-71-0106", first: "Dup", last: "One", wages: "10.00" }, // row 7
    { ssn: "900710106", first: "Dup", last: "Two", wages: "11.00" }, // row 8: same person as row 7
    { ssn: "900-71-0108", first: "Too", last: "Many", wages: "10.00", hours: "3000" }, // row 9
    { ssn: "900-71-0109", first: "Dollar", last: "Sign", wages: "$1000.00" }, // row 10
    { ssn: "900-71-0110", first: "Huge", last: "Wages", wages: "10000000.00" }, // row 11
  ];

  it("imports the good rows and lists every problem by row, column and code, never the SSN", async () => {
    const csv = `${csvOf(lines)}900-71-0111,Short,Row\r\n`; // row 12: a missing column
    const before = await counts();
    const { result, payload } = await importReport(hr, { employerId: evergreenId, ...q2!, csv });
    expect(payload.data).toMatchObject({
      status: "PARTIALLY_ACCEPTED",
      rowCount: 11,
      acceptedCount: 1,
      rejectedCount: 10,
      rejectionsTruncated: false,
    });
    expect(
      payload.data.rejections.map((r: { row: number; field: string; code: string }) => [r.row, r.field, r.code]),
    ).toEqual([
      [3, "ssn", "INVALID_SSN"],
      [4, "wages", "NEGATIVE_AMOUNT"],
      [5, "wages", "TOO_MANY_DECIMALS"],
      [6, "first_name", "REQUIRED"],
      [7, "ssn", "DUPLICATE_SSN"],
      [8, "ssn", "DUPLICATE_SSN"],
      [9, "hours", "OUT_OF_RANGE"],
      [10, "wages", "INVALID_AMOUNT"],
      [11, "wages", "OUT_OF_RANGE"],
      [12, "row", "WRONG_COLUMN_COUNT"],
    ]);
    expect(payload.data.rejections.find((r: { row: number }) => r.row === 7).message).toContain("row 8");
    const body = JSON.stringify(result);
    for (const line of lines) {
      expect(body).not.toContain(line.ssn);
      expect(body).not.toContain(line.ssn.replaceAll("-", ""));
    }
    const stored = await api.db.wageReport.findUniqueOrThrow({ where: { id: payload.data.id } });
    expect(JSON.stringify(stored.rejections)).not.toMatch(/900-?71/);
    const after = await counts();
    expect(after.records - before.records).toBe(1);
    expect(after.people - before.people).toBe(1);
  });

  it("stores a report whose every row is rejected as REJECTED and writes no wages", async () => {
    const before = await counts();
    const csv = csvOf([{ ssn: "000-12-3456", first: "No", last: "One", wages: "abc" }]);
    const { payload } = await importReport(hr, { employerId: evergreenId, ...q2!, csv });
    expect(payload.data).toMatchObject({ status: "REJECTED", rowCount: 1, acceptedCount: 0, rejectedCount: 1 });
    expect(payload.data.rejections.map((r: { code: string }) => r.code)).toEqual(["INVALID_SSN", "INVALID_AMOUNT"]);
    const after = await counts();
    expect({ ...after, reports: after.reports - 1, audit: after.audit - 1 }).toEqual(before);
  });

  it("reads quoted fields, a byte-order mark, LF line ends, blank lines and any column order", async () => {
    const csv = `\uFEFFWAGES,Last_Name,first_name,ssn\n"2,000.00",x,y,900-71-0201\n\n"300.10","O""Brien, Jr.","Pat",900-71-0202\n`;
    const { payload } = await importReport(hr, { employerId: evergreenId, ...q2!, csv });
    expect(payload.data).toMatchObject({ rowCount: 2, acceptedCount: 1 });
    expect(payload.data.rejections).toEqual([
      expect.objectContaining({ row: 2, field: "wages", code: "INVALID_AMOUNT" }),
    ]);
    const pat = await api.db.person.findUniqueOrThrow({ where: { ssnHash: api.pii.lookupHash("900710202") } });
    expect(pat.lastName).toBe('O"Brien, Jr.');
  });
});

describe("amended reports", () => {
  it("replaces the earlier figure, links the record to the new report and audits the amendment", async () => {
    const [quarter] = completedQuarters(1);
    const original = await api.db.wageRecord.findUniqueOrThrow({
      where: { personId_employerId_year_quarter: { personId: mariaId, employerId: evergreenId, ...quarter! } },
    });
    const csv = csvOf([{ ssn: "900700001", first: "María", last: "García", wages: "20150.25", hours: "525.5" }]);
    const { payload } = await importReport(hr, { employerId: evergreenId, ...quarter!, fileName: "amended.csv", csv });
    expect(payload.data.status).toBe("ACCEPTED");
    const amended = await api.db.wageRecord.findUniqueOrThrow({ where: { id: original.id } });
    expect(amended.wages.toFixed(2)).toBe("20150.25");
    expect(amended.hours?.toFixed(2)).toBe("525.50");
    expect(amended.reportId).toBe(payload.data.id);
    const events = await api.db.auditEvent.findMany({ where: { entityId: payload.data.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["wage_report.import", "wage_report.amend"]);
    expect(events[1]!.metadata).toMatchObject({ amendedCount: 1, replacedReportIds: [] });
    expect(events[0]!.metadata).toMatchObject({ created: 0, amended: 1, unchanged: 0 });

    const reverted = await importReport(hr, {
      employerId: evergreenId,
      ...quarter!,
      fileName: "amended-again.csv",
      csv: csv.replace("20150.25", "20000.00"),
    });
    const second = await api.db.auditEvent.findFirstOrThrow({
      where: { entityId: reverted.payload.data.id, action: "wage_report.amend" },
    });
    expect(second.metadata).toMatchObject({ amendedCount: 1, replacedReportIds: [payload.data.id] });
  });
});

describe("what is refused before anything is written", () => {
  const valid = csvOf([{ ssn: "900-71-0301", first: "A", last: "B", wages: "1.00" }]);

  it.each([
    ["a quarter that is not over yet", () => ({ ...currentQuarter(), csv: valid }), "quarter"],
    ["quarter 5", () => ({ year: q1!.year, quarter: 5, csv: valid }), "quarter"],
    ["a year before 2000", () => ({ year: 1999, quarter: 4, csv: valid }), "year"],
    ["an empty file", () => ({ ...q1!, csv: "" }), "csv"],
    ["a header only", () => ({ ...q1!, csv: "ssn,first_name,last_name,wages\n" }), "csv"],
    ["a missing column", () => ({ ...q1!, csv: "ssn,first_name,wages\n900-71-0301,A,1.00\n" }), "csv"],
    [
      "an unknown column",
      () => ({ ...q1!, csv: "ssn,first_name,last_name,wages,salary\n900-71-0301,A,B,1.00,2\n" }),
      "csv",
    ],
    ["an unclosed quote", () => ({ ...q1!, csv: 'ssn,first_name,last_name,wages\n900-71-0301,"A,B,1.00\n' }), "csv"],
    ["a file over 5 MB", () => ({ ...q1!, csv: valid + "x".repeat(5 * 1024 * 1024) }), "csv"],
  ])("refuses %s with a field-level message", async (_label, input, field) => {
    const before = await counts();
    const { payload } = await importReport(hr, { employerId: evergreenId, ...input() });
    expect(payload.__typename).toBe("InvalidInputError");
    expect(payload.issues[0].path).toEqual(["input", field]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a wrongly typed year at the GraphQL layer", async () => {
    const result = await hr.graphql(
      `mutation($input: ImportWageReportInput!) { importWageReport(input: $input) { __typename } }`,
      {
        input: { employerId: evergreenId, year: "2025", quarter: 1, fileName: "x.csv", csv: valid },
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("who may file and see wage reports", () => {
  const csv = csvOf([{ ssn: "900-71-0401", first: "A", last: "B", wages: "1.00" }]);

  it("refuses an unverified leave administrator, another employer's administrator and a claimant", async () => {
    const before = await counts();
    const unverified = await importReport(await api.signedIn(DEMO.unverifiedLeaveAdmin), {
      employerId: bakeryId,
      ...q1!,
      csv,
    });
    expect(unverified.payload).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    const otherEmployer = await importReport(await api.signedIn(DEMO.leaveAdminMa), {
      employerId: evergreenId,
      ...q1!,
      csv,
    });
    expect(otherEmployer.payload).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    const claimant = await importReport(await api.signedIn(DEMO.claimant), { employerId: evergreenId, ...q1!, csv });
    expect(claimant.result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("lets a program administrator file for any employer", async () => {
    const admin = await api.signedIn(DEMO.programAdmin);
    const { payload } = await importReport(admin, { employerId: bakeryId, ...q1!, csv });
    expect(payload.data.status).toBe("ACCEPTED");
  });

  it("lists an employer's reports for its administrators and staff only", async () => {
    const LIST = `query($employerId: ID!) { wageReports(employerId: $employerId, first: 50) { edges { node { id status employer { name } } } } }`;
    const own = await hr.graphql(LIST, { employerId: evergreenId });
    const names = own.data.wageReports.edges.map((e: { node: { employer: { name: string } } }) => e.node.employer.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(new Set(names)).toEqual(new Set(["Evergreen Robotics LLC"]));
    const staff = await (await api.signedIn(DEMO.adjudicator)).graphql(LIST, { employerId: evergreenId });
    expect(staff.data.wageReports.edges).toHaveLength(names.length);
    const other = await (await api.signedIn(DEMO.leaveAdminMa)).graphql(LIST, { employerId: evergreenId });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const claimant = await (await api.signedIn(DEMO.claimant)).graphql(LIST, { employerId: evergreenId });
    expect(claimant.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("imported wages feed eligibility", () => {
  it("computes a new worker's benefit from the wages their employer reported", async () => {
    const ssn = testSsn(900);
    const quarters = completedQuarters(6);
    const wages = ["9000.00", "9100.00", "9200.00", "9300.00", "9400.00", "9500.00"];
    for (const [i, quarter] of quarters.entries()) {
      const csv = csvOf([{ ssn, first: "Sami", last: "Ortiz", wages: wages[i]!, hours: "500" }]);
      const { payload } = await importReport(hr, { employerId: evergreenId, ...quarter, csv });
      expect(payload.data.status).toBe("ACCEPTED");
    }
    const person = await api.db.person.findUniqueOrThrow({
      where: { ssnHash: api.pii.lookupHash(ssn.replaceAll("-", "")) },
    });
    await api.db.user.create({
      data: {
        email: "sami.ortiz@openleave.test",
        name: "Sami Ortiz",
        roles: ["CLAIMANT"],
        passwordHash: await hashPassword(DEMO_PASSWORD),
        personId: person.id,
      },
    });
    const sami = await api.signedIn("sami.ortiz@openleave.test");
    const programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
    const start = addDaysTo(todayInPacific(), 14);
    const draft = await sami.mutate(
      "createApplication",
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`,
      { input: { programId, employerId: evergreenId } },
    );
    await sami.mutate(
      "updateApplication",
      `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`,
      {
        input: {
          claimId: draft.id,
          leaveReason: "BONDING",
          leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: addDaysTo(start, 55) }],
        },
      },
    );
    const snapshot = await sami.mutate(
      "checkEligibility",
      `mutation($claimId: ID!) { checkEligibility(claimId: $claimId) { __typename ... on MutationCheckEligibilitySuccess { data { eligible basePeriodQuarters basePeriodWages weeklyBenefitAmount } } ... on Error { code message } } }`,
      { claimId: draft.id },
    );
    const byQuarter = new Map(quarters.map((q, i) => [`${q.year}-Q${q.quarter}`, wages[i]!]));
    const expected = snapshot.basePeriodQuarters.reduce(
      (sum: number, q: string) => sum + Math.round(Number(byQuarter.get(q)) * 100),
      0,
    );
    expect(snapshot.eligible).toBe(true);
    expect(snapshot.basePeriodQuarters.length).toBeGreaterThanOrEqual(4);
    expect(Math.round(Number(snapshot.basePeriodWages) * 100)).toBe(expected);
    expect(Number(snapshot.weeklyBenefitAmount)).toBeGreaterThan(0);
  });
});
