// A payment run's files and the last steps of a payment, on the real database and over real
// HTTP: the run stores its NACHA file and check register with its batches (sealed); supervisors
// download them, audited, byte for byte what was generated (the ACH file read by an independent
// NACHA parser); other staff see no download and are refused one. After the ACH settlement date
// passes, the daily settle job moves the batch's payments SENT → PAID (settled) once, leaving a
// payment returned meanwhile as it is.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@openleave/db";
import { startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { approvedClaim, START } from "./support/payments.ts";
import { checkNachaFile } from "./support/nacha-check.ts";
import { scheduleClaimPayments } from "../src/domains/payments/schedule-payments.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { enqueueJob } from "../src/jobs/job-queue.ts";
import { settlePayments } from "../src/domains/payments/settle-payments.ts";

let api: TestApi;
let supervisor: ApiClient;
let adjudicator: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
  supervisor = await api.signedIn("supervisor@openleave.test");
  adjudicator = await api.signedIn("adjudicator@openleave.test");
});
afterAll(() => api.close());

const RUN_DATE = addDays(START, 14); // weeks 1 and 2 are due
const RUNS = `{ paymentRuns(first: 5) { edges { node { id runDate status paymentCount totalNet
  batches { id method status count totalNet fileName fileSha256 downloadPath settlementDate settledAt } } } } }`;

type Batch = {
  id: string;
  method: "ACH" | "CHECK";
  status: string;
  count: number;
  totalNet: string;
  fileName: string;
  fileSha256: string;
  downloadPath: string | null;
  settlementDate: string | null;
  settledAt: string | null;
};

async function batchesAs(client: ApiClient): Promise<Batch[]> {
  const { data, errors } = await client.graphql(RUNS);
  expect(errors).toBeUndefined();
  return data.paymentRuns.edges.flatMap((e: { node: { batches: Batch[] } }) => e.node.batches);
}

describe("payment files and settlement", () => {
  let achClaim: string;

  it("stores the run's ACH file and check register for supervisors to download, audited", async () => {
    achClaim = await approvedClaim(api, { weeks: 2, waitingDays: 0, ach: true, withholding: true });
    const checkClaim = await approvedClaim(api, { weeks: 2, waitingDays: 0, ach: false, withholding: false });
    await scheduleClaimPayments(api.db, achClaim);
    await scheduleClaimPayments(api.db, checkClaim);
    const started = await supervisor.graphql(
      `mutation($runDate: Date) { startPaymentRun(runDate: $runDate) { __typename ... on Error { message } } }`,
      { runDate: RUN_DATE },
    );
    expect(started.data.startPaymentRun.__typename).toBe("MutationStartPaymentRunSuccess");
    await drainQueue({ db: api.db, pii: api.pii });

    const batches = await batchesAs(supervisor);
    expect(batches.map((b) => [b.method, b.status, b.count, b.totalNet])).toEqual([
      ["ACH", "GENERATED", 2, "1260.00"], // 700 less 10% withheld, twice
      ["CHECK", "GENERATED", 2, "1400.00"],
    ]);
    const ach = batches.find((b) => b.method === "ACH")!;
    const checks = batches.find((b) => b.method === "CHECK")!;
    expect(ach.settlementDate).toBe(RUN_DATE);
    expect(checks.settlementDate).toBeNull();
    expect(ach.downloadPath).toBe(`/files/payment-batches/${ach.id}`);
    // The file holds full account numbers: sealed at rest, never in the clear in the table.
    const stored = await api.db.paymentBatchFile.findUniqueOrThrow({ where: { batchId: ach.id } });
    expect(stored.sealed).not.toContain("123456789");

    const download = await supervisor.fetch(ach.downloadPath!);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="${ach.fileName}"`);
    expect(download.headers.get("cache-control")).toBe("private, no-store");
    const file = await download.text();
    expect(createHash("sha256").update(file).digest("hex")).toBe(ach.fileSha256);
    const parsed = checkNachaFile(file);
    expect(parsed.entries.map((e) => e.amount)).toEqual([63000, 63000]);
    expect(parsed.entries.every((e) => e.dfiAccount.trim() === "123456789")).toBe(true);

    const register = await (await supervisor.fetch(checks.downloadPath!)).text();
    expect(register.trim().split("\n")).toHaveLength(3);
    expect(register.split("\n")[0]).toBe("check_number,payment_id,claim_number,payee,amount");
    expect(register).toContain(",700.00");

    expect(
      await api.db.auditEvent.findMany({
        where: { action: "paymentBatch.download" },
        select: { entityId: true, actorId: true },
      }),
    ).toEqual([
      { entityId: ach.id, actorId: expect.any(String) },
      { entityId: checks.id, actorId: expect.any(String) },
    ]);
  });

  it("shows other staff no download and refuses them one; anonymous callers must sign in", async () => {
    const seen = await batchesAs(adjudicator);
    expect(seen.length).toBe(2);
    expect(seen.every((b) => b.downloadPath === null)).toBe(true);
    const id = seen[0]!.id;
    expect((await adjudicator.fetch(`/files/payment-batches/${id}`)).status).toBe(403);
    expect((await api.client().fetch(`/files/payment-batches/${id}`)).status).toBe(401);
    const claimant = await api.signedIn("maria.garcia@openleave.test");
    expect((await claimant.fetch(`/files/payment-batches/${id}`)).status).toBe(403);
    expect((await supervisor.fetch(`/files/payment-batches/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect(await api.db.auditEvent.count({ where: { action: "paymentBatch.download" } })).toBe(2);
  });

  it("settles the ACH batch once its settlement date has passed, once, leaving a returned payment returned", async () => {
    const [first, second] = await api.db.payment.findMany({
      where: { claimId: achClaim },
      orderBy: { periodStart: "asc" },
    });
    expect([first!.status, second!.status]).toEqual(["SENT", "SENT"]);
    // Not yet: the settlement date is today's run date.
    expect(await settlePayments(api.db, RUN_DATE)).toEqual({ batches: 0, payments: 0 });
    // The bank sent one back before settlement.
    await api.db.payment.update({ where: { id: second!.id }, data: { status: "RETURNED", returnCode: "R01" } });

    const nextDay = addDays(RUN_DATE, 1);
    await enqueueJob(api.db, "payments.settle", { key: `payments.settle:${nextDay}`, payload: { today: nextDay } });
    const [a, b] = await Promise.all([
      drainQueue({ db: api.db, pii: api.pii }),
      settlePayments(api.db, nextDay), // a second worker at the same time
    ]);
    expect(a).toBe(1);
    expect(b.batches).toBeLessThanOrEqual(1);
    const after = await api.db.payment.findMany({ where: { claimId: achClaim }, orderBy: { periodStart: "asc" } });
    expect(after.map((p) => p.status)).toEqual(["PAID", "RETURNED"]);
    expect(after[0]!.paidAt).not.toBeNull();
    expect(await api.db.auditEvent.count({ where: { action: "paymentBatch.settle" } })).toBe(1);
    expect(await settlePayments(api.db, addDays(RUN_DATE, 5))).toEqual({ batches: 0, payments: 0 });

    const batches = await batchesAs(supervisor);
    const ach = batches.find((x) => x.method === "ACH")!;
    expect([ach.status, ach.settledAt !== null]).toEqual(["SETTLED", true]);
    // Checks settle when cashed (a paid-check file): they stay SENT.
    expect(batches.find((x) => x.method === "CHECK")!.status).toBe("GENERATED");

    const claimant = await api.db.claim.findUniqueOrThrow({ where: { id: achClaim } });
    expect(claimant.status).toBe("APPROVED");
  });
});
