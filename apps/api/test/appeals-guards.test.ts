// What appeals refuse, over real HTTP: illegal transitions, people who are not parties or not
// officers, two officers deciding at once, retried filings, and bad input. Every refusal is a
// typed error and leaves the database exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@openleave/db";
import { hashPassword } from "@openleave/crypto";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import {
  DECIDE,
  decidedClaim,
  FILE,
  hearingTime,
  holdHearings,
  hearingClock,
  SCHEDULE,
  WITHDRAW,
  type DecidedClaim,
} from "./support/appeals.ts";

let api: TestApi;
let maria: ApiClient;
let aisha: ApiClient;
let officer: ApiClient;
let denied: DecidedClaim;

beforeAll(async () => {
  api = await startTestApi({ now: hearingClock.now });
  await clearLeaveCalendar(api, DEMO.claimant);
  await clearLeaveCalendar(api, DEMO.claimantAisha);
  maria = await api.signedIn(DEMO.claimant);
  aisha = await api.signedIn(DEMO.claimantAisha);
  officer = await api.signedIn(DEMO.appealsOfficer);
  denied = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
});
afterAll(() => api.close());

/** Everything an appeal operation could write. */
const footprint = async () => ({
  appeals: await api.db.appeal.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } }),
  determinations: await api.db.determination.count(),
  claims: await api.db.claim.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } }),
  notices: await api.db.notice.count(),
  tasks: await api.db.task.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  // Signing in is audited too; only what the appeal operations wrote matters here.
  audit: await api.db.auditEvent.count({ where: { NOT: { action: { startsWith: "auth." } } } }),
});

async function fileAndSchedule(claim: DecidedClaim) {
  const appeal = await maria.mutate("fileAppeal", FILE, {
    input: { claimId: claim.claimId, reason: "The decision is wrong." },
  });
  return officer.mutate("scheduleHearing", SCHEDULE, {
    input: { appealId: appeal.id, expectedVersion: appeal.version, hearingAt: hearingTime() },
  });
}

describe("retried filings", () => {
  it("returns the open appeal instead of filing a second one, even when the retries race", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const input = { claimId: claim.claimId, reason: "Please look again at my certificate." };
    const results = await Promise.all(Array.from({ length: 4 }, () => maria.graphql(FILE, { input })));
    const ids = new Set(results.map((r) => r.data.fileAppeal.data.id));
    expect(ids.size).toBe(1);
    const later = await maria.mutate("fileAppeal", FILE, { input });
    expect(later.id).toBe([...ids][0]);
    expect(await api.db.appeal.count({ where: { claimId: claim.claimId } })).toBe(1);
    expect(await api.db.task.count({ where: { appealId: later.id } })).toBe(1);
    expect(await api.db.notice.count({ where: { appealId: later.id } })).toBe(1);
  });
});

