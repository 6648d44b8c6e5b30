/**
 * How much of a later weekly payment may be kept to recover an overpayment (recovery by offset),
 * as a share of the weekly benefit before deductions. Cited where the program's rules state it;
 * where they do not, there is no offset rate (null) and the overpayment is repaid or waived —
 * the product does not guess a share of someone's benefit to keep.
 */
import type { Citation } from "../core/parameter";
import { type PolicyFact, cited, deploymentPolicy } from "./policy-fact";

/** A decimal string ("0.50"), so money code keeps it exact. Null: no offset. */
export type OffsetRateFact = PolicyFact<string | null>;

const WAC_192_650_010: Citation = {
  title:
    "WAC 192-650-010(4)(b): an overpayment not caused by fraud is offset at fifty percent of the benefits payable each week, based on the weekly benefit before deductions (WSR 19-16-081, effective 2019-08-31)",
  section: "WAC 192-650-010(4)(b)",
  href: "https://app.leg.wa.gov/WAC/default.aspx?cite=192-650-010",
  grade: "A",
};

export const NO_OFFSET_RATE: OffsetRateFact = deploymentPolicy(
  null,
  "The program's sources found so far state no share of weekly benefits that may be offset; overpayments are repaid or waived, not offset.",
);

export const OVERPAYMENT_OFFSET_RATES: Readonly<Record<string, OffsetRateFact>> = {
  "WA-PFML": cited("0.50", [WAC_192_650_010]),
};

/** The share of a weekly benefit that may be offset for a non-fraud overpayment ("WA", "PFML"). */
export function overpaymentOffsetRate(jurisdiction: string, program: string): OffsetRateFact {
  return OVERPAYMENT_OFFSET_RATES[`${jurisdiction}-${program}`] ?? NO_OFFSET_RATE;
}
