// The audit trail (who did what, in the same transaction as the change, never the PII itself)
// and PII at rest (sealed, looked up by keyed hash, masked, full reads audited, never logged).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { addDaysTo, todayInPacific } from "./support/dates.ts";

const MARIA_SSN_DIGITS = "900700001";
const CONDITION = "Chemotherapy for stage two lymphoma";

let api: TestApi;
let claimant: ApiClient;
const logLines: string[] = [];
let claimId: string;

beforeAll(async () => {
  api = await startTestApi({ logLines });
  await clearLeaveCalendar(api, DEMO.claimant);
  claimant = await api.signedIn(DEMO.claimant);
  const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } });
  const employer = await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } });
  const created = await claimant.mutate(
    "createApplication",
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code } } }`,
    { input: { programId: program.id, employerId: employer.id } },
  );
  claimId = created.id;
  const start = addDaysTo(todayInPacific(), 5);
  await claimant.mutate(
    "updateApplication",
    `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code } } }`,
    {
      input: {
        claimId,
        leaveReason: "OWN_HEALTH",
        conditionDescription: CONDITION,
        leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: addDaysTo(start, 30) }],
      },
    },
  );
  await claimant.mutate(
    "submitApplication",
    `mutation($id: ID!) { submitApplication(claimId: $id) { __typename ... on MutationSubmitApplicationSuccess { data { id } } ... on Error { code } } }`,
    { id: claimId },
  );
});
afterAll(() => api.close());

describe("audit trail", () => {
  it("records each step of the application with actor, roles, request id and changed field names", async () => {
    const events = await api.db.auditEvent.findMany({ where: { entityId: claimId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "claim.create_application",
      "claim.update_application",
      "claim.status_changed",
      "claim.status_changed",
      "claim.submit",
    ]);
    const mariaUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    const update = events[1]!;
    expect(update.actorId).toBe(mariaUser.id);
    expect(update.actorRoles).toEqual(["CLAIMANT"]);
    expect(update.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(update.changedFields).toEqual(
      expect.arrayContaining(["leaveReason", "conditionDescription", "leavePeriods"]),
    );
    // The system's own step (asking the employer) has no human actor.
    expect(events[3]!.actorId).toBeNull();
  });

  it("uses the request id the client sent, so a support call can be traced", async () => {
    const requestId = "support-ticket-4711";
    await claimant.graphql(
      `mutation($id: ID!) { checkEligibility(claimId: $id) { __typename } }`,
      { id: claimId },
      { "x-request-id": requestId },
    );
    expect(await api.db.auditEvent.count({ where: { requestId, action: "claim.check_eligibility" } })).toBe(1);
  });

  it("writes nothing when the change is refused (same transaction)", async () => {
    const before = await api.db.auditEvent.count();
    const staff = await api.signedIn(DEMO.adjudicator);
    const result = await staff.graphql(
      `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on Error { code } } }`,
      {
        input: {
          claimId,
          expectedVersion: 1,
          outcome: "DENIED",
          reasonCode: "OTHER",
          explanation: "A stale decision attempt.",
        },
      },
    );
    expect(result.data.recordDetermination.code).toBe("STALE_VERSION");
    // Signing in the adjudicator wrote one event; the refused decision wrote none.
    expect(await api.db.auditEvent.count()).toBe(before + 1);
  });

  // The trigger refuses on PGlite; on PostgreSQL the application role has no UPDATE or DELETE
  // on the table at all (packages/db/test/roles.test.ts), so the refusal comes first from there.
  it("is append-only: the database refuses to change or delete an event", async () => {
    const event = await api.db.auditEvent.findFirstOrThrow({ where: { entityId: claimId } });
    await expect(api.db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only|permission denied/,
    );
    await expect(api.db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /append-only|permission denied/,
    );
  });

  it("never holds PII: no SSN digits and no medical text anywhere in the trail", async () => {
    const everything = JSON.stringify(await api.db.auditEvent.findMany(), (_key, value) =>
      typeof value === "bigint" ? String(value) : value,
    );
    expect(everything).not.toContain(MARIA_SSN_DIGITS);
    expect(everything).not.toContain('0001"');
    expect(everything).not.toContain("lymphoma");
  });

  it("is readable by supervisors, not by adjudicators or claimants", async () => {
    const query = `query($id: String!) { auditTrail(entityType: "Claim", entityId: $id) { edges { node { action changedFields } } } }`;
    const supervisor = await api.signedIn(DEMO.supervisor);
    const trail = (await supervisor.graphql(query, { id: claimId })).data.auditTrail.edges;
    expect(trail.length).toBeGreaterThanOrEqual(5);
    expect((await claimant.graphql(query, { id: claimId })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await (await api.signedIn(DEMO.adjudicator)).graphql(query, { id: claimId })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
  });
});

describe("PII at rest", () => {
  it("stores the SSN sealed: the raw column is not the number, and only the key opens it", async () => {
    const rows = await api.db.$queryRawUnsafe<{ ssnEncrypted: string; ssnHash: string; ssnLast4: string }[]>(
      `SELECT "ssnEncrypted", "ssnHash", "ssnLast4" FROM "Person" WHERE "firstName" = 'María'`,
    );
    const row = rows[0]!;
    expect(row.ssnEncrypted).not.toContain(MARIA_SSN_DIGITS);
    expect(row.ssnEncrypted).toMatch(/^v1:/);
    expect(row.ssnHash).not.toContain(MARIA_SSN_DIGITS);
    expect(api.pii.open(row.ssnEncrypted)).toBe(MARIA_SSN_DIGITS);
    // The lookup hash finds the person without decrypting anything.
    expect(await api.db.person.count({ where: { ssnHash: api.pii.lookupHash(MARIA_SSN_DIGITS) } })).toBe(1);
  });

  it("seals the same number differently each time (random IV)", () => {
    expect(api.pii.seal(MARIA_SSN_DIGITS)).not.toBe(api.pii.seal(MARIA_SSN_DIGITS));
  });

  it("shows the SSN masked; the full number only through an audited reveal", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    const person = await api.db.person.findFirstOrThrow({ where: { firstName: "María" } });
    const view = await staff.graphql(`query($id: ID!) { claim(id: $id) { claimant { taxIdMasked } } }`, {
      id: claimId,
    });
    expect(view.data.claim.claimant.taxIdMasked).toBe("***-**-0001");
    const before = await api.db.auditEvent.count({ where: { action: "person.tax_id.read", entityId: person.id } });
    const revealed = await staff.graphql(
      `mutation($id: ID!) { revealTaxId(personId: $id, purpose: "identity check") { __typename ... on MutationRevealTaxIdSuccess { data } } }`,
      { id: person.id },
    );
    expect(revealed.data.revealTaxId.data).toBe("900-70-0001");
    const after = await api.db.auditEvent.findMany({ where: { action: "person.tax_id.read", entityId: person.id } });
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.metadata).toEqual({ purpose: "identity check" });

    for (const purpose of ["", "   ", "x"]) {
      const refused = await staff.graphql(
        `mutation($id: ID!, $purpose: String!) { revealTaxId(personId: $id, purpose: $purpose) { __typename ... on MutationRevealTaxIdSuccess { data } ... on InvalidInputError { issues { path message } } } }`,
        { id: person.id, purpose },
      );
      expect(refused.data.revealTaxId.__typename).toBe("InvalidInputError");
      expect(refused.data.revealTaxId.issues[0].path).toEqual(["purpose"]);
      expect(JSON.stringify(refused)).not.toContain("900-70-0001");
    }
    expect(await api.db.auditEvent.count({ where: { action: "person.tax_id.read", entityId: person.id } })).toBe(
      before + 1,
    );
  });

  it("never writes the SSN, the session token or the medical text to the logs", async () => {
    const text = logLines.join("\n");
    expect(logLines.length).toBeGreaterThan(10);
    expect(text).not.toContain(MARIA_SSN_DIGITS);
    expect(text).not.toContain("900-70-0001");
    expect(text).not.toContain("lymphoma");
    expect(text).not.toContain(claimant.cookies.get("ol_session")!);
  });
});
