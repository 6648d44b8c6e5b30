// Appeals end to end over real HTTP: a denied claimant appeals, a hearing is held and the
// denial is reversed; late filing; an employer's appeal; affirmance and dismissal; who sees what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fromDateOnly, toDateOnly } from "@openleave/db";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { todayInPacific } from "./support/dates.ts";
import {
  DECIDE,
  decidedClaim,
  FILE,
  hearingTime,
  holdHearings,
  hearingClock,
  SCHEDULE,
  WITHDRAW,
} from "./support/appeals.ts";

let api: TestApi;
let maria: ApiClient;
let hr: ApiClient;
let officer: ApiClient;

beforeAll(async () => {
  api = await startTestApi({ now: hearingClock.now });
  await clearLeaveCalendar(api, DEMO.claimant);
  maria = await api.signedIn(DEMO.claimant);
  hr = await api.signedIn(DEMO.leaveAdmin);
  officer = await api.signedIn(DEMO.appealsOfficer);
});
afterAll(() => api.close());

/** A claim's leave periods in date order, as calendar dates with their decision. */
async function leavePeriodsOf(claimId: string) {
  const periods = await api.db.leavePeriod.findMany({ where: { claimId }, orderBy: { startDate: "asc" } });
  return periods.map((p) => ({ start: toDateOnly(p.startDate), end: toDateOnly(p.endDate), decision: p.decision }));
}

describe("a partial approval by an adjudicator", () => {
  it("keeps the approved days on the leave period and the rest as a denied period of its own", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "PARTIALLY_APPROVED");
    const stored = await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    expect(stored.status).toBe("PARTIALLY_APPROVED");
    const lastApproved = addDays(claim.leaveStart, 3);
    expect(await leavePeriodsOf(claim.claimId)).toEqual([
      { start: claim.leaveStart, end: lastApproved, decision: "APPROVED" },
      { start: addDays(lastApproved, 1), end: claim.leaveEnd, decision: "DENIED" },
    ]);
  });
});

