import { describe, expect, it } from "vitest";
import { ONE, money } from "../core/money";
import { computePremium } from "./premium";

describe("premium block", () => {
  const components = [
    { name: "medical", rate: money("0.007"), employeeShare: money("0.4") },
    { name: "family", rate: money("0.0018"), employeeShare: ONE },
  ];
  it("splits each component between employee and employer and rounds each share to the cent", () => {
    const p = computePremium(money("10000"), money("0"), {
      components,
      wageCap: money("168600"),
      employeeYearlyCap: null,
      employerShareRequired: true,
    });
    expect([p.employee.toFixed(2), p.employer.toFixed(2), p.total.toFixed(2)]).toEqual(["46.00", "42.00", "88.00"]);
  });
  it("charges only wages under the yearly cap, after wages already paid this year", () => {
    const terms = { components, wageCap: money("168600"), employeeYearlyCap: null, employerShareRequired: true };
    expect(computePremium(money("1000"), money("168000"), terms).taxableWages.toString()).toBe("600");
    expect(computePremium(money("1000"), money("170000"), terms).taxableWages.toString()).toBe("0");
  });
  it("drops the employer share for a small employer", () => {
    const p = computePremium(money("10000"), money("0"), {
      components,
      wageCap: null,
      employeeYearlyCap: null,
      employerShareRequired: false,
    });
    expect(p.employer.toString()).toBe("0");
  });
  it("caps the employee's yearly contribution", () => {
    const p = computePremium(money("1000"), money("91000"), {
      components: [{ name: "pfl", rate: money("0.00388"), employeeShare: ONE }],
      wageCap: null,
      employeeYearlyCap: money("354.53"),
      employerShareRequired: true,
    });
    expect(p.employee.toFixed(2)).toBe("1.45");
  });
});
