// ACH returns over real HTTP on the real database: a bank return file (built here from the ACH
// file we sent, as the receiving bank would) marks each returned payment with its reason code
// and reissues it by check exactly once — the same file imported twice at once, or another file
// naming the same payment, reissue nothing more — and the reissued checks are paid by the next run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { approvedClaim } from "./support/payments.ts";
import { checkNachaFile } from "./support/nacha-check.ts";
import { scheduleClaimPayments } from "../src/domains/payments/schedule-payments.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";

let api: TestApi;
let supervisor: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
  supervisor = await api.signedIn("supervisor@openleave.test");
});
afterAll(() => api.close());

const IMPORT = `mutation($input: AchReturnImportInput!) { importAchReturns(input: $input) {
  __typename ... on MutationImportAchReturnsSuccess { data { id fileName returnedCount unmatchedCount } }
  ... on Error { code message } ... on InvalidInputError { issues { path message } } } }`;

interface Returned {
  reference: string;
  cents: number;
  code: string;
  transactionCode?: string;
}

/** A return file as a receiving bank writes it: return entries (21 = a checking credit sent back)
 * each followed by its 99 addenda naming the reason code and the original trace number. */
function returnFile(entries: Returned[], created = "2603021200") {
  const pad = (value: string, width: number) => value.padEnd(width, " ").slice(0, width);
  const zeros = (value: number | string, width: number) => String(value).padStart(width, "0");
  const lines = [
    "101 121000358 021000021" +
      created +
      "A094101" +
      pad("OPENLEAVE PROGRAM", 23) +
      pad("RECEIVING BANK", 23) +
      pad("", 8),
    "5220" +
      pad("OPENLEAVE PFML", 16) +
      pad("", 20) +
      "1911111111PPDBENEFITS  " +
      pad("", 6) +
      "260302   1021000020000001",
  ];
  entries.forEach((entry, index) => {
    lines.push(
      "6" +
        (entry.transactionCode ?? "21") +
        "12100035" +
        "8" +
        pad("", 17) +
        zeros(entry.cents, 10) +
        pad(entry.reference, 15) +
        pad("RETURN", 22) +
        "  1" +
        "02100002" +
        zeros(index + 1, 7),
    );
    lines.push(
      "799" +
        entry.code +
        zeros(index + 1, 15) +
        pad("", 6) +
        "12100035" +
        pad("", 44) +
        "02100002" +
        zeros(index + 1, 7),
    );
  });
  lines.push(
    "8220" +
      zeros(entries.length * 2, 6) +
      zeros(0, 10) +
      zeros(0, 12) +
      zeros(0, 12) +
      "1911111111" +
      pad("", 25) +
      "021000020000001",
  );
  lines.push("9000001" + zeros(1, 6) + zeros(entries.length * 2, 8) + zeros(0, 10) + zeros(0, 24) + pad("", 39));
  while (lines.length % 10 !== 0) lines.push("9".repeat(94));
  for (const line of lines) expect(line).toHaveLength(94);
  return lines.join("\n") + "\n";
}

