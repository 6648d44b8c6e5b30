// Emails to leave administrators, over real HTTP and the worker on the real database: a submitted
// claim asks every verified administrator of its employer to respond (each in their own language,
// nothing medical); the daily timer, run as a worker job, reminds them two business days before
// the deadline on the program's holiday calendar, once; a decision tells them the outcome without
// the staff's explanation. The claimant never sees the employer's emails on the claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDateOnly } from "@openleave/db";
import { sendPendingEmails } from "../src/domains/notifications/email-outbox.ts";
import { runTimers } from "../src/domains/timers/run-timers.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { enqueueJob } from "../src/jobs/job-queue.ts";
import { DevelopmentMailbox } from "../src/mail/mailer.ts";
import { clearLeaveCalendar, DEMO, startTestApi, type TestApi } from "./support/test-api.ts";
import { addDaysTo, todayInPacific } from "./support/dates.ts";

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id claimNumber version employerResponses { id version dueDate } } } ... on Error { code message } } }`;
const RESPOND = `mutation($input: RespondToClaimInput!) { respondToClaim(input: $input) { __typename ... on MutationRespondToClaimSuccess { data { status } } ... on Error { code message } } }`;
const DECIDE = `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on Error { code message } } }`;

const CONDITION = "Confidential knee surgery detail";
const EXPLANATION = "Staff-only reasoning about the medical certificate";

let api: TestApi;
let evergreenId: string;
let spanishAdminId: string;
let englishAdminId: string;
let unverifiedAdminId: string;
let claim: {
  id: string;
  claimNumber: string;
  version: number;
  employerResponses: { id: string; version: number; dueDate: string }[];
};

const outbox = (kind: string) =>
  api.db.emailOutbox.findMany({ where: { kind, claimId: claim.id }, orderBy: { recipientUserId: "asc" } });

beforeAll(async () => {
  api = await startTestApi();
  await clearLeaveCalendar(api, DEMO.claimant);
  evergreenId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
  // The demo administrator reads Spanish; a second verified one English; a third is not verified.
  spanishAdminId = (await api.db.user.update({ where: { email: DEMO.leaveAdmin }, data: { preferredLanguage: "ES" } }))
    .id;
  const makeAdmin = async (email: string, verified: boolean) => {
    const user = await api.db.user.create({
      data: { email, name: email, roles: ["LEAVE_ADMIN"], preferredLanguage: "EN" },
    });
    await api.db.leaveAdministrator.create({
      data: { userId: user.id, employerId: evergreenId, verifiedAt: verified ? new Date() : null },
    });
    return user.id;
  };
  englishAdminId = await makeAdmin("payroll@evergreen-robotics.test", true);
  unverifiedAdminId = await makeAdmin("intern@evergreen-robotics.test", false);

  const maria = await api.signedIn(DEMO.claimant);
  const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } });
  const start = addDaysTo(todayInPacific(), 21);
  const draft = await maria.mutate("createApplication", CREATE, {
    input: { programId: program.id, employerId: evergreenId },
  });
  await maria.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "OWN_HEALTH",
      conditionDescription: CONDITION,
      leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: addDaysTo(start, 27) }],
    },
  });
  claim = await maria.mutate("submitApplication", SUBMIT, { claimId: draft.id });
});
afterAll(() => api.close());

describe("employer notifications", () => {
  it("asks every verified administrator to respond, in their own language, with nothing medical", async () => {
    const requested = await outbox("EMPLOYER_RESPONSE_REQUESTED");
    const byRecipient = new Map(requested.map((e) => [e.recipientUserId, e]));
    expect([...byRecipient.keys()].sort()).toEqual([spanishAdminId, englishAdminId].sort());
    expect(byRecipient.has(unverifiedAdminId)).toBe(false);
    const spanish = byRecipient.get(spanishAdminId)!;
    const english = byRecipient.get(englishAdminId)!;
    expect(spanish.language).toBe("ES");
    expect(spanish.subject).toContain("Se necesita su respuesta");
    expect(english.language).toBe("EN");
    expect(english.subject).toContain("Your response is needed by");
    for (const email of requested) {
      expect(email.body).toContain(claim.claimNumber);
      expect(email.body).toContain(`/employers/${evergreenId}/claims/${claim.id}`);
      expect(email.body).not.toContain(CONDITION);
    }
    // The deadline is written out in each language (read as UTC, so the day never shifts).
    const due = new Date(`${claim.employerResponses[0]!.dueDate}T00:00:00Z`);
    expect(english.body).toContain(
      new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(due),
    );
    expect(spanish.body).toContain(
      new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "UTC" }).format(due),
    );

    // The outbox delivers them to each administrator's address.
    const mailbox = new DevelopmentMailbox();
    await sendPendingEmails(api.db, mailbox);
    expect(mailbox.sent.filter((m) => m.to === "payroll@evergreen-robotics.test")).toHaveLength(1);
    expect(mailbox.sent.filter((m) => m.to === DEMO.leaveAdmin)).toHaveLength(1);
    expect(mailbox.sent.some((m) => m.to === "intern@evergreen-robotics.test")).toBe(false);
  });

  it("reminds them two business days before the deadline, counting WA's holidays, once", async () => {
    // Due Monday 28 December 2026: Friday the 25th is Christmas, so two business days before is
    // Wednesday the 23rd (Thursday 24, Monday 28), not Thursday as it would be without the holiday.
    await api.db.employerResponse.update({
      where: { id: claim.employerResponses[0]!.id },
      data: { dueDate: fromDateOnly("2026-12-28") },
    });
    const runTimersJob = async (today: string) => {
      await enqueueJob(api.db, "timers.run", { key: `timers.run:${today}:test`, payload: { today } });
      await drainQueue({ db: api.db, pii: api.pii, timers: { portalUrl: "https://portal.example" } });
    };

    await runTimersJob("2026-12-22");
    expect(await outbox("EMPLOYER_RESPONSE_REMINDER")).toHaveLength(0);

    await runTimersJob("2026-12-23");
    const reminders = await outbox("EMPLOYER_RESPONSE_REMINDER");
    expect(reminders.map((e) => [e.recipientUserId, e.language]).sort()).toEqual(
      [
        [spanishAdminId, "ES"],
        [englishAdminId, "EN"],
      ].sort(),
    );
    expect(reminders.find((e) => e.language === "EN")!.body).toContain("The deadline is December 28, 2026.");
    expect(reminders.find((e) => e.language === "ES")!.body).toContain("28 de diciembre de 2026");
    expect(reminders[0]!.body).toContain(`https://portal.example/employers/${evergreenId}/claims/${claim.id}`);

    // The next day's run, and the same day again, send nothing new.
    await runTimersJob("2026-12-24");
    // Two workers running the same day's timers at once.
    const noon = new Date("2026-12-23T12:00:00Z");
    await Promise.all([runTimers(api.db, noon), runTimers(api.db, noon)]);
    expect(await outbox("EMPLOYER_RESPONSE_REMINDER")).toHaveLength(2);
  });

  it("sends no reminder once the employer has answered", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const response = claim.employerResponses[0]!;
    const current = await api.db.employerResponse.findUniqueOrThrow({ where: { id: response.id } });
    const answered = await hr.mutate("respondToClaim", RESPOND, {
      input: { employerResponseId: response.id, expectedVersion: current.version, decision: "CONFIRM" },
    });
    expect(answered.status).toBe("CONFIRMED");
    await api.db.emailOutbox.deleteMany({ where: { kind: "EMPLOYER_RESPONSE_REMINDER", claimId: claim.id } });
    await enqueueJob(api.db, "timers.run", { key: "timers.run:2026-12-23:after", payload: { today: "2026-12-23" } });
    await drainQueue({ db: api.db, pii: api.pii });
    expect(await outbox("EMPLOYER_RESPONSE_REMINDER")).toHaveLength(0);
  });

  it("tells them the decision without the staff's explanation, and keeps their emails off the claimant's claim", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    const { data } = await staff.graphql(`query($id: ID!) { claim(id: $id) { version status } }`, { id: claim.id });
    expect(data.claim.status).toBe("IN_REVIEW");
    const decided = await staff.graphql(DECIDE, {
      input: {
        claimId: claim.id,
        expectedVersion: data.claim.version,
        outcome: "DENIED",
        reasonCode: "OTHER",
        explanation: EXPLANATION,
      },
    });
    expect(decided.data.recordDetermination.__typename).toBe("MutationRecordDeterminationSuccess");
    const decisions = await outbox("EMPLOYER_DECISION");
    expect(decisions.map((e) => [e.recipientUserId, e.language]).sort()).toEqual(
      [
        [spanishAdminId, "ES"],
        [englishAdminId, "EN"],
      ].sort(),
    );
    const english = decisions.find((e) => e.language === "EN")!;
    expect(english.subject).toBe(`Decision on claim ${claim.claimNumber}: denied`);
    expect(english.body).toContain("it may appeal by");
    expect(decisions.find((e) => e.language === "ES")!.subject).toBe(
      `Decisión sobre el reclamo ${claim.claimNumber}: denegado`,
    );
    for (const email of decisions) {
      expect(email.body).not.toContain(EXPLANATION);
      expect(email.body).not.toContain(CONDITION);
    }

    // The claimant's list of emails on the claim holds their own notice, not the employer's mail.
    const maria = await api.signedIn(DEMO.claimant);
    const shown = await maria.graphql(`query($id: ID!) { claim(id: $id) { emails { kind } } }`, { id: claim.id });
    expect(shown.errors).toBeUndefined();
    const kinds = shown.data.claim.emails.map((e: { kind: string }) => e.kind);
    expect(kinds).toContain("DETERMINATION");
    expect(kinds.filter((k: string) => k.startsWith("EMPLOYER_"))).toEqual([]);
    // Staff see every message about the claim.
    const staffView = await staff.graphql(`query($id: ID!) { claim(id: $id) { emails { kind } } }`, { id: claim.id });
    expect(staffView.data.claim.emails.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(["EMPLOYER_DECISION", "EMPLOYER_RESPONSE_REQUESTED", "DETERMINATION"]),
    );
  });
});
