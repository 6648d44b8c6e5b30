/**
 * How soon the agency is to decide: a complete application (the review task's due date), and an
 * appeal (the hearing's due date after filing). Cited where the program sets a time; otherwise
 * the product's default, which a deployment may override.
 */
import type { Citation } from "../core/parameter";
import { peerSurvey } from "../programs/sources";
import { type PolicyFact, cited, deploymentPolicy } from "./policy-fact";

/** Calendar days. */
export type DaysFact = PolicyFact<number>;

export const DEFAULT_DECISION_DAYS: DaysFact = deploymentPolicy(
  14,
  "The program's sources set no decision time; staff aim to decide within 14 calendar days of a complete application (this product's default).",
);
/** How long after approved leave ends the claimant may still ask to extend it. */
export const DEFAULT_EXTENSION_REQUEST_DAYS: DaysFact = deploymentPolicy(
  14,
  "The program's sources set no time for asking to extend approved leave; a claimant may ask until 14 calendar days after the approved leave ends (this product's default, so a late certification is not lost).",
);
export const DEFAULT_APPEAL_HEARING_DAYS: DaysFact = deploymentPolicy(
  30,
  "The program's sources set no hearing time; appeals officers aim to hold the hearing within 30 calendar days of filing (this product's default).",
);

const MA_APPEALS_TIMELINE: Citation = {
  title:
    "mass.gov: PFML appeals timeline (decision within 14 days of a complete application; DFML reviews an appeal within 30 days)",
  href: "https://www.mass.gov/info-details/paid-family-and-medical-leave-pfml-appeals-timeline",
  grade: "A",
};
const NY_380_5_4: Citation = {
  title: "12 NYCRR 380-5.4: the carrier pays or denies within 18 days of a completed request",
  section: "12 NYCRR 380-5.4",
  href: "https://regulations.justia.com/states/new-york/title-12/chapter-v/subchapter-h/article-2/part-380/subpart-380-5/section-380-5-4/",
  grade: "A",
};
const CA_EDD_PFL: Citation = {
  title: "EDD: claim processing (first payment or notice within 14 days of a properly completed claim)",
  href: "https://www.edd.ca.gov/disability/Claim_Processing_for_PFL.htm",
  grade: "A",
};

export const DECISION_DAYS: Readonly<Record<string, DaysFact>> = {
  "MA-PFML": cited(14, [MA_APPEALS_TIMELINE, peerSurvey(88, "MA: decision usually within 14 days")]),
  "NY-PFL": cited(18, [NY_380_5_4, peerSurvey(116, "NY: pay or deny within 18 days")]),
  "CA-SDI": cited(14, [CA_EDD_PFL, peerSurvey(113, "CA: initial payment within 14 days")]),
  "CA-PFL": cited(14, [CA_EDD_PFL, peerSurvey(113, "CA: initial payment within 14 days")]),
};

export const APPEAL_HEARING_DAYS: Readonly<Record<string, DaysFact>> = {
  "MA-PFML": cited(
    30,
    [MA_APPEALS_TIMELINE, peerSurvey(91, "MA: DFML reviews within 30 days")],
    "DFML reviews an appeal within 30 days; hearings are typically 2–4 weeks out.",
  ),
};
