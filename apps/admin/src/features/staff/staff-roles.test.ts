import { describe, expect, it } from "vitest";
import { isStaff, rolesForDisplay } from "./staff-roles";

describe("isStaff", () => {
  it.each([["ADJUDICATOR"], ["SUPERVISOR"], ["APPEALS_OFFICER"], ["PROGRAM_ADMIN"]])("lets %s in", (role) => {
    expect(isStaff([role])).toBe(true);
  });

  it("keeps claimants and employers' leave administrators out", () => {
    expect(isStaff(["CLAIMANT"])).toBe(false);
    expect(isStaff(["LEAVE_ADMIN"])).toBe(false);
    expect(isStaff([])).toBe(false);
  });

  it("lets in someone who is both a claimant and staff", () => {
    expect(isStaff(["CLAIMANT", "ADJUDICATOR"])).toBe(true);
  });
});

describe("rolesForDisplay", () => {
  it("lists staff roles first, in a stable order", () => {
    expect(rolesForDisplay(["CLAIMANT", "ADJUDICATOR", "SUPERVISOR"])).toEqual([
      "ADJUDICATOR",
      "SUPERVISOR",
      "CLAIMANT",
    ]);
  });
});
