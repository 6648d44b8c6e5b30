/**
 * The reasons a determination may deny a claim, as codes a notice and the console name. Each
 * code says which of the engine's ineligibility findings (if any) support it, so the console can
 * offer the right reason when the eligibility check found one. The list itself is deployment
 * policy: programs state why a claim fails (cited in each explanation step), not a list of codes.
 */
import { IneligibleCode } from "../programs/program";
import { type PolicyFact, deploymentPolicy } from "./policy-fact";

export interface DenialReason {
  readonly code: string;
  /** Plain English for staff; notices translate it. */
  readonly label: string;
  /** The engine findings this reason stands for (empty: decided by staff on the evidence). */
  readonly ineligibleCodes: readonly IneligibleCode[];
}

export const DENIAL_REASONS: PolicyFact<readonly DenialReason[]> = deploymentPolicy(
  [
    {
      code: "INSUFFICIENT_EARNINGS",
      label: "Not enough wages or hours in the base period",
      ineligibleCodes: [
        IneligibleCode.INSUFFICIENT_WAGES,
        IneligibleCode.INSUFFICIENT_HOURS,
        IneligibleCode.WAGES_BELOW_BENEFIT_MULTIPLE,
        IneligibleCode.INSUFFICIENT_CONTRIBUTIONS,
      ],
    },
    {
      code: "NOT_COVERED_REASON",
      label: "The reason for leave or the family relationship is not covered",
      ineligibleCodes: [
        IneligibleCode.LEAVE_REASON_NOT_COVERED,
        IneligibleCode.RELATIONSHIP_NOT_COVERED,
        IneligibleCode.BONDING_WINDOW_PASSED,
      ],
    },
    { code: "INSUFFICIENT_CERTIFICATION", label: "The certification does not support the leave", ineligibleCodes: [] },
    {
      code: "NOT_EMPLOYED",
      label: "Not employed by a covered employer long enough",
      ineligibleCodes: [
        IneligibleCode.INSUFFICIENT_EMPLOYMENT,
        IneligibleCode.EMPLOYER_NOT_COVERED,
        IneligibleCode.SELF_EMPLOYMENT_NOT_COVERED,
      ],
    },
    {
      code: "LEAVE_EXHAUSTED",
      label: "No weeks of leave remain in the benefit year",
      ineligibleCodes: [IneligibleCode.NO_WEEKS_REMAINING],
    },
    { code: "LATE_APPLICATION", label: "Applied after the filing window without good cause", ineligibleCodes: [] },
    { code: "OTHER", label: "Another reason, explained in the notice", ineligibleCodes: [] },
  ],
  "Codes and wording are this product's; a deployment may replace the list. Each program's explanation cites the rule behind an ineligibility finding.",
);
