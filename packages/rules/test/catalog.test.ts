/**
 * The program catalog: every program's administration facts are present, cited with a usable
 * grade or marked as deployment policy, and a deployment's configuration changes only the
 * deployment-policy ones.
 */
import { describe, expect, it } from "vitest";
import {
  type PolicyFact,
  allProgramRules,
  appealDue,
  checkPolicyOverrides,
  employerResponseDue,
  filingWindowDates,
  isRulesErrorResult,
  listPrograms,
  programRules,
} from "../src";

const TODAY = "2026-12-02";

function rulesFor(jurisdiction: string, program: string, overrides = {}) {
  const rules = programRules({ jurisdiction, program, on: TODAY, overrides });
  if (isRulesErrorResult(rules)) throw new Error(rules.error.message);
  return rules;
}

describe("program catalog", () => {
  const all = allProgramRules(TODAY);

  it("has an entry for every implemented program", () => {
    expect(all.map((r) => `${r.jurisdiction}-${r.program}`)).toEqual(
      listPrograms().map((p) => `${p.jurisdiction}-${p.program}`),
    );
  });

  it("every fact is cited with an A or B source, or says why it is deployment policy", () => {
    for (const rules of all) {
      const facts: PolicyFact<unknown>[] = [
        rules.timeZone,
        rules.filingWindow.earliestBeforeLeave,
        rules.filingWindow.latestAfterLeaveStart,
        rules.employerResponsePeriod,
        rules.appealPeriod,
        rules.decisionDays,
        rules.appealHearingDays,
        rules.extensionRequestDays,
        rules.infoRequestReminderDays,
        rules.appealReminderDays,
        rules.denialReasons,
      ];
      for (const fact of facts) {
        if (fact.source.kind === "cited") {
          expect(fact.source.cite.some((c) => c.grade === "A" || c.grade === "B")).toBe(true);
        } else {
          expect(fact.source.note.length).toBeGreaterThan(20);
        }
      }
    }
  });

  it("time zones are real IANA zones (Intl accepts them)", () => {
    for (const rules of all) {
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone: rules.timeZone.value })).not.toThrow();
    }
    expect(rulesFor("WA", "PFML").timeZone.value).toBe("America/Los_Angeles");
    expect(rulesFor("HI", "TDI").timeZone.value).toBe("Pacific/Honolulu");
  });

  it("MA: apply up to 60 days ahead and up to 90 days after leave starts (458 CMR 2.08(1); mass.gov)", () => {
    const ma = rulesFor("MA", "PFML");
    expect(ma.filingWindow.earliestBeforeLeave).toMatchObject({ value: { amount: 60 }, source: { kind: "cited" } });
    expect(ma.filingWindow.latestAfterLeaveStart).toMatchObject({ value: { amount: 90 }, source: { kind: "cited" } });
    expect(filingWindowDates(ma, "2026-12-02")).toEqual({ opensOn: "2026-10-03", closesOn: "2027-03-02" });
  });

  it("CA SDI: claims from the 9th to the 49th day after the disability begins (seed chart)", () => {
    expect(filingWindowDates(rulesFor("CA", "SDI"), "2026-12-02")).toEqual({
      opensOn: "2026-12-11",
      closesOn: "2027-01-20",
    });
  });

  it("PR SINOT: within 3 months of taking leave (calendar months)", () => {
    expect(filingWindowDates(rulesFor("PR", "SINOT"), "2026-11-30").closesOn).toBe("2027-02-28");
  });

  it("WA: no filing window in the sources, so the product's defaults, marked as deployment policy", () => {
    const wa = rulesFor("WA", "PFML");
    expect(wa.filingWindow.earliestBeforeLeave.source.kind).toBe("deployment-policy");
    expect(wa.decisionDays).toMatchObject({ value: 14, source: { kind: "deployment-policy" } });
  });

  it("the employer response period is the program's own where documented, else 10 business days", () => {
    const ma = employerResponseDue({ jurisdiction: "MA", program: "PFML", from: "2026-11-20" });
    if (isRulesErrorResult(ma)) throw new Error(ma.error.message);
    expect(ma.source.kind).toBe("cited");
    // 10 MA business days after Friday 2026-11-20, skipping Thanksgiving (11-26).
    expect(ma.dueDate).toBe("2026-12-07");

    const co = employerResponseDue({ jurisdiction: "CO", program: "FAMLI", from: "2026-11-20" });
    if (isRulesErrorResult(co)) throw new Error(co.error.message);
    expect(co.source.kind).toBe("deployment-policy");
    expect(co.period).toEqual({ amount: 10, unit: "business-days", calendar: "CO" });

    // Oregon has no holiday calendar here: the federal one counts.
    const or = employerResponseDue({ jurisdiction: "OR", program: "PFML", from: "2026-11-20" });
    if (isRulesErrorResult(or)) throw new Error(or.error.message);
    expect(or.period.calendar).toBe("US");
    expect(or.dueDate).toBe("2026-12-07");
  });

  it("the appeal period is the program's own where documented (MA 10 days), else 30 calendar days", () => {
    const ma = appealDue({ jurisdiction: "MA", program: "PFML", from: "2026-12-02" });
    const ct = appealDue({ jurisdiction: "CT", program: "PFML", from: "2026-12-02" });
    if (isRulesErrorResult(ma) || isRulesErrorResult(ct)) throw new Error("unexpected error");
    expect(ma).toMatchObject({ dueDate: "2026-12-12", source: { kind: "cited" } });
    expect(ct).toMatchObject({ dueDate: "2027-01-01", source: { kind: "deployment-policy" } });
  });

  it("a deployment's configuration replaces deployment policy, for one program or for all", () => {
    const overrides = { "*": { decisionDays: 21 }, "WA-PFML": { decisionDays: 10, appealHearingDays: 45 } };
    expect(checkPolicyOverrides(overrides, TODAY)).toEqual([]);
    expect(rulesFor("WA", "PFML", overrides).decisionDays).toMatchObject({
      value: 10,
      source: { kind: "deployment-override" },
    });
    expect(rulesFor("CT", "PFML", overrides).decisionDays.value).toBe(21);
    // MA's 14 days is cited: "*" does not change it.
    expect(rulesFor("MA", "PFML", overrides).decisionDays).toMatchObject({ value: 14, source: { kind: "cited" } });
  });

  it("configuration cannot override a cited fact or name an unknown program", () => {
    const problems = checkPolicyOverrides({ "MA-PFML": { decisionDays: 30 }, "ZZ-PFML": { decisionDays: 3 } }, TODAY);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("MA-PFML.decisionDays");
    expect(problems[1]).toContain("ZZ-PFML");
    expect(rulesFor("MA", "PFML", { "MA-PFML": { decisionDays: 30 } }).decisionDays.value).toBe(14);
  });

  it("denial reasons point at the engine findings they stand for", () => {
    const reasons = rulesFor("WA", "PFML").denialReasons.value;
    expect(reasons.find((r) => r.code === "INSUFFICIENT_EARNINGS")?.ineligibleCodes).toContain("INSUFFICIENT_HOURS");
    expect(reasons.map((r) => r.code)).toContain("OTHER");
  });

  it("an unknown program is a typed error", () => {
    expect(programRules({ jurisdiction: "ZZ", program: "PFML", on: TODAY })).toMatchObject({
      error: { code: "UNKNOWN_PROGRAM" },
    });
  });
});
