// Reminders before a claimant's own deadlines, written by the daily timers (real database):
// an unanswered request for information a few days before it is due, and the last days to
// appeal a denial or partial approval — each once, in the claimant's language, and only inside
// the rules package's reminder days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fromDateOnly } from "@openleave/db";
import { programRules, isRulesErrorResult } from "@openleave/rules";
import { runTimers } from "../src/domains/timers/run-timers.ts";
import { startTestApi, type TestApi } from "./support/test-api.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Noon UTC: the same calendar date in every US program's time zone. */
const noonOn = (date: string) => new Date(`${date}T12:00:00Z`);

async function reminderDays(claimId: string) {
  const claim = await api.db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { program: true } });
  const rules = programRules({
    jurisdiction: claim.program.jurisdiction,
    program: claim.program.code,
    on: "2027-05-01",
  });
  if (isRulesErrorResult(rules)) throw new Error(rules.error.message);
  return { infoRequest: rules.infoRequestReminderDays.value, appeal: rules.appealReminderDays.value };
}

const remindersFor = (claimId: string, kind: string) =>
  api.db.emailOutbox.findMany({ where: { claimId, kind }, orderBy: { createdAt: "asc" } });

describe("a request for information still unanswered", () => {
  it("is reminded once, in the claimant's language, when its due date is within the reminder days", async () => {
    const request = await api.db.infoRequest.findFirstOrThrow({
      where: {
        respondedAt: null,
        lapsedAt: null,
        claim: { status: "INFO_REQUESTED", claimant: { user: { isNot: null } } },
      },
      include: { claim: { include: { claimant: { include: { user: true } } } } },
    });
    const { infoRequest: days } = await reminderDays(request.claimId);
    expect(days).toBeGreaterThan(0);
    const due = "2027-05-20";
    await api.db.infoRequest.update({ where: { id: request.id }, data: { dueDate: fromDateOnly(due) } });
    const claimantUser = request.claim.claimant.user!;
    await api.db.user.update({ where: { id: claimantUser.id }, data: { preferredLanguage: "ES" } });

    await runTimers(api.db, noonOn(addDays(due, -(days + 1))));
    expect(await remindersFor(request.claimId, "INFO_REQUEST_REMINDER")).toHaveLength(0);

    // Two workers on the first day inside the window, then the next day again: one message.
    const first = noonOn(addDays(due, -days));
    const results = await Promise.all([runTimers(api.db, first), runTimers(api.db, first)]);
    await runTimers(api.db, noonOn(addDays(due, -days + 1)));
    const reminders = await remindersFor(request.claimId, "INFO_REQUEST_REMINDER");
    expect(reminders).toHaveLength(1);
    expect(results.reduce((sum, r) => sum + r.claimantRemindersQueued, 0)).toBeGreaterThanOrEqual(1);
    expect(reminders[0]).toMatchObject({ language: "ES", recipientUserId: claimantUser.id });
    expect(reminders[0]!.subject).toContain("20 de mayo de 2027");
    expect(reminders[0]!.body).toContain(request.claim.claimNumber!);
    expect(reminders[0]!.body).not.toMatch(/\b\d{3}-?\d{2}-?\d{4}\b/); // no SSN-like text
  });

  it("is not reminded once it has been answered", async () => {
    const open = await api.db.infoRequest.findFirstOrThrow({
      where: { claim: { status: "INFO_REQUESTED", claimant: { user: { isNot: null } } } },
    });
    const due = "2027-06-10";
    const answered = await api.db.infoRequest.create({
      data: {
        claimId: open.claimId,
        requestedById: open.requestedById,
        message: "Please send the birth certificate.",
        dueDate: fromDateOnly(due),
        respondedAt: new Date(),
        response: "Uploaded it.",
      },
    });
    await runTimers(api.db, noonOn(addDays(due, -1)));
    const reminders = await api.db.emailOutbox.count({
      where: { key: { startsWith: `info-request-reminder:${answered.id}:` } },
    });
    expect(reminders).toBe(0);
  });
});

describe("the appeal deadline of a decision that denied leave", () => {
  it("is reminded once inside the reminder days, never for an approval or an appealed decision", async () => {
    const unappealed = await api.db.determination.findMany({
      where: { supersededBy: { is: null }, appeals: { none: {} }, claim: { claimant: { user: { isNot: null } } } },
      orderBy: { id: "asc" },
    });
    const onOwnClaim = [...new Map(unappealed.map((d) => [d.claimId, d])).values()];
    const [denied, approved] = onOwnClaim;
    const appealed = await api.db.determination.findFirstOrThrow({
      where: {
        supersededBy: { is: null },
        appeals: { some: {} },
        claimId: { notIn: onOwnClaim.map((d) => d.claimId) },
      },
    });
    if (!denied || !approved) throw new Error("the seed needs two decided claims without appeals");
    const deadline = "2027-07-15";
    const set = (id: string, outcome: "DENIED" | "APPROVED" | "PARTIALLY_APPROVED") =>
      api.db.determination.update({
        where: { id },
        data: { outcome, appealDeadline: fromDateOnly(deadline), appealWindowClosedAt: null },
      });
    await set(denied.id, "DENIED");
    await set(approved.id, "APPROVED");
    await set(appealed.id, "PARTIALLY_APPROVED");
    const { appeal: days } = await reminderDays(denied.claimId);

    await runTimers(api.db, noonOn(addDays(deadline, -(days + 1))));
    expect(await remindersFor(denied.claimId, "APPEAL_DEADLINE_REMINDER")).toHaveLength(0);
    await runTimers(api.db, noonOn(addDays(deadline, -days)));
    await runTimers(api.db, noonOn(deadline));

    const reminders = await remindersFor(denied.claimId, "APPEAL_DEADLINE_REMINDER");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject + reminders[0]!.body).toMatch(/July 15, 2027|15 de julio de 2027/);
    expect(await remindersFor(approved.claimId, "APPEAL_DEADLINE_REMINDER")).toHaveLength(0);
    expect(await remindersFor(appealed.claimId, "APPEAL_DEADLINE_REMINDER")).toHaveLength(0);
  });
});
