// Check settlement over real HTTP on the real database: a payment run writes a check register
// with the program's own check numbers; the bank's settlement file (CSV: check number, amount,
// paid date, status) is uploaded by a supervisor. A paid check for its amount is settled (PAID,
// on the day the bank paid it); a paid amount that differs is flagged, with a payments task, and
// not settled; a void or stale check is returned and reissued by check once; a number we never
// wrote is reported. The same file again, or twice at once, changes nothing; a later file that
// repeats a settled check does not settle it twice. A batch with no check still out is settled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { approvedClaim } from "./support/payments.ts";
import { scheduleClaimPayments } from "../src/domains/payments/schedule-payments.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";

const IMPORT = `mutation($input: CheckSettlementImportInput!) { importCheckSettlements(input: $input) { __typename
  ... on MutationImportCheckSettlementsSuccess { data { id fileName settledCount voidedCount
    problems { checkNumber amount expected outcome code } } }
  ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;

let api: TestApi;
let supervisor: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
  supervisor = await api.signedIn("supervisor@openleave.test");
});
afterAll(() => api.close());

/** The register's rows: check number and amount, as the run wrote them. */
function registerRows(file: string) {
  return file
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const cells = line.split(",");
      return { checkNumber: Number(cells[0]), paymentId: cells[1]!, amount: cells.at(-1)! };
    });
}

describe("check settlement import", () => {
  it("settles, flags, voids and reissues once, and the same file again changes nothing", async () => {
    // Four weeks by check at 700.00 a week, one register (the first run of this database).
    const claimId = await approvedClaim(api, {
      weeks: 4,
      waitingDays: 0,
      ach: false,
      withholding: false,
      start: "2026-04-06",
    });
    await scheduleClaimPayments(api.db, claimId);
    const run = await runPayments(api.db, api.pii, { runDate: "2026-05-04" });
    const register = run.batches.find((b) => b.method === "CHECK")!;
    const rows = registerRows(register.file);
    expect(rows).toHaveLength(4);
    // Numbers come from the program's one series: distinct, and stored with each payment.
    expect(new Set(rows.map((r) => r.checkNumber)).size).toBe(4);
    for (const row of rows) {
      const payment = await api.db.payment.findUniqueOrThrow({ where: { id: row.paymentId } });
      expect([payment.checkNumber, payment.status, payment.net.toFixed(2)]).toEqual([
        row.checkNumber,
        "SENT",
        "700.00",
      ]);
      expect(row.amount).toBe("700.00");
    }
    const [paid, altered, voided, stale] = rows as [
      (typeof rows)[0],
      (typeof rows)[0],
      (typeof rows)[0],
      (typeof rows)[0],
    ];
    const file = [
      "Check Number,Amount,Paid Date,Status",
      `${paid.checkNumber},700.00,2026-05-08,paid`,
      `${altered.checkNumber},7000.00,2026-05-08,paid`,
      `${voided.checkNumber},700.00,,void`,
      `${stale.checkNumber},$700.00,,STALE`,
      "999999,12.00,2026-05-08,paid",
    ].join("\r\n");

    // The same file twice at once: one import.
    const answers = await Promise.all([
      supervisor.graphql(IMPORT, { input: { fileName: "checks-0508.csv", content: file } }),
      supervisor.graphql(IMPORT, { input: { fileName: "checks-0508.csv", content: file } }),
    ]);
    const imports = answers.map((a) => a.data.importCheckSettlements);
    expect(imports.map((i) => i.__typename)).toEqual([
      "MutationImportCheckSettlementsSuccess",
      "MutationImportCheckSettlementsSuccess",
    ]);
    expect(imports[0].data.id).toBe(imports[1].data.id);
    expect(imports[0].data).toMatchObject({ settledCount: 1, voidedCount: 2 });
    expect(imports[0].data.problems).toEqual([
      {
        checkNumber: altered.checkNumber,
        amount: "7000.00",
        expected: "700.00",
        outcome: "PAID",
        code: "AMOUNT_MISMATCH",
      },
      { checkNumber: 999999, amount: "12.00", expected: null, outcome: "PAID", code: "UNKNOWN_CHECK" },
    ]);
    expect(await api.db.checkSettlementImport.count()).toBe(1);

    const byId = async (id: string) => api.db.payment.findUniqueOrThrow({ where: { id } });
    const settled = await byId(paid.paymentId);
    expect([settled.status, settled.paidAt?.toISOString().slice(0, 10)]).toEqual(["PAID", "2026-05-08"]);
    const flagged = await byId(altered.paymentId);
    expect(flagged.status).toBe("SENT");
    expect(flagged.statusReason).toContain("$7000.00");
    expect(await api.db.task.count({ where: { claimId, kind: "RESOLVE_PAYMENT", status: "OPEN" } })).toBe(1);
    for (const row of [voided, stale]) {
      const returned = await byId(row.paymentId);
      expect(returned.status).toBe("RETURNED");
      const reissue = await api.db.payment.findUniqueOrThrow({ where: { reissueOfId: returned.id } });
      expect([reissue.status, reissue.method, reissue.net.toFixed(2), reissue.sequence]).toEqual([
        "SCHEDULED",
        "CHECK",
        "700.00",
        1,
      ]);
    }
    expect(
      await api.db.auditEvent.count({ where: { action: { in: ["payment.settle_check", "payment.void_check"] } } }),
    ).toBe(3);
    // One check is still out (the flagged one): the register is not settled yet.
    expect((await api.db.paymentBatch.findUniqueOrThrow({ where: { id: register.id } })).settledAt).toBeNull();

    // A later file repeats the settled and voided checks and pays the flagged one for its amount.
    const later = [
      "check_number,amount,paid_date,status",
      `${paid.checkNumber},700.00,2026-05-08,paid`,
      `${voided.checkNumber},700.00,,void`,
      `${altered.checkNumber},700.00,2026-05-11,paid`,
    ].join("\n");
    const second = await supervisor.mutate("importCheckSettlements", IMPORT, {
      input: { fileName: "checks-0511.csv", content: later },
    });
    expect(second).toMatchObject({ settledCount: 1, voidedCount: 0 });
    expect(second.problems.map((p: { code: string }) => p.code)).toEqual(["ALREADY_SETTLED", "ALREADY_VOIDED"]);
    expect((await byId(altered.paymentId)).status).toBe("PAID");
    expect(await api.db.payment.count({ where: { claimId } })).toBe(6); // four weeks, two reissues
    const batch = await api.db.paymentBatch.findUniqueOrThrow({ where: { id: register.id } });
    expect([batch.status, batch.settledAt]).toEqual(["SETTLED", expect.any(Date)]);
  });

  it("refuses a file it cannot read, naming the line, and is for supervisors and administrators", async () => {
    const bad = await supervisor.graphql(IMPORT, {
      input: { fileName: "bad.csv", content: "check_number,amount,paid_date,status\n100001,12.5.0,2026-05-08,paid\n" },
    });
    expect(bad.data.importCheckSettlements).toMatchObject({
      __typename: "InvalidInputError",
      issues: [{ path: ["input", "content"], message: expect.stringContaining("Line 2") }],
    });
    const noDate = await supervisor.graphql(IMPORT, {
      input: { fileName: "bad.csv", content: "check_number,amount,paid_date,status\n100001,12.50,,paid\n" },
    });
    expect(noDate.data.importCheckSettlements.issues[0].message).toContain("paid_date");
    const adjudicator = await api.signedIn("adjudicator@openleave.test");
    const refused = await adjudicator.graphql(IMPORT, {
      input: { fileName: "x.csv", content: "check_number,amount\n100001,1.00\n" },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Only the two files of the test above were ever imported.
    expect(await api.db.checkSettlementImport.count()).toBe(2);
  });
});
