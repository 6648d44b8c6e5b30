// Asking to extend approved leave, over real HTTP on a fresh seeded database: Imani Okafor's
// approved intermittent claim (demo data). The request is kept with a review task in the
// adjudication queue and an audit event without the claimant's words, once per period while it
// is pending, only for approved leave, only by the claimant and only until the program's window
// after the leave ends. The claim page's reads (weeks to report, the weekly allowance) too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIn } from "@openleave/db";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const IMANI = "imani.okafor@openleave.test";
const REQUEST = `mutation($input: RequestLeaveExtensionInput!) { requestLeaveExtension(input: $input) {
  __typename
  ... on MutationRequestLeaveExtensionSuccess { data { id status currentEndDate requestedEndDate reason document { id fileName } } }
  ... on InvalidInputError { issues { path message } }
  ... on Error { code message } } }`;
const CLAIM = `query($id: ID!) { claim(id: $id) {
  leavePeriods { id kind startDate endDate weeklyHoursAllowed reportableWeeks }
  leaveExtensionRequests { id status requestedEndDate reason document { id } }
} }`;
const UPLOAD = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { __typename ... on MutationRequestDocumentUploadSuccess { data { uploadUrl document { id } } } ... on Error { code message } } }`;
const REPORT = `mutation($input: ReportLeaveHoursInput!) { reportLeaveHours(input: $input) { __typename ... on MutationReportLeaveHoursSuccess { data { weekStart hours } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

const clock = { offsetMs: 0, now: () => new Date(Date.now() + clock.offsetMs) };
let api: TestApi;
let imani: ApiClient;
let claimId: string;
let period: { id: string; startDate: string; endDate: string };

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  imani = await api.signedIn(IMANI);
  const user = await api.db.user.findUniqueOrThrow({ where: { email: IMANI } });
  const claim = await api.db.claim.findFirstOrThrow({
    where: { claimantId: user.personId! },
    include: { leavePeriods: true },
  });
  claimId = claim.id;
  const row = claim.leavePeriods[0]!;
  period = {
    id: row.id,
    startDate: row.startDate.toISOString().slice(0, 10),
    endDate: row.endDate.toISOString().slice(0, 10),
  };
});
afterAll(() => api.close());

function ask(client: ApiClient, input: Record<string, unknown>) {
  return client.graphql(REQUEST, { input: { leavePeriodId: period.id, ...input } }).then((r) => {
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.requestLeaveExtension;
  });
}

describe("the claim page's reads for weekly hours", () => {
  it("gives the weeks begun so far and the weekly allowance of the approved intermittent leave", async () => {
    const { data } = await imani.graphql(CLAIM, { id: claimId });
    const [leave] = data.claim.leavePeriods;
    expect(leave).toMatchObject({ kind: "INTERMITTENT", weeklyHoursAllowed: "16.00" });
    // Colorado's calendar: the program's today, not the test machine's.
    const today = todayIn("America/Denver");
    const expected: string[] = [];
    for (let week = period.startDate; week <= today && week <= period.endDate; week = addDays(week, 7))
      expected.push(week);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(leave.reportableWeeks).toEqual(expected);
    const reported = await imani.graphql(REPORT, {
      input: { leavePeriodId: period.id, weekStart: expected[1], hours: "6" },
    });
    expect(reported.data.reportLeaveHours).toMatchObject({ data: { weekStart: expected[1], hours: "6.00" } });
  });

  it("gives no weeks for continuous leave", async () => {
    const aisha = await api.signedIn(DEMO.claimantAisha);
    const approved = await api.db.claim.findFirstOrThrow({
      where: { status: "APPROVED", claimant: { email: DEMO.claimantAisha } },
    });
    const { data } = await aisha.graphql(CLAIM, { id: approved.id });
    expect(data.claim.leavePeriods[0]).toMatchObject({
      kind: "CONTINUOUS",
      weeklyHoursAllowed: null,
      reportableWeeks: [],
    });
  });
});

describe("asking to extend approved leave", () => {
  it("refuses a new end date that is not after the current one, naming the field", async () => {
    const answer = await ask(imani, { requestedEndDate: period.endDate, reason: "More treatment." });
    expect(answer.__typename).toBe("InvalidInputError");
    expect(answer.issues).toEqual([
      { path: ["input", "requestedEndDate"], message: expect.stringContaining(period.endDate) },
    ]);
    const blank = await ask(imani, { requestedEndDate: addDays(period.endDate, 14), reason: "   " });
    expect(blank.issues[0].path).toEqual(["input", "reason"]);
    expect(await api.db.leaveExtensionRequest.count({ where: { leavePeriodId: period.id } })).toBe(0);
  });

  it("keeps the request with its document, adds a review task and audits it without the reason", async () => {
    const requested = await imani.mutate("requestDocumentUpload", UPLOAD, {
      input: { claimId, type: "MEDICAL_CERTIFICATION", fileName: "updated-certification.pdf", sizeBytes: PDF.length },
    });
    expect((await fetch(requested.uploadUrl, { method: "PUT", body: PDF })).status).toBe(201);
    const tasksBefore = await api.db.task.count({ where: { claimId, kind: "REVIEW_LEAVE_EXTENSION" } });
    const newEnd = addDays(period.endDate, 28);
    const reason = "My doctor extended my treatment plan by four weeks.";
    const answer = await ask(imani, { requestedEndDate: newEnd, reason, documentId: requested.document.id });
    expect(answer).toMatchObject({
      __typename: "MutationRequestLeaveExtensionSuccess",
      data: {
        status: "PENDING",
        currentEndDate: period.endDate,
        requestedEndDate: newEnd,
        reason,
        document: { id: requested.document.id, fileName: "updated-certification.pdf" },
      },
    });
    const tasks = await api.db.task.findMany({ where: { claimId, kind: "REVIEW_LEAVE_EXTENSION" } });
    expect(tasks.length).toBe(tasksBefore + 1);
    expect(tasks[0]).toMatchObject({ queue: "ADJUDICATION", status: "OPEN" });
    const audit = await api.db.auditEvent.findMany({ where: { entityId: answer.data.id } });
    expect(audit.map((event) => event.action)).toEqual(["leave_extension.request"]);
    expect(audit[0]!.metadata).toMatchObject({ claimId, requestedEndDate: newEnd, currentEndDate: period.endDate });
    expect(JSON.stringify(audit[0]!.metadata)).not.toContain("doctor");
    // The leave keeps its dates until staff decide; the claim page lists the request.
    const { data } = await imani.graphql(CLAIM, { id: claimId });
    expect(data.claim.leavePeriods[0].endDate).toBe(period.endDate);
    expect(data.claim.leaveExtensionRequests).toEqual([
      {
        id: answer.data.id,
        status: "PENDING",
        requestedEndDate: newEnd,
        reason,
        document: { id: requested.document.id },
      },
    ]);
    // Staff find it in the adjudication queue.
    const staff = await api.signedIn(DEMO.adjudicator);
    const queue = await staff.graphql(
      `{ workQueue(queue: ADJUDICATION, first: 100) { edges { node { kind claim { id } } } } }`,
    );
    expect(queue.errors).toBeUndefined();
    expect(
      queue.data.workQueue.edges.some(
        (e: { node: { kind: string; claim: { id: string } | null } }) =>
          e.node.kind === "REVIEW_LEAVE_EXTENSION" && e.node.claim?.id === claimId,
      ),
    ).toBe(true);
  });

  it("takes one pending request per period, even when asked twice at once", async () => {
    const [a, b] = await Promise.all([
      ask(imani, { requestedEndDate: addDays(period.endDate, 7), reason: "Again." }),
      ask(imani, { requestedEndDate: addDays(period.endDate, 7), reason: "Again." }),
    ]);
    for (const answer of [a, b]) {
      expect(answer.__typename).toBe("InvalidInputError");
      expect(answer.issues[0]).toMatchObject({
        path: ["input", "leavePeriodId"],
        message: expect.stringContaining("already"),
      });
    }
    expect(await api.db.leaveExtensionRequest.count({ where: { leavePeriodId: period.id } })).toBe(1);
  });

  it("is the claimant's own, and only for approved leave", async () => {
    const aisha = await api.signedIn(DEMO.claimantAisha);
    expect((await ask(aisha, { requestedEndDate: addDays(period.endDate, 7), reason: "x" })).__typename).toBe(
      "NotFoundError",
    );
    const staff = await api.signedIn(DEMO.adjudicator);
    const byStaff = await staff.graphql(REQUEST, {
      input: { leavePeriodId: period.id, requestedEndDate: addDays(period.endDate, 7), reason: "x" },
    });
    expect(byStaff.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // María's claim waits for her employer: nothing approved to extend yet.
    const maria = await api.signedIn(DEMO.claimant);
    const pending = await api.db.claim.findFirstOrThrow({
      where: { status: "PENDING_EMPLOYER_RESPONSE", claimant: { email: DEMO.claimant } },
      include: { leavePeriods: true },
    });
    const answer = await maria.graphql(REQUEST, {
      input: {
        leavePeriodId: pending.leavePeriods[0]!.id,
        requestedEndDate: addDays(pending.leavePeriods[0]!.endDate.toISOString().slice(0, 10), 7),
        reason: "More time.",
      },
    });
    expect(answer.data.requestLeaveExtension.__typename).toBe("IllegalTransitionError");
  });

  it("closes the program's window after the leave ends", async () => {
    // Decide the pending request so a new one may be asked, then move past the window.
    await api.db.leaveExtensionRequest.updateMany({ where: { leavePeriodId: period.id }, data: { status: "DENIED" } });
    const rules = await imani.graphql(`{ programs { jurisdiction rules { extensionRequestTime { days } } } }`);
    const days = rules.data.programs.find((p: { jurisdiction: string }) => p.jurisdiction === "CO").rules
      .extensionRequestTime.days;
    expect(days).toBe(14);
    clock.offsetMs = new Date(`${addDays(period.endDate, days + 1)}T18:00:00Z`).getTime() - Date.now();
    imani = await api.signedIn(IMANI);
    const late = await ask(imani, { requestedEndDate: addDays(period.endDate, 60), reason: "Still recovering." });
    expect(late.issues).toEqual([
      { path: ["input", "leavePeriodId"], message: expect.stringContaining(addDays(period.endDate, days)) },
    ]);
    // On the window's last day it is still taken.
    clock.offsetMs = new Date(`${addDays(period.endDate, days)}T18:00:00Z`).getTime() - Date.now();
    imani = await api.signedIn(IMANI);
    const onTime = await ask(imani, { requestedEndDate: addDays(period.endDate, 60), reason: "Still recovering." });
    expect(onTime.__typename).toBe("MutationRequestLeaveExtensionSuccess");
  });
});
