// What an appeal decision does to the claim's determination. AFFIRMED and DISMISSED leave it in
// force. REVERSED turns it around: a denial becomes an approval and an approval a denial; a
// partial approval becomes what the appellant asked for (full approval for the claimant, denial
// for the employer). MODIFIED replaces it with a partial approval over the dates the officer sets.
import type { AppealOutcome, AppellantRole, DeterminationOutcome } from "@openleave/db";

export function determinationAfterAppeal(
  outcome: AppealOutcome,
  appealed: DeterminationOutcome,
  appellantRole: AppellantRole,
): DeterminationOutcome | null {
  switch (outcome) {
    case "AFFIRMED":
    case "DISMISSED":
      return null;
    case "MODIFIED":
      return "PARTIALLY_APPROVED";
    case "REVERSED":
      if (appealed === "DENIED") return "APPROVED";
      if (appealed === "APPROVED") return "DENIED";
      return appellantRole === "CLAIMANT" ? "APPROVED" : "DENIED";
  }
}

export function approves(outcome: DeterminationOutcome | null): boolean {
  return outcome === "APPROVED" || outcome === "PARTIALLY_APPROVED";
}