describe("a denied claimant appeals and wins", () => {
  let claim: Awaited<ReturnType<typeof decidedClaim>>;
  let appealId: string;

  it("files the appeal: acknowledged, queued for a hearing with an SLA, audited", async () => {
    claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "I sent the birth certificate on time; here it is again." },
    });
    appealId = appeal.id;
    const determination = await api.db.determination.findUniqueOrThrow({ where: { id: claim.determinationId } });
    expect(appeal).toMatchObject({
      status: "FILED",
      version: 1,
      appellantRole: "CLAIMANT",
      filedLate: false,
      deadline: toDateOnly(determination.appealDeadline!),
      determination: { id: claim.determinationId, outcome: "DENIED" },
      allowedActions: ["WITHDRAW"],
    });
    const tasks = await api.db.task.findMany({ where: { appealId } });
    expect(tasks.map((t) => [t.queue, t.kind, t.status])).toEqual([["APPEALS", "HOLD_APPEAL_HEARING", "OPEN"]]);
    expect(toDateOnly(tasks[0]!.dueAt)).toBe(addDays(todayInPacific(), 30));
    expect(await api.db.notice.count({ where: { appealId, kind: "APPEAL_ACKNOWLEDGMENT" } })).toBe(1);
    expect(await api.db.auditEvent.count({ where: { entityId: appealId, action: "appeal.file" } })).toBe(1);
  });

  it("shows the appeal to the employer without the claimant's reasons", async () => {
    const { data } = await hr.graphql(
      `query($id: ID!) { claim(id: $id) { appeals { id status reason appellantRole } } }`,
      { id: claim.claimId },
    );
    expect(data.claim.appeals).toEqual([{ id: appealId, status: "FILED", reason: null, appellantRole: "CLAIMANT" }]);
  });

  it("lists it for the appeals office", async () => {
    const { data } = await officer.graphql(`{ appeals(first: 50) { edges { node { id status claim { id } } } } }`);
    expect(data.appeals.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(appealId);
    const scheduledOnly = await officer.graphql(
      `{ appeals(first: 50, status: HEARING_SCHEDULED) { edges { node { id } } } }`,
    );
    // Filed, not yet scheduled: not in the scheduled view (the demo's own held hearing is).
    const scheduledIds = scheduledOnly.data.appeals.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(scheduledIds).not.toContain(appealId);
    expect(scheduledIds).toHaveLength(1);
  });

  it("schedules the hearing, assigning the officer and the task", async () => {
    const hearingAt = hearingTime();
    const scheduled = await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId, expectedVersion: 1, hearingAt },
    });
    expect(scheduled).toMatchObject({
      status: "HEARING_SCHEDULED",
      version: 2,
      hearingAt,
      officer: { name: "Jordan Lee" },
    });
    expect(scheduled.allowedActions).toEqual(["SCHEDULE_HEARING", "DECIDE", "DISMISS"]);
    const task = await api.db.task.findFirstOrThrow({ where: { appealId } });
    expect(task.status).toBe("IN_PROGRESS");
    expect(task.dueAt.toISOString()).toBe(hearingAt);
    const officerId = (await api.db.user.findUniqueOrThrow({ where: { email: DEMO.appealsOfficer } })).id;
    expect(task.assigneeId).toBe(officerId);
  });

  it("lets the officer re-run the rules on the appealed claim, which an approval on appeal pays from", async () => {
    const query = `query($id: ID!) { claim(id: $id) { allowedActions } }`;
    const { data } = await officer.graphql(query, { id: claim.claimId });
    expect(data.claim.allowedActions).toEqual(["CHECK_ELIGIBILITY"]);
    const checked = await officer.graphql(`mutation($id: ID!) { checkEligibility(claimId: $id) { __typename } }`, {
      id: claim.claimId,
    });
    expect(checked.data.checkEligibility.__typename).toBe("MutationCheckEligibilitySuccess");
  });

  it("reverses the denial: a superseding approval with the snapshot's benefit, the claim approved, notices sent", async () => {
    const snapshot = await api.db.eligibilitySnapshot.findFirstOrThrow({
      where: { claimId: claim.claimId },
      orderBy: { computedAt: "desc" },
    });
    holdHearings();
    const decided = await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId,
        expectedVersion: 2,
        outcome: "REVERSED",
        summary: "The birth certificate was received before the deadline; the leave is approved.",
        approvedStartDate: claim.leaveStart,
        approvedEndDate: claim.leaveEnd,
      },
    });
    expect(decided).toMatchObject({ status: "DECIDED", outcome: "REVERSED", version: 3, allowedActions: [] });

    const stored = await api.db.claim.findUniqueOrThrow({
      where: { id: claim.claimId },
      include: { determinations: { orderBy: { decidedAt: "asc" } }, leavePeriods: true },
    });
    expect(stored.status).toBe("APPROVED");
    expect(stored.determinations).toHaveLength(2);
    const [original, replacement] = stored.determinations;
    expect(replacement).toMatchObject({
      outcome: "APPROVED",
      supersedesId: original!.id,
      reasonCode: "APPEAL_REVERSED",
    });
    expect(replacement!.weeklyBenefitAmount!.toFixed(2)).toBe(snapshot.weeklyBenefitAmount!.toFixed(2));
    expect(toDateOnly(replacement!.approvedStartDate!)).toBe(claim.leaveStart);
    expect(replacement!.appealDeadline! > fromDateOnly(todayInPacific())).toBe(true);
    expect(stored.leavePeriods.map((p) => p.decision)).toEqual(["APPROVED"]);

    const history = await api.db.claimStatusChange.findMany({
      where: { claimId: claim.claimId },
      orderBy: { id: "asc" },
    });
    expect(history.at(-1)).toMatchObject({ fromStatus: "DENIED", toStatus: "APPROVED", reason: "Appeal reversed" });
    const notices = await api.db.notice.findMany({
      where: { claimId: claim.claimId, audience: "CLAIMANT" },
      orderBy: { createdAt: "asc" },
    });
    expect(notices.map((n) => n.kind)).toEqual([
      "ACKNOWLEDGMENT",
      "DENIAL",
      "APPEAL_ACKNOWLEDGMENT",
      "HEARING_SCHEDULED",
      "APPEAL_DECISION",
    ]);
    // The employer got its copies of the denial and of the appeal decision.
    const employerCopies = await api.db.notice.findMany({
      where: { claimId: claim.claimId, audience: "EMPLOYER" },
      orderBy: { createdAt: "asc" },
    });
    expect(employerCopies.map((n) => n.kind)).toEqual(["DENIAL", "APPEAL_DECISION"]);
    expect(notices.at(-1)).toMatchObject({ appealId, determinationId: replacement!.id });
    expect(await api.db.task.count({ where: { appealId, status: { in: ["OPEN", "IN_PROGRESS"] } } })).toBe(0);
    const audit = await api.db.auditEvent.findFirstOrThrow({ where: { entityId: appealId, action: "appeal.decide" } });
    expect(audit.metadata).toMatchObject({
      outcome: "REVERSED",
      newDeterminationId: replacement!.id,
      newDeterminationOutcome: "APPROVED",
    });
  });

  it("shows the claimant the outcome and the superseded determination", async () => {
    const { data } = await maria.graphql(
      `query($id: ID!) { claim(id: $id) { status determinations { outcome superseded } appeals { status outcome reason } } }`,
      { id: claim.claimId },
    );
    expect(data.claim.status).toBe("APPROVED");
    expect(data.claim.determinations).toEqual([
      { outcome: "APPROVED", superseded: false },
      { outcome: "DENIED", superseded: true },
    ]);
    expect(data.claim.appeals).toEqual([
      { status: "DECIDED", outcome: "REVERSED", reason: "I sent the birth certificate on time; here it is again." },
    ]);
  });
});

