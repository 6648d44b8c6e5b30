import { describe, expect, it } from "vitest";
import { appealStatusFromParam } from "./appeal-statuses";

describe("appealStatusFromParam", () => {
  it("keeps a known status and ignores anything else", () => {
    expect(appealStatusFromParam("HEARING_SCHEDULED")).toBe("HEARING_SCHEDULED");
    expect(appealStatusFromParam("EVERYTHING")).toBeNull();
    expect(appealStatusFromParam(undefined)).toBeNull();
  });
});
