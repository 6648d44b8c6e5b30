// The programs query carries each program's rules from the rules package's catalog (public:
// the portal shows them before sign-in), with this deployment's policy applied where the
// program's sources leave a fact to policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";
import { startTestApi, type TestApi } from "./support/test-api.ts";

const QUERY = `{
  programs {
    jurisdiction
    code
    rules(on: "2026-12-02") {
      coveredLeaveReasons
      timeZone { value source { kind citations { title grade } } }
      earliestFilingBeforeLeave { value { amount unit } source { kind note } }
      latestFilingAfterLeaveStart { value { amount unit } source { kind } }
      employerResponsePeriod { value { amount unit calendar } source { kind } }
      appealPeriod { value { amount unit } source { kind } }
      decisionTime { days source { kind } }
      appealHearingTime { days source { kind } }
      denialReasons { code label ineligibleCodes }
    }
  }
}`;

describe("program rules through GraphQL", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      env: { OPENLEAVE_PROGRAM_POLICY: JSON.stringify({ "WA-PFML": { decisionDays: 21 } }) },
    });
  });
  afterAll(async () => api?.close());

  it("answers without a session, from the catalog, with each fact's source", async () => {
    const result = await api.client().graphql(QUERY);
    expect(result.errors).toBeUndefined();
    const programs = result.data.programs as any[];
    const ma = programs.find((p) => p.jurisdiction === "MA");
    expect(ma.rules.timeZone).toMatchObject({ value: "America/New_York", source: { kind: "CITED" } });
    expect(ma.rules.earliestFilingBeforeLeave).toMatchObject({ value: { amount: 60 }, source: { kind: "CITED" } });
    expect(ma.rules.employerResponsePeriod.value).toEqual({ amount: 10, unit: "business-days", calendar: "MA" });
    expect(ma.rules.decisionTime).toEqual({ days: 14, source: { kind: "CITED" } });
    const ny = programs.find((p) => p.jurisdiction === "NY" && p.code === "PFL");
    expect(ny.rules.coveredLeaveReasons).not.toContain("OWN_HEALTH");
    expect(ma.rules.denialReasons.map((r: any) => r.code)).toContain("INSUFFICIENT_EARNINGS");
  });

  it("applies this deployment's policy where the program's sources set nothing", async () => {
    const result = await api.client().graphql(QUERY);
    const wa = (result.data.programs as any[]).find((p) => p.jurisdiction === "WA");
    expect(wa.rules.decisionTime).toEqual({ days: 21, source: { kind: "DEPLOYMENT_OVERRIDE" } });
    expect(wa.rules.appealHearingTime.source.kind).toBe("DEPLOYMENT_POLICY");
  });

  it("refuses a date that is not a date", async () => {
    const result = await api.client().graphql(`{ programs { rules(on: "yesterday") { name } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("program policy configuration", () => {
  it("refuses to override a fact the program's sources state", () => {
    expect(() =>
      loadConfig({ NODE_ENV: "test", OPENLEAVE_PROGRAM_POLICY: JSON.stringify({ "MA-PFML": { decisionDays: 30 } }) }),
    ).toThrow(ConfigError);
  });

  it("refuses malformed policy with the path of the problem", () => {
    expect(() =>
      loadConfig({ NODE_ENV: "test", OPENLEAVE_PROGRAM_POLICY: '{"WA-PFML": {"decisionDays": -3}}' }),
    ).toThrow(/WA-PFML\.decisionDays/);
    expect(() => loadConfig({ NODE_ENV: "test", OPENLEAVE_PROGRAM_POLICY: "not json" })).toThrow(ConfigError);
  });
});