describe("filing late", () => {
  it("accepts an appeal after the deadline and marks it late for the officer", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const deadline = addDays(todayInPacific(), -3);
    await api.db.determination.update({
      where: { id: claim.determinationId },
      data: { appealDeadline: fromDateOnly(deadline) },
    });
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "I was in hospital until yesterday." },
    });
    expect(appeal).toMatchObject({ status: "FILED", filedLate: true, deadline });
    const audit = await api.db.auditEvent.findFirstOrThrow({ where: { entityId: appeal.id, action: "appeal.file" } });
    expect(audit.metadata).toMatchObject({ filedLate: true, deadline });
  });
});

describe("an employer appeals an approval", () => {
  it("files as EMPLOYER alongside the claimant's own appeal, and the reversal denies the claim", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "APPROVED");
    const mine = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "The approval should start a week earlier." },
    });
    const theirs = await hr.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "She was not employed here during the leave." },
    });
    expect(theirs.appellantRole).toBe("EMPLOYER");
    expect(theirs.id).not.toBe(mine.id);
    const { data } = await maria.graphql(`query($id: ID!) { appeal(id: $id) { reason allowedActions } }`, {
      id: theirs.id,
    });
    expect(data.appeal).toEqual({ reason: "She was not employed here during the leave.", allowedActions: [] });

    await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId: theirs.id, expectedVersion: 1, hearingAt: hearingTime() },
    });
    holdHearings();
    await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId: theirs.id,
        expectedVersion: 2,
        outcome: "REVERSED",
        summary: "Employment ended before the leave began.",
      },
    });
    const stored = await api.db.claim.findUniqueOrThrow({
      where: { id: claim.claimId },
      include: { determinations: { orderBy: { decidedAt: "desc" } }, leavePeriods: true },
    });
    expect(stored.status).toBe("DENIED");
    expect(stored.determinations[0]).toMatchObject({
      outcome: "DENIED",
      weeklyBenefitAmount: null,
      supersedesId: claim.determinationId,
    });
    expect(stored.leavePeriods.map((p) => p.decision)).toEqual(["DENIED"]);

    // The claimant's appeal was against the approval that no longer stands: it can only be dismissed.
    await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId: mine.id, expectedVersion: 1, hearingAt: hearingTime() },
    });
    holdHearings();
    const moot = await officer.graphql(DECIDE, {
      input: {
        appealId: mine.id,
        expectedVersion: 2,
        outcome: "MODIFIED",
        summary: "Start a week earlier.",
        approvedStartDate: claim.leaveStart,
        approvedEndDate: claim.leaveEnd,
      },
    });
    expect(moot.data.decideAppeal).toMatchObject({ __typename: "BaseError", code: "DETERMINATION_SUPERSEDED" });
    expect((await api.db.appeal.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("HEARING_SCHEDULED");
    holdHearings();
    const dismissed = await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId: mine.id,
        expectedVersion: 2,
        outcome: "DISMISSED",
        summary: "Moot: the approval was reversed on the employer's appeal.",
      },
    });
    expect(dismissed.status).toBe("DISMISSED");
  });

  it("lets the employer withdraw its own appeal, cancelling the hearing work", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "APPROVED");
    const appeal = await hr.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "We think the dates are wrong." },
    });
    expect(appeal.allowedActions).toEqual(["WITHDRAW"]);
    const byClaimant = await maria.graphql(WITHDRAW, { appealId: appeal.id });
    expect(byClaimant.data.withdrawAppeal).toMatchObject({ __typename: "ForbiddenError" });
    const withdrawn = await hr.mutate("withdrawAppeal", WITHDRAW, { appealId: appeal.id, expectedVersion: 1 });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(await api.db.task.findMany({ where: { appealId: appeal.id }, select: { status: true } })).toEqual([
      { status: "CANCELLED" },
    ]);
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } })).status).toBe("APPROVED");
  });
});

