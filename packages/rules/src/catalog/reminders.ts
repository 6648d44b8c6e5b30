/**
 * How many calendar days before a claimant's own deadline the program reminds them of it: the
 * due date of a request for information, and the last day to appeal a decision that did not
 * grant everything asked for. No program's sources set reminder times, so both are this
 * product's defaults, which a deployment may override in configuration.
 * (Employer administrators are reminded two business days before their response is due, as
 * the employer issue asks; that one lives with the employer-response windows in the API.)
 */
import { type PolicyFact, deploymentPolicy } from "./policy-fact";

export const DEFAULT_INFO_REQUEST_REMINDER_DAYS: PolicyFact<number> = deploymentPolicy(
  3,
  "The program's sources set no reminder before a request for information is due; the claimant is reminded 3 calendar days before the due date (this product's default), so a request read late is not lost.",
);

export const DEFAULT_APPEAL_REMINDER_DAYS: PolicyFact<number> = deploymentPolicy(
  7,
  "The program's sources set no reminder before the appeal deadline; a claimant whose claim was denied or only partly approved is reminded 7 calendar days before the last day to appeal (this product's default).",
);