describe("illegal transitions", () => {
  it("refuses to decide on the merits before a hearing, and a second decision after one", async () => {
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: claim.claimId, reason: "The decision is wrong." },
    });
    let before = await footprint();
    holdHearings();
    const early = await officer.graphql(DECIDE, {
      input: { appealId: appeal.id, expectedVersion: 1, outcome: "AFFIRMED", summary: "Decided without any hearing." },
    });
    expect(early.data.decideAppeal).toEqual({
      __typename: "IllegalTransitionError",
      code: "ILLEGAL_TRANSITION",
      message: expect.any(String),
      from: "FILED",
      to: "DECIDED",
    });
    expect(await footprint()).toEqual(before);

    await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: 1, hearingAt: hearingTime() },
    });
    holdHearings();
    await officer.mutate("decideAppeal", DECIDE, {
      input: { appealId: appeal.id, expectedVersion: 2, outcome: "AFFIRMED", summary: "Affirmed after the hearing." },
    });
    before = await footprint();
    holdHearings();
    const again = await officer.graphql(DECIDE, {
      input: { appealId: appeal.id, expectedVersion: 3, outcome: "DISMISSED", summary: "Second thoughts about it." },
    });
    expect(again.data.decideAppeal).toMatchObject({
      __typename: "IllegalTransitionError",
      from: "DECIDED",
      to: "DISMISSED",
    });
    const reschedule = await officer.graphql(SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: 3, hearingAt: hearingTime() },
    });
    expect(reschedule.data.scheduleHearing).toMatchObject({
      __typename: "IllegalTransitionError",
      from: "DECIDED",
      to: "HEARING_SCHEDULED",
    });
    const withdraw = await maria.graphql(WITHDRAW, { appealId: appeal.id });
    expect(withdraw.data.withdrawAppeal).toMatchObject({
      __typename: "IllegalTransitionError",
      from: "DECIDED",
      to: "WITHDRAWN",
    });
    expect(await footprint()).toEqual(before);
  });

  it("refuses a decision on the merits before the hearing has been held, but lets the appeal be dismissed", async () => {
    const appeal = await fileAndSchedule(await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED"));
    const before = await footprint();
    const early = await officer.graphql(DECIDE, {
      input: { appealId: appeal.id, expectedVersion: 2, outcome: "AFFIRMED", summary: "Decided before the hearing." },
    });
    expect(early.data.decideAppeal).toMatchObject({ __typename: "BaseError", code: "HEARING_NOT_HELD" });
    expect(early.data.decideAppeal.message).toContain(appeal.hearingAt);
    expect(await footprint()).toEqual(before);

    const dismissed = await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId: appeal.id,
        expectedVersion: 2,
        outcome: "DISMISSED",
        summary: "The appellant withdrew by phone.",
      },
    });
    expect(dismissed).toMatchObject({ status: "DISMISSED", outcome: "DISMISSED" });
  });

  it("lets a hearing be moved, but refuses a stale version", async () => {
    const appeal = await fileAndSchedule(await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED"));
    const moved = await officer.mutate("scheduleHearing", SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: 2, hearingAt: hearingTime() },
    });
    expect(moved).toMatchObject({ status: "HEARING_SCHEDULED", version: 3 });
    const before = await footprint();
    const stale = await officer.graphql(SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: 2, hearingAt: hearingTime() },
    });
    expect(stale.data.scheduleHearing).toMatchObject({ __typename: "StaleVersionError", currentVersion: 3 });
    expect(await footprint()).toEqual(before);
  });
});

describe("who may do what", () => {
  it("does not let a claimant appeal, or even see, someone else's claim", async () => {
    const before = await footprint();
    const result = await aisha.graphql(FILE, { input: { claimId: denied.claimId, reason: "I want to appeal this." } });
    expect(result.data.fileAppeal).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    expect(await footprint()).toEqual(before);
  });

  it("does not let an unverified leave administrator appeal for the employer", async () => {
    const aishaClaim = await decidedClaim(api, aisha, "Puget Sound Bakery", "DENIED");
    const before = await footprint();
    const owner = await api.signedIn(DEMO.unverifiedLeaveAdmin);
    const result = await owner.graphql(FILE, {
      input: { claimId: aishaClaim.claimId, reason: "We disagree with this decision." },
    });
    expect(result.data.fileAppeal).toMatchObject({ __typename: "NotFoundError" });
    const otherEmployer = await (
      await api.signedIn(DEMO.leaveAdminMa)
    ).graphql(FILE, { input: { claimId: denied.claimId, reason: "We disagree with this decision." } });
    expect(otherEmployer.data.fileAppeal).toMatchObject({ __typename: "NotFoundError" });
    expect(await footprint()).toEqual(before);
  });

  it("keeps adjudicators, claimants and employers from scheduling or deciding, and staff from filing", async () => {
    const appeal = await fileAndSchedule(await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED"));
    const before = await footprint();
    const adjudicator = await api.signedIn(DEMO.adjudicator);
    const decide = {
      input: {
        appealId: appeal.id,
        expectedVersion: 2,
        outcome: "AFFIRMED",
        summary: "I should not be able to do this.",
      },
    };
    for (const client of [
      adjudicator,
      await api.signedIn(DEMO.supervisor),
      maria,
      await api.signedIn(DEMO.leaveAdmin),
    ]) {
      expect((await client.graphql(DECIDE, decide)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(
        (
          await client.graphql(SCHEDULE, {
            input: { appealId: appeal.id, expectedVersion: 2, hearingAt: hearingTime() },
          })
        ).errors?.[0]?.extensions?.code,
      ).toBe("FORBIDDEN");
    }
    expect(
      (await adjudicator.graphql(FILE, { input: { claimId: denied.claimId, reason: "Staff cannot appeal." } }))
        .errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await api.client().graphql(FILE, { input: { claimId: denied.claimId, reason: "Anonymous appeal." } }))
        .errors?.[0]?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
    expect(await footprint()).toEqual(before);
  });

  it("hides an appeal from people who cannot see its claim", async () => {
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: denied.claimId, reason: "Private reasons about my health." },
    });
    const QUERY = `query($id: ID!) { appeal(id: $id) { id reason } }`;
    expect((await aisha.graphql(QUERY, { id: appeal.id })).data.appeal).toBeNull();
    expect((await (await api.signedIn(DEMO.leaveAdminMa)).graphql(QUERY, { id: appeal.id })).data.appeal).toBeNull();
    expect((await (await api.signedIn(DEMO.leaveAdmin)).graphql(QUERY, { id: appeal.id })).data.appeal).toEqual({
      id: appeal.id,
      reason: null,
    });
    expect((await officer.graphql(QUERY, { id: appeal.id })).data.appeal.reason).toBe(
      "Private reasons about my health.",
    );
    const withdraw = await aisha.graphql(WITHDRAW, { appealId: appeal.id });
    expect(withdraw.data.withdrawAppeal).toMatchObject({ __typename: "NotFoundError" });
  });
});

