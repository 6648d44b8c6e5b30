// What the portal's application wizard reads and writes beyond the application itself: the
// claimant's contact details, the withholding choice with the payment method, and the
// program facts (family-member reasons, facts to ask) that come from the rules package.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const CONTACT = `mutation($input: ContactInput!) { updateMyContact(input: $input) {
  __typename
  ... on MutationUpdateMyContactSuccess { data { phone mailingAddress { line1 line2 city state postalCode } } }
  ... on InvalidInputError { issues { path message } }
  ... on Error { code message } } }`;
const PAYMENT = `mutation($input: PaymentPreferenceInput!) { setPaymentPreference(input: $input) {
  __typename
  ... on MutationSetPaymentPreferenceSuccess { data { method federalWithholdingElected } }
  ... on Error { code message } } }`;
const ADDRESS = {
  addressLine1: "1200 Pine St",
  addressLine2: "Apt 4",
  city: "Seattle",
  state: "WA",
  postalCode: "98101",
};

let api: TestApi;
let claimant: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  claimant = await api.signedIn(DEMO.claimantDev);
});
afterAll(() => api.close());

describe("updateMyContact", () => {
  it("keeps the phone and mailing address on the claimant's own record, audited without the values", async () => {
    const saved = await claimant.mutate("updateMyContact", CONTACT, {
      input: { ...ADDRESS, phone: "(206) 555-0100" },
    });
    expect(saved).toEqual({
      phone: "2065550100",
      mailingAddress: { line1: "1200 Pine St", line2: "Apt 4", city: "Seattle", state: "WA", postalCode: "98101" },
    });
    const { data } = await claimant.graphql(`{ myProfile { phone mailingAddress { city } } }`);
    expect(data.myProfile).toEqual({ phone: "2065550100", mailingAddress: { city: "Seattle" } });
    const events = await api.db.auditEvent.findMany({ where: { action: "person.update_contact" } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]!.metadata ?? null) + events[0]!.changedFields.join()).not.toContain("Pine");
  });

  it("names each bad field and changes nothing", async () => {
    const result = await claimant.graphql(CONTACT, {
      input: { addressLine1: " ", city: "Seattle", state: "ZZ", postalCode: "981", phone: "555-01" },
    });
    const payload = result.data.updateMyContact;
    expect(payload.__typename).toBe("InvalidInputError");
    expect(payload.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual([
      "input.phone",
      "input.addressLine1",
      "input.state",
      "input.postalCode",
    ]);
    const person = await api.db.person.findFirstOrThrow({ where: { user: { email: DEMO.claimantDev } } });
    expect(person.addressLine1).toBe("1200 Pine St");
  });
});

describe("federal withholding with the payment method", () => {
  it("is kept with the preference, and a later change of method keeps the choice", async () => {
    const elected = await claimant.mutate("setPaymentPreference", PAYMENT, {
      input: { method: "CHECK", federalWithholding: true },
    });
    expect(elected).toEqual({ method: "CHECK", federalWithholdingElected: true });
    const kept = await claimant.mutate("setPaymentPreference", PAYMENT, {
      input: { method: "ACH", routingNumber: "021000021", accountNumber: "000123456789", accountType: "SAVINGS" },
    });
    expect(kept).toEqual({ method: "ACH", federalWithholdingElected: true });
    const dropped = await claimant.mutate("setPaymentPreference", PAYMENT, {
      input: { method: "CHECK", federalWithholding: false },
    });
    expect(dropped.federalWithholdingElected).toBe(false);
  });
});

describe("program rules for the application", () => {
  it("lists the covered reasons needing a family member or about the claimant's health, and the facts to ask, from the rules package", async () => {
    const { data } = await claimant.graphql(
      `{ programs { jurisdiction code rules { coveredLeaveReasons familyMemberReasons ownHealthReasons applicationFacts } } }`,
    );
    const byKey = Object.fromEntries(
      data.programs.map((p: { jurisdiction: string; code: string; rules: unknown }) => [
        `${p.jurisdiction}-${p.code}`,
        p.rules,
      ]),
    );
    expect(byKey["NY-PFL"]).toEqual({
      coveredLeaveReasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"],
      familyMemberReasons: ["FAMILY_CARE", "MILITARY_EXIGENCY"],
      ownHealthReasons: [],
      applicationFacts: ["EMPLOYMENT_START_DATE", "REGULAR_HOURS_PER_WEEK", "DAYS_WORKED", "WEEKLY_WAGES"],
    });
    expect(byKey["CO-FAMLI"].applicationFacts).toEqual([]);
    expect(byKey["WA-PFML"].familyMemberReasons).toEqual(["FAMILY_CARE", "MILITARY_EXIGENCY"]);
    // The claimant's own health (asks about the condition), never a family member's.
    expect(byKey["WA-PFML"].ownHealthReasons).toContain("OWN_HEALTH");
    expect(byKey["WA-PFML"].ownHealthReasons).not.toContain("FAMILY_CARE");
  });
});

describe("an employer missing from the wage records, named by FEIN", () => {
  const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) {
    __typename
    ... on MutationUpdateApplicationSuccess { data { employer { name } } }
    ... on InvalidInputError { issues { path message } }
    ... on Error { code message } } }`;

  it("connects a registered employer of the program's state, and refuses one of another state at the field", async () => {
    const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "CO" } });
    await api.db.employer.create({
      data: { fein: "840000777", name: "Rocky Mountain Roasters", jurisdiction: "CO", employeeCount: 12 },
    });
    const draft = await claimant.mutate(
      "createApplication",
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`,
      { input: { programId: program.id, createKey: "fein-test-key-1" } },
    );

    const connected = await claimant.mutate("updateApplication", UPDATE, {
      input: { claimId: draft.id, employerFein: "84-0000777" },
    });
    expect(connected.employer).toEqual({ name: "Rocky Mountain Roasters" });
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { action: "claim.update_application", entityId: draft.id },
      orderBy: { at: "desc" },
    });
    expect(audit.metadata).toEqual({ employerStatedByFein: true });

    // Evergreen Robotics is registered in Washington, not Colorado.
    const refused = await claimant.graphql(UPDATE, { input: { claimId: draft.id, employerFein: "910000001" } });
    expect(refused.data.updateApplication.issues).toEqual([
      {
        path: ["input", "employerFein"],
        message: expect.stringContaining("No employer with this FEIN is registered with Colorado"),
      },
    ]);
    const malformed = await claimant.graphql(UPDATE, { input: { claimId: draft.id, employerFein: "84-00" } });
    expect(malformed.data.updateApplication.issues[0].path).toEqual(["input", "employerFein"]);
    const stored = await api.db.claim.findUniqueOrThrow({ where: { id: draft.id }, include: { employer: true } });
    expect(stored.employer?.name).toBe("Rocky Mountain Roasters");
  });
});

describe("the attestation on submit", () => {
  it("refuses a submit that says the application is not attested, and records one that is", async () => {
    const SUBMIT = `mutation($claimId: ID!, $attested: Boolean) { submitApplication(claimId: $claimId, attested: $attested) {
      __typename
      ... on MutationSubmitApplicationSuccess { data { status claimNumber } }
      ... on InvalidInputError { issues { path message } }
      ... on Error { code message } } }`;
    const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "CO" } });
    const employer = await api.db.employer.findFirstOrThrow({ where: { name: "Front Range Outfitters" } });
    const person = await api.db.person.findFirstOrThrow({ where: { user: { email: DEMO.claimantDev } } });
    const user = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimantDev } });
    const start = new Date(Date.now() + 5 * 86_400_000);
    const claim = await api.db.claim.create({
      data: {
        programId: program.id,
        claimantId: person.id,
        createdById: user.id,
        employerId: employer.id,
        leaveReason: "OWN_HEALTH",
        leavePeriods: {
          create: { kind: "CONTINUOUS", startDate: start, endDate: new Date(start.getTime() + 6 * 86_400_000) },
        },
      },
    });

    const refused = await claimant.graphql(SUBMIT, { claimId: claim.id, attested: false });
    expect(refused.data.submitApplication.issues).toEqual([
      { path: ["attested"], message: "Confirm that what you entered is true and complete." },
    ]);
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("DRAFT");

    const submitted = await claimant.mutate("submitApplication", SUBMIT, { claimId: claim.id, attested: true });
    expect(submitted.claimNumber).toMatch(/^CO-FAMLI-\d{4}-\d{6}$/);
    const audit = await api.db.auditEvent.findFirstOrThrow({ where: { action: "claim.submit", entityId: claim.id } });
    expect(audit.metadata).toMatchObject({ attested: true });
  });
});
