// The staff work queue: open work soonest due first, page by page, with filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const PAGE = `query($first: Int, $after: String, $queue: TaskQueue, $mine: Boolean, $unassigned: Boolean, $statuses: [TaskStatus!]) {
  workQueue(first: $first, after: $after, queue: $queue, assignedToMe: $mine, unassigned: $unassigned, statuses: $statuses) {
    pageInfo { hasNextPage endCursor }
    edges { node { id queue status dueAt assignee { name } claim { claimNumber } } } } }`;

let api: TestApi;
let staff: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  staff = await api.signedIn(DEMO.adjudicator);
  // More open work than one page, with due dates out of insertion order.
  const claim = await api.db.claim.findFirstOrThrow({ where: { status: "IN_REVIEW" } });
  for (let i = 0; i < 12; i++) {
    await api.db.task.create({
      data: {
        queue: "DOCUMENT_REVIEW",
        kind: "REVIEW_DOCUMENT",
        claimId: claim.id,
        dueAt: new Date(Date.UTC(2030, 0, 1 + ((i * 7) % 12))),
      },
    });
  }
  await api.db.task.create({
    data: {
      queue: "DOCUMENT_REVIEW",
      kind: "REVIEW_DOCUMENT",
      status: "DONE",
      claimId: claim.id,
      dueAt: new Date(Date.UTC(2029, 0, 1)),
    },
  });
});
afterAll(() => api.close());

async function allPages(variables: Record<string, unknown>) {
  const seen: { id: string; dueAt: string; status: string }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const { data }: { data?: any } = await staff.graphql(PAGE, { ...variables, first: 5, after });
    seen.push(...data.workQueue.edges.map((e: { node: { id: string; dueAt: string; status: string } }) => e.node));
    if (!data.workQueue.pageInfo.hasNextPage) return seen;
    after = data.workQueue.pageInfo.endCursor;
  }
  throw new Error("too many pages");
}

describe("work queue", () => {
  it("pages through every open task of a queue once, soonest due first", async () => {
    const tasks = await allPages({ queue: "DOCUMENT_REVIEW" });
    const expected = await api.db.task.findMany({
      where: { queue: "DOCUMENT_REVIEW", status: { in: ["OPEN", "IN_PROGRESS"] } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    });
    expect(tasks.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    // The twelve made here, and the demo data's two (Paulo Mendes's documents).
    expect(tasks).toHaveLength(14);
    expect(tasks.every((t) => t.status !== "DONE")).toBe(true);
  });

  it("pages through all queues the same way", async () => {
    const tasks = await allPages({});
    const expected = await api.db.task.findMany({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    });
    expect(tasks.map((t) => t.id)).toEqual(expected.map((t) => t.id));
  });

  it("shows finished work only when asked for it", async () => {
    const { data } = await staff.graphql(PAGE, { queue: "DOCUMENT_REVIEW", statuses: ["DONE"], first: 10 });
    expect(data.workQueue.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(["DONE"]);
  });

  it("keeps completedAt in step with the status, whatever writes the task (the queue's index rests on it)", async () => {
    const task = await api.db.task.findFirstOrThrow({ where: { queue: "DOCUMENT_REVIEW", status: "OPEN" } });
    expect(task.completedAt).toBeNull();
    const done = await api.db.task.update({ where: { id: task.id }, data: { status: "DONE" } });
    expect(done.completedAt).toBeInstanceOf(Date);
    const reopened = await api.db.task.update({ where: { id: task.id }, data: { status: "OPEN" } });
    expect(reopened.completedAt).toBeNull();
    // The finished task written without a completedAt in beforeAll got one too.
    expect(await api.db.task.count({ where: { status: { in: ["DONE", "CANCELLED"] }, completedAt: null } })).toBe(0);
  });

  it("filters to my work and to unassigned work", async () => {
    const task = await api.db.task.findFirstOrThrow({
      where: { queue: "DOCUMENT_REVIEW", status: "OPEN" },
      orderBy: { dueAt: "asc" },
    });
    const take = await staff.graphql(
      `mutation($id: ID!, $me: ID!) { assignTask(taskId: $id, assigneeId: $me) { __typename ... on Error { code message } } }`,
      { id: task.id, me: (await api.db.user.findUniqueOrThrow({ where: { email: DEMO.adjudicator } })).id },
    );
    expect(take.data.assignTask.__typename).toBe("MutationAssignTaskSuccess");
    const mine = await allPages({ mine: true });
    expect(mine.map((t) => t.id)).toContain(task.id);
    const unassigned = await allPages({ unassigned: true });
    expect(unassigned.map((t) => t.id)).not.toContain(task.id);
  });
});

const TAKE_NEXT = `mutation($queue: TaskQueue) { takeNextTask(queue: $queue) {
  __typename ... on MutationTakeNextTaskSuccess { data { id dueAt status assignee { name } } } ... on Error { code message } } }`;

describe("take next", () => {
  it("gives two staff taking next at the same moment different tasks, soonest due first", async () => {
    const supervisor = await api.signedIn(DEMO.supervisor);
    const before = await api.db.task.findMany({
      where: { queue: "DOCUMENT_REVIEW", status: { in: ["OPEN", "IN_PROGRESS"] }, assigneeId: null },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    });
    expect(before.length).toBeGreaterThanOrEqual(4);
    const answers = await Promise.all(
      [staff, supervisor, staff, supervisor].map((who) => who.graphql(TAKE_NEXT, { queue: "DOCUMENT_REVIEW" })),
    );
    const taken = answers.map((a) => a.data.takeNextTask.data);
    const ids = taken.map((task: { id: string }) => task.id);
    expect(new Set(ids).size).toBe(4);
    // Together they took exactly the four soonest-due unassigned tasks.
    expect([...ids].sort()).toEqual(
      before
        .slice(0, 4)
        .map((t) => t.id)
        .sort(),
    );
    expect(taken.every((task: { status: string }) => task.status === "IN_PROGRESS")).toBe(true);
    const audited = await api.db.auditEvent.count({ where: { action: "task.take_next", entityId: { in: ids } } });
    expect(audited).toBe(4);
  });

  it("refuses a queue the role does not work, and counts open work per queue", async () => {
    const refused = await staff.graphql(TAKE_NEXT, { queue: "APPEALS" });
    expect(refused.data.takeNextTask).toMatchObject({ __typename: "ForbiddenError" });
    const { data } = await staff.graphql(`{ queueSummaries { queue open unassigned overdue oldestDueAt } }`);
    const review = data.queueSummaries.find((q: { queue: string }) => q.queue === "DOCUMENT_REVIEW");
    const open = await api.db.task.count({
      where: { queue: "DOCUMENT_REVIEW", status: { in: ["OPEN", "IN_PROGRESS"] } },
    });
    const unassigned = await api.db.task.count({
      where: { queue: "DOCUMENT_REVIEW", status: { in: ["OPEN", "IN_PROGRESS"] }, assigneeId: null },
    });
    expect(review).toMatchObject({ open, unassigned });
    expect(data.queueSummaries.map((q: { queue: string }) => q.queue)).not.toContain("APPEALS");
  });
});