describe("decisions that leave the claim as it is", () => {
  it("affirms: no new determination, claim unchanged, decision notice sent", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "I disagree with the decision." },
    });
    await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: 1, hearingAt: hearingTime() },
    });
    const before = await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    holdHearings();
    const decided = await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId: appeal.id,
        expectedVersion: 2,
        outcome: "AFFIRMED",
        summary: "No certification was ever provided.",
      },
    });
    expect(decided).toMatchObject({ status: "DECIDED", outcome: "AFFIRMED" });
    const after = await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    expect({ status: after.status, version: after.version }).toEqual({ status: "DENIED", version: before.version });
    expect(await api.db.determination.count({ where: { claimId: claim.claimId } })).toBe(1);
    expect(
      await api.db.notice.count({
        where: {
          appealId: appeal.id,
          kind: "APPEAL_DECISION",
          audience: "CLAIMANT",
          determinationId: claim.determinationId,
        },
      }),
    ).toBe(1);
  });

  it("modifies a denial into a partial approval", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "At least part of my leave should be paid." },
    });
    await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: 1, hearingAt: hearingTime() },
    });
    const halfway = addDays(claim.leaveStart, 3);
    holdHearings();
    await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId: appeal.id,
        expectedVersion: 2,
        outcome: "MODIFIED",
        summary: "The first four days are certified.",
        approvedStartDate: claim.leaveStart,
        approvedEndDate: halfway,
      },
    });
    const stored = await api.db.claim.findUniqueOrThrow({
      where: { id: claim.claimId },
      include: { determinations: { orderBy: { decidedAt: "desc" }, take: 1 } },
    });
    expect(stored.status).toBe("PARTIALLY_APPROVED");
    expect(stored.determinations[0]).toMatchObject({
      outcome: "PARTIALLY_APPROVED",
      supersedesId: claim.determinationId,
    });
    expect(toDateOnly(stored.determinations[0]!.approvedEndDate!)).toBe(halfway);
    expect(await leavePeriodsOf(claim.claimId)).toEqual([
      { start: claim.leaveStart, end: halfway, decision: "APPROVED" },
      { start: addDays(halfway, 1), end: claim.leaveEnd, decision: "DENIED" },
    ]);
  });

  it("dismisses an appeal before any hearing", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "Filed by mistake, please ignore." },
    });
    holdHearings();
    const dismissed = await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId: appeal.id,
        expectedVersion: 1,
        outcome: "DISMISSED",
        summary: "The appellant asked us to disregard this appeal.",
      },
    });
    expect(dismissed).toMatchObject({ status: "DISMISSED", outcome: "DISMISSED" });
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } })).status).toBe("DENIED");
    expect(await api.db.task.findMany({ where: { appealId: appeal.id }, select: { status: true } })).toEqual([
      { status: "DONE" },
    ]);
  });
});

describe("the appeals list", () => {
  it("is for appeals officers and supervisors only", async () => {
    const LIST = `{ appeals(first: 5) { edges { node { id } } } }`;
    expect((await (await api.signedIn(DEMO.supervisor)).graphql(LIST)).data.appeals.edges.length).toBeGreaterThan(0);
    expect((await (await api.signedIn(DEMO.adjudicator)).graphql(LIST)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await maria.graphql(LIST)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await hr.graphql(LIST)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
