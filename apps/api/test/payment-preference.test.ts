// Direct deposit details are PII: sealed at rest, shown masked, checked before they are kept,
// and kept out of the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidRoutingNumber } from "../src/domains/payments/set-payment-preference.ts";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const SET = `mutation($input: PaymentPreferenceInput!) { setPaymentPreference(input: $input) {
  __typename
  ... on MutationSetPaymentPreferenceSuccess { data { method routingNumber accountNumberMasked accountType } }
  ... on InvalidInputError { issues { path message } }
  ... on Error { code message } } }`;
const ACCOUNT = "000123456789";
const ROUTING = "021000021"; // a published, valid ABA routing number

let api: TestApi;
let claimant: ApiClient;
let personId: string;
beforeAll(async () => {
  api = await startTestApi();
  claimant = await api.signedIn(DEMO.claimant);
  // Other demo claimants have a payment method already: count only this claimant's.
  personId = (await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } })).personId!;
});
afterAll(() => api.close());

describe("payment preference", () => {
  it("keeps the account number sealed and shows it masked", async () => {
    const result = await claimant.mutate("setPaymentPreference", SET, {
      input: { method: "ACH", routingNumber: ROUTING, accountNumber: ACCOUNT, accountType: "CHECKING" },
    });
    expect(result).toEqual({
      method: "ACH",
      routingNumber: ROUTING,
      accountNumberMasked: "••••6789",
      accountType: "CHECKING",
    });
    const rows = await api.db.$queryRawUnsafe<{ accountNumberEncrypted: string }[]>(
      `SELECT "accountNumberEncrypted" FROM "PaymentPreference" WHERE "personId" = $1::uuid`,
      personId,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.accountNumberEncrypted).not.toContain(ACCOUNT);
    expect(api.pii.open(rows[0]!.accountNumberEncrypted)).toBe(ACCOUNT);
    const trail = JSON.stringify(
      await api.db.auditEvent.findMany({ where: { action: "payment_preference.set" } }),
      (_k, v) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(trail).not.toContain(ACCOUNT);
  });

  it("replaces the previous choice and shows the current one on the profile", async () => {
    // The first choice (made while applying) is not a change: no confirmation yet.
    expect(await api.db.emailOutbox.count({ where: { kind: "PAYMENT_METHOD_CHANGED" } })).toBe(0);
    await claimant.mutate("setPaymentPreference", SET, { input: { method: "CHECK" } });
    // A change is confirmed by email, in the account's language, without the account number.
    const confirmations = await api.db.emailOutbox.findMany({ where: { kind: "PAYMENT_METHOD_CHANGED" } });
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]!.body).toMatch(/by check to your mailing address/);
    await claimant.mutate("setPaymentPreference", SET, {
      input: { method: "ACH", routingNumber: ROUTING, accountNumber: ACCOUNT, accountType: "SAVINGS" },
    });
    const toBank = await api.db.emailOutbox.findMany({
      where: { kind: "PAYMENT_METHOD_CHANGED" },
      orderBy: { createdAt: "asc" },
    });
    expect(toBank).toHaveLength(2);
    expect(toBank[1]!.body).toContain("••••6789");
    expect(toBank[1]!.body).not.toContain(ACCOUNT);
    await claimant.mutate("setPaymentPreference", SET, { input: { method: "CHECK" } });
    const { data } = await claimant.graphql(`{ myProfile { paymentPreference { method accountNumberMasked } } }`);
    expect(data.myProfile.paymentPreference).toEqual({ method: "CHECK", accountNumberMasked: null });
    expect(await api.db.paymentPreference.count({ where: { personId, retiredAt: null } })).toBe(1);
  });

  it("checks the routing number and account number, naming each field", async () => {
    const before = await api.db.paymentPreference.count();
    const result = await claimant.graphql(SET, {
      input: { method: "ACH", routingNumber: "123456789", accountNumber: "12-34" },
    });
    const fields = result.data.setPaymentPreference.issues.map((i: { path: string[] }) => i.path.at(-1));
    expect(fields).toEqual(["routingNumber", "accountNumber", "accountType"]);
    expect(await api.db.paymentPreference.count()).toBe(before);
  });

  it("is for claimants only", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    const result = await staff.graphql(SET, { input: { method: "CHECK" } });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it.each([
    ["021000021", true],
    ["011000015", true],
    ["123456789", false],
    ["02100002", false],
    ["02100002a", false],
  ])("routing number %s is %s", (value, valid) => {
    expect(isValidRoutingNumber(value)).toBe(valid);
  });
});
