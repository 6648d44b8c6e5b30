// The worker's polling loop over a real database: it keeps polling until told to stop, stops
// promptly when aborted, and does not pile up listeners on the stop signal while it waits.
import { getEventListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWorker } from "../src/jobs/worker.ts";
import { startTestApi, type TestApi } from "./support/test-api.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("worker loop", () => {
  it("polls many times with at most one listener on the stop signal, and stops when aborted", async () => {
    const controller = new AbortController();
    const errors: unknown[] = [];
    const log = { info: () => {}, error: (obj: object) => errors.push(obj) };
    const running = runWorker({ db: api.db, pii: api.pii, log }, { pollMs: 5, signal: controller.signal });
    let mostListeners = 0;
    const started = await api.db.job.count();
    for (let i = 0; i < 40; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      mostListeners = Math.max(mostListeners, getEventListeners(controller.signal, "abort").length);
    }
    controller.abort();
    await running;
    expect(errors).toEqual([]);
    // The loop ran (it enqueued the day's jobs) and never held more than the current wait's listener.
    expect(await api.db.job.count()).toBeGreaterThanOrEqual(Math.max(started, 1));
    expect(mostListeners).toBeLessThanOrEqual(1);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