describe("ACH return import", () => {
  it("marks returns with their codes, reissues each by check once, and pays the reissues", async () => {
    const claims = await Promise.all([
      approvedClaim(api, { weeks: 2, waitingDays: 0, ach: true, withholding: false }),
      approvedClaim(api, { weeks: 2, waitingDays: 0, ach: true, withholding: true }),
    ]);
    for (const claimId of claims) await scheduleClaimPayments(api.db, claimId);
    const run = await runPayments(api.db, api.pii, { runDate: "2026-03-01" });
    const ach = run.batches.find((batch) => batch.method === "ACH")!;
    const sentEntries = checkNachaFile(ach.file).entries;
    expect(sentEntries).toHaveLength(4);
    const [first, second] = await Promise.all(
      claims.map((claimId) => api.db.payment.findFirstOrThrow({ where: { claimId }, orderBy: { periodStart: "asc" } })),
    );
    const entryFor = (payment: { achReference: string | null }) =>
      sentEntries.find((entry) => entry.identificationNumber === payment.achReference)!;
    const file = returnFile([
      { reference: first!.achReference!, cents: entryFor(first!).amount, code: "R01" },
      { reference: second!.achReference!, cents: entryFor(second!).amount, code: "R02" },
      { reference: "NOSUCHPAYMENT00", cents: 100, code: "R03" },
    ]);

    // The same file twice at once is one import.
    const [a, b] = await Promise.all([
      supervisor.graphql(IMPORT, { input: { fileName: "returns-0302.ach", content: file } }),
      supervisor.graphql(IMPORT, { input: { fileName: "returns-0302.ach", content: file } }),
    ]);
    expect(a.data.importAchReturns.__typename).toBe("MutationImportAchReturnsSuccess");
    expect(a.data.importAchReturns.data.id).toBe(b.data.importAchReturns.data.id);
    expect(a.data.importAchReturns.data).toMatchObject({ returnedCount: 2, unmatchedCount: 1 });
    expect(await api.db.achReturnImport.count()).toBe(1);
    expect(await api.db.auditEvent.count({ where: { action: "achReturn.import" } })).toBe(1);

    // Another file naming a payment already returned reissues nothing more.
    const again = await supervisor.graphql(IMPORT, {
      input: {
        fileName: "returns-0303.ach",
        content: returnFile(
          [{ reference: first!.achReference!, cents: entryFor(first!).amount, code: "R01" }],
          "2603031200",
        ),
      },
    });
    expect(again.data.importAchReturns.data).toMatchObject({ returnedCount: 0, unmatchedCount: 1 });

    const returned = await api.db.payment.findMany({ where: { status: "RETURNED" }, orderBy: { returnCode: "asc" } });
    expect(returned.map((p) => [p.id, p.returnCode])).toEqual([
      [first!.id, "R01"],
      [second!.id, "R02"],
    ]);
    const reissues = await api.db.payment.findMany({ where: { reissueOfId: { not: null } } });
    expect(reissues).toHaveLength(2);
    for (const reissue of reissues) {
      const original = returned.find((p) => p.id === reissue.reissueOfId)!;
      expect(reissue).toMatchObject({ method: "CHECK", status: "SCHEDULED", sequence: 1 });
      expect(reissue.net.toFixed(2)).toBe(original.net.toFixed(2));
      expect(reissue.periodStart).toEqual(original.periodStart);
    }
    // R02 (account closed) stops the account being used; R01 does not.
    const secondClaim = await api.db.claim.findUniqueOrThrow({ where: { id: claims[1] } });
    expect(await api.db.paymentPreference.count({ where: { personId: secondClaim.claimantId, retiredAt: null } })).toBe(
      0,
    );

    // The next run pays both reissues by check, and a run after it pays nothing again.
    const next = await Promise.all([
      runPayments(api.db, api.pii, { runDate: "2026-12-31" }),
      runPayments(api.db, api.pii, { runDate: "2026-12-31" }),
    ]);
    const checks = next.flatMap((r) => r.batches).filter((batch) => batch.method === "CHECK");
    expect(checks.reduce((sum, batch) => sum + batch.count, 0)).toBe(2);
    expect(await api.db.payment.count({ where: { reissueOfId: { not: null }, status: "SENT" } })).toBe(2);

    // The claimant sees the return and its reason on the claim's payments.
    const rows = await api.db.payment.findMany({ where: { claimId: claims[0] } });
    expect(rows.filter((p) => p.periodStart.getTime() === first!.periodStart.getTime())).toHaveLength(2);
  });

  it("refuses a file that is not a NACHA return file, naming the line", async () => {
    const bad = returnFile([{ reference: "X", cents: 1, code: "R01", transactionCode: "22" }]);
    const result = await supervisor.graphql(IMPORT, { input: { fileName: "bad.ach", content: bad } });
    expect(result.data.importAchReturns.__typename).toBe("InvalidInputError");
    expect(result.data.importAchReturns.message).toMatch(/^Line 3: transaction code 22/);
    const short = await supervisor.graphql(IMPORT, {
      input: { fileName: "short.ach", content: "1".repeat(93) + "\n" + "x".repeat(94) },
    });
    expect(short.data.importAchReturns.__typename).toBe("InvalidInputError");
  });
});
