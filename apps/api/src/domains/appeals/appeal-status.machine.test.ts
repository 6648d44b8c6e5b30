// Every (from, to, cause) triple of the appeal machine, checked against the one table a reader
// should be able to hold in their head.
import { describe, expect, it } from "vitest";
import { AppealStatus } from "@openleave/db";
import { IllegalTransitionError } from "../../errors/domain-errors.ts";
import {
  assertAppealTransition,
  canTransitionAppeal,
  isOpenAppeal,
  type AppealCause,
} from "./appeal-status.machine.ts";
import { determinationAfterAppeal } from "./appeal-effect.ts";

const ALLOWED = new Set([
  "FILED>HEARING_SCHEDULED by officer",
  "HEARING_SCHEDULED>HEARING_SCHEDULED by officer",
  "HEARING_SCHEDULED>DECIDED by officer",
  "FILED>WITHDRAWN by appellant",
  "HEARING_SCHEDULED>WITHDRAWN by appellant",
  "FILED>DISMISSED by officer",
  "HEARING_SCHEDULED>DISMISSED by officer",
]);

describe("appeal status machine", () => {
  const statuses = Object.values(AppealStatus);
  const causes: AppealCause[] = ["appellant", "officer"];
  const triples = statuses.flatMap((from) => statuses.flatMap((to) => causes.map((by) => [from, to, by] as const)));

  it.each(triples)("%s → %s by %s", (from, to, by) => {
    const allowed = ALLOWED.has(`${from}>${to} by ${by}`);
    expect(canTransitionAppeal(from, to, by)).toBe(allowed);
    if (allowed) expect(() => assertAppealTransition(from, to, by)).not.toThrow();
    else expect(() => assertAppealTransition(from, to, by)).toThrow(IllegalTransitionError);
  });

  it("treats only filed and scheduled appeals as open", () => {
    expect(statuses.filter(isOpenAppeal)).toEqual(["FILED", "HEARING_SCHEDULED"]);
  });
});

describe("what a decision does to the appealed determination", () => {
  it.each([
    ["AFFIRMED", "DENIED", "CLAIMANT", null],
    ["DISMISSED", "APPROVED", "EMPLOYER", null],
    ["REVERSED", "DENIED", "CLAIMANT", "APPROVED"],
    ["REVERSED", "APPROVED", "EMPLOYER", "DENIED"],
    ["REVERSED", "PARTIALLY_APPROVED", "CLAIMANT", "APPROVED"],
    ["REVERSED", "PARTIALLY_APPROVED", "EMPLOYER", "DENIED"],
    ["MODIFIED", "DENIED", "CLAIMANT", "PARTIALLY_APPROVED"],
    ["MODIFIED", "APPROVED", "EMPLOYER", "PARTIALLY_APPROVED"],
  ] as const)("%s of %s (appealed by %s) → %s", (outcome, appealed, role, expected) => {
    expect(determinationAfterAppeal(outcome, appealed, role)).toBe(expected);
  });
});