describe("two officers deciding at once", () => {
  it("lets exactly one decision win; the other writes nothing", async () => {
    await api.db.user.create({
      data: {
        email: "appeals2@openleave.test",
        name: "Robin Diaz",
        roles: ["APPEALS_OFFICER"],
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
    const second = await api.signedIn("appeals2@openleave.test");
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const appeal = await fileAndSchedule(claim);
    const historyBefore = await api.db.claimStatusChange.count({ where: { claimId: claim.claimId } });
    holdHearings();
    const [reverse, affirm] = await Promise.all([
      officer.graphql(DECIDE, {
        input: {
          appealId: appeal.id,
          expectedVersion: 2,
          outcome: "REVERSED",
          summary: "Certificate was on file.",
          approvedStartDate: claim.leaveStart,
          approvedEndDate: claim.leaveEnd,
        },
      }),
      second.graphql(DECIDE, {
        input: { appealId: appeal.id, expectedVersion: 2, outcome: "AFFIRMED", summary: "Certificate never arrived." },
      }),
    ]);
    const outcomes = [reverse.data.decideAppeal.__typename, affirm.data.decideAppeal.__typename].sort();
    expect(outcomes).toEqual(["MutationDecideAppealSuccess", "StaleVersionError"]);

    const stored = await api.db.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    expect(stored.version).toBe(3);
    expect(await api.db.auditEvent.count({ where: { entityId: appeal.id, action: "appeal.decide" } })).toBe(1);
    expect(
      await api.db.notice.count({ where: { appealId: appeal.id, kind: "APPEAL_DECISION", audience: "CLAIMANT" } }),
    ).toBe(1);
    const determinations = await api.db.determination.count({ where: { claimId: claim.claimId } });
    const claimNow = await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    const historyAfter = await api.db.claimStatusChange.count({ where: { claimId: claim.claimId } });
    if (stored.outcome === "REVERSED") {
      expect({ determinations, status: claimNow.status, changes: historyAfter - historyBefore }).toEqual({
        determinations: 2,
        status: "APPROVED",
        changes: 1,
      });
    } else {
      expect({ determinations, status: claimNow.status, changes: historyAfter - historyBefore }).toEqual({
        determinations: 1,
        status: "DENIED",
        changes: 0,
      });
    }
  });
});

describe("bad input", () => {
  it.each([
    ["an empty reason", () => ({ claimId: denied.claimId, reason: "" }), ["input", "reason"]],
    ["a blank reason", () => ({ claimId: denied.claimId, reason: "          " }), ["input", "reason"]],
    ["an oversized reason", () => ({ claimId: denied.claimId, reason: "x".repeat(4001) }), ["input", "reason"]],
    [
      "a claim id that is not an id",
      () => ({ claimId: "claim-1; DROP TABLE", reason: "A perfectly fine reason." }),
      ["input", "claimId"],
    ],
    ["a numeric claim id", () => ({ claimId: 12345, reason: "A perfectly fine reason." }), ["input", "claimId"]],
  ])("refuses a filing with %s, field by field", async (_label, input, path) => {
    const before = await footprint();
    const result = await maria.graphql(FILE, { input: input() });
    expect(result.data.fileAppeal.__typename).toBe("InvalidInputError");
    expect(result.data.fileAppeal.issues.map((i: { path: string[] }) => i.path)).toEqual([path]);
    expect(await footprint()).toEqual(before);
  });

  it("refuses wrongly typed and missing fields at the GraphQL layer", async () => {
    const before = await footprint();
    for (const input of [
      { claimId: denied.claimId, reason: 42 },
      { claimId: denied.claimId },
      { claimId: denied.claimId, reason: "ok reason here", extra: true },
    ]) {
      const result = await maria.graphql(FILE, { input });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await footprint()).toEqual(before);
  });

  it("answers an unknown claim or appeal with not-found", async () => {
    const before = await footprint();
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(
      (await maria.graphql(FILE, { input: { claimId: unknown, reason: "A perfectly fine reason." } })).data.fileAppeal
        .__typename,
    ).toBe("NotFoundError");
    expect(
      (await officer.graphql(SCHEDULE, { input: { appealId: unknown, expectedVersion: 1, hearingAt: hearingTime() } }))
        .data.scheduleHearing.__typename,
    ).toBe("NotFoundError");
    expect((await maria.graphql(WITHDRAW, { appealId: unknown })).data.withdrawAppeal.__typename).toBe("NotFoundError");
    expect(await footprint()).toEqual(before);
  });

  it("refuses a hearing in the past or not a date-time, and a reversal without approved dates", async () => {
    const appeal = await maria.mutate("fileAppeal", FILE, {
      input: { claimId: denied.claimId, reason: "The decision is wrong." },
    });
    const before = await footprint();
    const past = await officer.graphql(SCHEDULE, {
      input: {
        appealId: appeal.id,
        expectedVersion: appeal.version,
        hearingAt: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    expect(past.data.scheduleHearing.issues).toEqual([
      { path: ["input", "hearingAt"], message: "The hearing must be in the future." },
    ]);
    const garbage = await officer.graphql(SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: appeal.version, hearingAt: "next tuesday" },
    });
    expect(garbage.data.scheduleHearing.issues[0].path).toEqual(["input", "hearingAt"]);
    const noOffset = await officer.graphql(SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: appeal.version, hearingAt: "2030-01-01T10:00:00" },
    });
    expect(noOffset.data.scheduleHearing.issues[0].path).toEqual(["input", "hearingAt"]);
    const farOff = await officer.graphql(SCHEDULE, {
      input: { appealId: appeal.id, expectedVersion: appeal.version, hearingAt: "2099-01-01T10:00:00Z" },
    });
    expect(farOff.data.scheduleHearing.issues[0].path).toEqual(["input", "hearingAt"]);
    holdHearings();
    const noDates = await officer.graphql(DECIDE, {
      input: {
        appealId: appeal.id,
        expectedVersion: appeal.version,
        outcome: "REVERSED",
        summary: "Reversed, but no dates given.",
      },
    });
    expect(noDates.data.decideAppeal.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual([
      "input.approvedStartDate",
      "input.approvedEndDate",
    ]);
    holdHearings();
    const outside = await officer.graphql(DECIDE, {
      input: {
        appealId: appeal.id,
        expectedVersion: appeal.version,
        outcome: "REVERSED",
        summary: "Reversed for a longer leave.",
        approvedStartDate: denied.leaveStart,
        approvedEndDate: "2099-12-31",
      },
    });
    expect(outside.data.decideAppeal.issues[0].path).toEqual(["input", "approvedStartDate"]);
    holdHearings();
    const shortSummary = await officer.graphql(DECIDE, {
      input: { appealId: appeal.id, expectedVersion: appeal.version, outcome: "AFFIRMED", summary: "No." },
    });
    expect(shortSummary.data.decideAppeal.issues[0].path).toEqual(["input", "summary"]);
    expect(await footprint()).toEqual(before);
  });
});
