// Weekly hours of intermittent leave, reported by the claimant over real HTTP: kept once per
// week (a correction replaces it, audited), within the approved frequency and the leave's
// dates, never ahead of time, and only by the claimant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { addDays, toDateOnly } from "@openleave/db";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { freshLeave } from "./support/dates.ts";
import { drainQueue } from "../src/jobs/worker.ts";

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id leavePeriods { id } } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id version } } ... on Error { code message } } }`;
const START_REVIEW = `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code message } } }`;
const DETERMINE = `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on Error { code message } } }`;
const REPORT = `mutation($input: ReportLeaveHoursInput!) { reportLeaveHours(input: $input) { __typename ... on MutationReportLeaveHoursSuccess { data { id weekStart hours } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;

const clock = { offsetMs: 0, now: () => new Date(Date.now() + clock.offsetMs) };
let api: TestApi;
let maria: ApiClient;
let leave: { start: string; end: string };
let periodId: string;
let claimId: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  await clearLeaveCalendar(api, DEMO.claimant);
  maria = await api.signedIn(DEMO.claimant);
  const programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  const employerId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
  const week = freshLeave();
  leave = { start: week.start, end: addDays(week.start, 27) };
  const draft = await maria.mutate("createApplication", CREATE, { input: { programId, employerId } });
  const updated = await maria.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      leavePeriods: [
        { kind: "INTERMITTENT", startDate: leave.start, endDate: leave.end, episodesPerMonth: 2, hoursPerEpisode: "4" },
      ],
      // Intermittent weeks are paid at the share of these hours taken.
      regularHoursPerWeek: "40",
    },
  });
  claimId = draft.id;
  periodId = updated.leavePeriods[0].id;
  const submitted = await maria.mutate("submitApplication", SUBMIT, { claimId });
  const staff = await api.signedIn(DEMO.adjudicator);
  const review = await staff.mutate("startReview", START_REVIEW, {
    input: { claimId, expectedVersion: submitted.version },
  });
  await staff.mutate("recordDetermination", DETERMINE, {
    input: {
      claimId,
      expectedVersion: review.version,
      outcome: "APPROVED",
      reasonCode: "ELIGIBLE",
      explanation: "You meet every requirement for bonding leave.",
      approvedStartDate: leave.start,
      approvedEndDate: leave.end,
    },
  });
});
afterAll(() => api.close());

function report(client: ApiClient, weekStart: string, hours: string, leavePeriodId = periodId) {
  return client.graphql(REPORT, { input: { leavePeriodId, weekStart, hours } }).then((r) => {
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.reportLeaveHours;
  });
}

describe("reporting weekly hours of intermittent leave", () => {
  it("refuses a week that has not started yet", async () => {
    const answer = await report(maria, leave.start, "4");
    expect(answer.__typename).toBe("InvalidInputError");
    expect(answer.issues[0].path).toEqual(["input", "weekStart"]);
  });

  it("keeps one report per week, a correction replacing it, each audited", async () => {
    // The first week of leave has begun.
    clock.offsetMs = new Date(`${addDays(leave.start, 2)}T20:00:00Z`).getTime() - Date.now();
    // Sessions expire with the clock: sign in again at the new time.
    maria = await api.signedIn(DEMO.claimant);
    const first = await report(maria, leave.start, "4");
    expect(first).toMatchObject({
      __typename: "MutationReportLeaveHoursSuccess",
      data: { weekStart: leave.start, hours: "4.00" },
    });
    // A first report carries one time twice: the claim page reads "Received", not "Corrected".
    const firstRow = await api.db.leaveHoursReport.findUniqueOrThrow({ where: { id: first.data.id } });
    expect(firstRow.updatedAt.getTime()).toBe(firstRow.createdAt.getTime());
    clock.offsetMs += 1;
    const corrected = await report(maria, leave.start, "7.5");
    expect(corrected.data).toMatchObject({ id: first.data.id, hours: "7.50" });
    const rows = await api.db.leaveHoursReport.findMany({ where: { leavePeriodId: periodId } });
    expect(rows.map((row) => row.hours.toFixed(2))).toEqual(["7.50"]);
    expect(rows[0]!.updatedAt.getTime()).toBeGreaterThan(rows[0]!.createdAt.getTime());
    const audit = await api.db.auditEvent.findMany({
      where: { entityId: first.data.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((event) => event.action)).toEqual(["leave_hours.report", "leave_hours.correct"]);
    expect(audit[1]!.metadata).toMatchObject({ hours: "7.50", previousHours: "4.00" });
    const { data } = await maria.graphql(
      `query($id: ID!) { claim(id: $id) { leaveHoursReports { weekStart hours } } }`,
      {
        id: claimId,
      },
    );
    expect(data.claim.leaveHoursReports).toEqual([{ weekStart: leave.start, hours: "7.50" }]);
  });

  it("refuses more than the approved frequency allows, and a week outside the leave", async () => {
    const tooMany = await report(maria, leave.start, "8.5");
    expect(tooMany.issues).toEqual([
      { path: ["input", "hours"], message: expect.stringContaining("up to 8 hours a week") },
    ]);
    const outside = await report(maria, addDays(leave.start, -14), "2");
    expect(outside.issues[0].path).toEqual(["input", "weekStart"]);
    const notANumber = await report(maria, leave.start, "seven");
    expect(notANumber.issues[0].path).toEqual(["input", "hours"]);
  });

  it("is the claimant's own: another claimant and staff cannot report", async () => {
    const aisha = await api.signedIn(DEMO.claimantAisha);
    expect((await report(aisha, leave.start, "2")).__typename).not.toBe("MutationReportLeaveHoursSuccess");
    const staff = await api.signedIn(DEMO.adjudicator);
    const byStaff = await staff.graphql(REPORT, {
      input: { leavePeriodId: periodId, weekStart: leave.start, hours: "2" },
    });
    expect(byStaff.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await api.db.leaveHoursReport.findFirstOrThrow({ where: { leavePeriodId: periodId } })).hours.toFixed(2),
    ).toBe("7.50");
  });
});

describe("payments follow the reported hours", () => {
  it("schedules a reported week in the worker's reconcile job, and re-prices it after a correction", async () => {
    const determination = await api.db.determination.findFirstOrThrow({ where: { claimId } });
    const snapshot = await api.db.eligibilitySnapshot.findFirstOrThrow({
      where: { claimId },
      orderBy: { computedAt: "desc" },
    });
    // WA pays bonding leave from its first day: the first reported week is paid, not waited out.
    expect(snapshot.waitingPeriodDays ?? 0).toBe(0);
    const share = (hours: string) =>
      new Decimal(determination.weeklyBenefitAmount!.toString())
        .mul(hours)
        .div(40)
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2);
    const weeks = async () =>
      (await api.db.payment.findMany({ where: { claimId }, orderBy: { periodStart: "asc" } })).map((p) => [
        toDateOnly(p.periodStart),
        p.gross.toFixed(2),
        p.status,
      ]);

    // The week reported above (7.5 hours): paid once the worker reconciles.
    await drainQueue({ db: api.db, pii: api.pii });
    expect(await weeks()).toEqual([[leave.start, share("7.5"), "SCHEDULED"]]);

    // A correction before the payment is sent re-prices it: still one payment for the week.
    await report(maria, leave.start, "4");
    await drainQueue({ db: api.db, pii: api.pii });
    expect(await weeks()).toEqual([[leave.start, share("4"), "SCHEDULED"]]);
  });
});
