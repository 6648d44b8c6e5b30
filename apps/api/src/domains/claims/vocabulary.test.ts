// The database enums, the API and the rules package speak one vocabulary for leave reasons and
// family relationships; a value added to one and not the others would be rejected somewhere
// between the form and the rules.
import { ContestReason, FamilyRelationship, LeaveReason } from "@openleave/db";
import { EMPLOYER_CONTEST_REASONS, FAMILY_RELATIONSHIPS, LEAVE_REASONS } from "@openleave/rules";
import { describe, expect, it } from "vitest";

describe("shared vocabulary", () => {
  it("has the same leave reasons in the database and the rules", () => {
    expect(Object.values(LeaveReason).sort()).toEqual([...LEAVE_REASONS].sort());
  });

  it("has the same family relationships in the database and the rules", () => {
    expect(Object.values(FamilyRelationship).sort()).toEqual([...FAMILY_RELATIONSHIPS].sort());
  });

  it("has the same employer contest reasons in the database and the rules", () => {
    expect(Object.values(ContestReason).sort()).toEqual([...EMPLOYER_CONTEST_REASONS].sort());
  });
});
