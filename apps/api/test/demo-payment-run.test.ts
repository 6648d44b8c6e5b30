// What a newcomer sees on the console's Payment runs page after `pnpm dev`: the worker's first
// daily jobs schedule the demo's approved claims and run the day's payments, and Ben Adeyemi's
// past weeks (approved late, direct deposit) are paid in an ACH file a supervisor can download.
// Real database, the worker's own job handlers, real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@openleave/db";
import { startTestApi, type TestApi } from "./support/test-api.ts";
import { checkNachaFile } from "./support/nacha-check.ts";
import { drainQueue, enqueueRecurringJobs, JOBS_TIME_ZONE } from "../src/jobs/worker.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the demo's first daily payment run", () => {
  it("pays the demo's due weeks in an ACH batch with a file to download", async () => {
    const today = todayIn(JOBS_TIME_ZONE);
    await enqueueRecurringJobs(api.db, today);
    // The run is queued a second after the scheduling job: wait for it to come due.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await drainQueue({ db: api.db, pii: api.pii });

    const ben = await api.db.person.findFirstOrThrow({ where: { lastName: "Adeyemi" } });
    const payments = await api.db.payment.findMany({
      where: { claim: { claimantId: ben.id } },
      orderBy: { periodStart: "asc" },
    });
    const sent = payments.filter((p) => p.status === "SENT");
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((p) => p.method === "ACH" && p.federalWithholding.toFixed(2) === "81.20")).toBe(true);
    // The weeks still ahead wait for their own runs.
    expect(payments.some((p) => p.status === "SCHEDULED")).toBe(true);

    const supervisor = await api.signedIn("supervisor@openleave.test");
    const { data, errors } = await supervisor.graphql(
      `{ paymentRuns(first: 5) { edges { node { runDate paymentCount batches { method count downloadPath } } } } }`,
    );
    expect(errors).toBeUndefined();
    const run = data.paymentRuns.edges
      .map((e: { node: unknown }) => e.node)
      .find((r: { runDate: string }) => r.runDate === today);
    const ach = run.batches.find((b: { method: string }) => b.method === "ACH");
    expect(ach.count).toBeGreaterThanOrEqual(sent.length);
    const file = await supervisor.fetch(ach.downloadPath);
    expect(file.status).toBe(200);
    expect(checkNachaFile(await file.text()).entries).toHaveLength(ach.count);
  });
});
