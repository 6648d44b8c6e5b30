// Payment runs through the API, on the real database and over real HTTP: staff start a run by
// hand (concurrent starts make one run, one job, one audit event), the worker pays it, the
// claimant reads their payments masked, and staff read runs and failed jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIn } from "@openleave/db";
import { startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { drainQueue, JOBS_TIME_ZONE } from "../src/jobs/worker.ts";
import { enqueueJob } from "../src/jobs/job-queue.ts";

let api: TestApi;
let supervisor: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  supervisor = await api.signedIn("supervisor@openleave.test");
});
afterAll(() => api.close());

const START = `mutation($runDate: Date) { startPaymentRun(runDate: $runDate) {
  __typename ... on MutationStartPaymentRunSuccess { data { id runDate status startedByStaff } }
  ... on Error { code message } } }`;

describe("startPaymentRun", () => {
  it("makes one run, one job and one audit event from eight concurrent starts, and the worker pays it", async () => {
    const aisha = await api.db.user.findFirstOrThrow({ where: { email: "aisha.khan@openleave.test" } });
    await api.db.person.update({
      where: { id: aisha.personId! },
      data: { addressLine1: "12 Pine St", city: "Tacoma", state: "WA", postalCode: "98402" },
    });
    await api.db.paymentPreference.create({
      data: {
        personId: aisha.personId!,
        method: "ACH",
        routingNumber: "021000021",
        accountNumberEncrypted: api.pii.seal("000123456789"),
        accountNumberLast4: "6789",
        accountType: "CHECKING",
      },
    });
    const runDate = todayIn(JOBS_TIME_ZONE);
    // The seed's scheduled weeks are still ahead; make Aisha's due now.
    await api.db.payment.updateMany({
      where: { status: "SCHEDULED", claim: { claimantId: aisha.personId! } },
      data: { scheduledFor: new Date(`${addDays(runDate, -1)}T00:00:00Z`) },
    });
    const due = await api.db.payment.count({
      where: { status: "SCHEDULED", scheduledFor: { lte: new Date(`${runDate}T00:00:00Z`) } },
    });
    expect(due).toBeGreaterThan(0);

    const results = await Promise.all(Array.from({ length: 8 }, () => supervisor.graphql(START, { runDate })));
    const ids = results.map((r) => r.data?.startPaymentRun?.data?.id);
    expect(results.map((r) => r.data?.startPaymentRun?.__typename)).toEqual(
      Array(8).fill("MutationStartPaymentRunSuccess"),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await api.db.paymentRun.count()).toBe(1);
    expect(await api.db.job.count({ where: { name: "payments.run" } })).toBe(1);
    expect(await api.db.auditEvent.count({ where: { action: "paymentRun.start", entityId: ids[0] } })).toBe(1);

    // Two workers drain at once: the run's job is taken by one of them.
    const ran = await Promise.all([drainQueue({ db: api.db, pii: api.pii }), drainQueue({ db: api.db, pii: api.pii })]);
    expect(ran[0]! + ran[1]!).toBe(1);
    const run = await api.db.paymentRun.findUniqueOrThrow({ where: { id: ids[0] }, include: { batches: true } });
    expect(run.status).toBe("DONE");
    expect(run.paymentCount).toBe(due);
    expect(run.batches.reduce((sum, batch) => sum + batch.count, 0)).toBe(due);

    // Starting again returns the finished run and pays nothing more.
    const again = await supervisor.graphql(START, { runDate });
    expect(again.data.startPaymentRun.data).toMatchObject({ id: ids[0], status: "DONE", startedByStaff: true });
    expect(await drainQueue({ db: api.db, pii: api.pii })).toBe(0);
    expect(await api.db.payment.count({ where: { status: "SENT" } })).toBe(due);

    const runs = await supervisor.graphql(
      `{ paymentRuns(first: 5) { edges { node { id status paymentCount totalNet reroutedToCheck held
           batches { method count totalNet fileName } } } } }`,
    );
    expect(runs.errors).toBeUndefined();
    expect(runs.data.paymentRuns.edges[0].node).toMatchObject({ id: ids[0], status: "DONE", paymentCount: due });
  });

  it("refuses a future run date and staff who may not pay", async () => {
    const future = await supervisor.graphql(START, { runDate: "2999-01-01" });
    expect(future.data.startPaymentRun).toMatchObject({ __typename: "InvalidInputError" });
    const adjudicator = await api.signedIn("adjudicator@openleave.test");
    const refused = await adjudicator.graphql(START, {});
    expect(refused.data?.startPaymentRun?.__typename ?? refused.errors?.[0]?.extensions?.code).toMatch(
      /Forbidden|FORBIDDEN/,
    );
    expect(await api.db.paymentRun.count({ where: { runDate: new Date("2999-01-01T00:00:00Z") } })).toBe(0);
  });
});

describe("claimant payments", () => {
  it("shows the claimant each week's gross, withholding, net, method, dates and a masked account", async () => {
    const client = await api.signedIn("aisha.khan@openleave.test");
    const { data, errors } = await client.graphql(`{ myClaims(first: 20) { edges { node { id payments {
      periodStart periodEnd gross federalWithholding net status method sentAt settledAt statusReason accountNumberMasked } } } } }`);
    expect(errors).toBeUndefined();
    const payments = data.myClaims.edges.flatMap((edge: { node: { payments: unknown[] } }) => edge.node.payments);
    const sent = payments.filter((p: { status: string }) => p.status === "SENT");
    expect(sent.length).toBeGreaterThan(0);
    for (const payment of sent) {
      expect(payment).toMatchObject({ method: "ACH", gross: "587.00", federalWithholding: "58.70", net: "528.30" });
      expect(payment.sentAt).toBeTruthy();
      expect(payment.accountNumberMasked).toMatch(/6789$/);
      expect(payment.accountNumberMasked).not.toContain("12345");
    }
    expect(JSON.stringify(data)).not.toContain("000123456789");
  });
});

describe("jobRuns", () => {
  it("lists a job that failed after its retries, with its error, for staff only", async () => {
    await enqueueJob(api.db, "no.such.job", { key: "failing-once", maxAttempts: 1 });
    await drainQueue({ db: api.db, pii: api.pii });
    const { data, errors } = await supervisor.graphql(
      `{ jobRuns(first: 10, status: FAILED) { edges { node { name key status attempts maxAttempts lastError } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.jobRuns.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        name: "no.such.job",
        key: "failing-once",
        status: "FAILED",
        attempts: 1,
        maxAttempts: 1,
        lastError: "No handler for job no.such.job",
      },
    ]);
    const claimant = await api.signedIn("maria.garcia@openleave.test");
    const refused = await claimant.graphql(`{ jobRuns(first: 1) { edges { node { id } } } }`);
    expect(refused.errors?.length).toBeGreaterThan(0);
  });
});
