import { describe, expect, it } from "vitest";
import { dueDateOf } from "./due-date";
import { filtersFromSearchParams, filtersToVariables } from "./work-queue-filters";

describe("work queue filters", () => {
  it("reads a queue and a view from the URL", () => {
    expect(filtersFromSearchParams({ queue: "APPEALS", show: "mine" })).toEqual({ queue: "APPEALS", show: "mine" });
  });

  it("ignores values it does not know, instead of sending them to the API", () => {
    expect(filtersFromSearchParams({ queue: "EVERYTHING", show: "yours" })).toEqual({ queue: null, show: "all" });
  });

  it("uses the first of repeated parameters", () => {
    expect(filtersFromSearchParams({ queue: ["PAYMENTS", "APPEALS"] })).toEqual({ queue: "PAYMENTS", show: "all" });
  });

  it("asks the API for unassigned tasks only when that view is chosen", () => {
    expect(filtersToVariables({ queue: null, show: "unassigned" })).toEqual({
      queue: null,
      assignedToMe: null,
      unassigned: true,
    });
    expect(filtersToVariables({ queue: "ADJUDICATION", show: "mine" })).toEqual({
      queue: "ADJUDICATION",
      assignedToMe: true,
      unassigned: null,
    });
    expect(filtersToVariables({ queue: null, show: "all" })).toEqual({
      queue: null,
      assignedToMe: null,
      unassigned: null,
    });
  });
});

describe("dueDateOf", () => {
  it("keeps a midnight-UTC due date on its calendar day", () => {
    expect(dueDateOf("2026-11-23T00:00:00.000Z")).toBe("2026-11-23");
  });
});
