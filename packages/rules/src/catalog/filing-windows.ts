/**
 * Filing windows: how early before the first day of leave one may apply, and how late after it
 * an application is still on time (after that, a late-filing request with good cause, where the
 * program allows one). Each edge is its own fact: a program's documents often state one edge and
 * not the other, and the missing one is deployment policy (the product's default below), which
 * a deployment may override.
 */
import { seedChart, peerSurvey } from "../programs/sources";
import type { Citation } from "../core/parameter";
import { type PolicyFact, cited, deploymentPolicy } from "./policy-fact";

/** A distance from the first day of leave: before it (earliest) or after it (latest). */
export interface FilingOffset {
  readonly amount: number;
  readonly unit: "calendar-days" | "months";
}

export interface FilingWindow {
  /** How long before the first day of leave one may apply; `amount` 0 = not before leave starts;
   * negative = only once the leave has lasted that long (CA SDI: from the 9th day). Null: no limit. */
  readonly earliestBeforeLeave: PolicyFact<FilingOffset | null>;
  /** How long after the first day of leave an application is on time. Null: no limit. */
  readonly latestAfterLeaveStart: PolicyFact<FilingOffset | null>;
}

const days = (amount: number): FilingOffset => ({ amount, unit: "calendar-days" });

/** The product's defaults where a program's documents set no edge. */
export const DEFAULT_EARLIEST = deploymentPolicy<FilingOffset | null>(
  days(60),
  "No earliest filing date was found in the program's sources; 60 days before leave is this product's default.",
);
export const DEFAULT_LATEST = deploymentPolicy<FilingOffset | null>(
  days(90),
  "No latest filing date was found in the program's sources; 90 days after leave starts is this product's default (later needs a late-filing request).",
);

const MA_CMR_208: Citation = {
  title:
    "458 CMR 2.08(1): an application may be filed no more than 60 calendar days before the anticipated start of leave",
  section: "458 CMR 2.08(1)",
  href: "https://regulations.justia.com/states/massachusetts/458-cmr/title-458-cmr-2-00/section-2-08",
  grade: "A",
};
const MA_TIMELINE: Citation = {
  title: "mass.gov: PFML application and approval timeline (apply up to 60 days ahead; retroactive up to 90 days)",
  href: "https://www.mass.gov/info-details/paid-family-and-medical-leave-pfml-application-approval-timeline",
  grade: "A",
};
const CO_RULE_36: Citation = {
  title: "7 CCR 1107-3.6: filing an application for FAMLI benefits",
  section: "7 CCR 1107-3.6",
  href: "https://law.cornell.edu/regulations/colorado/7-CCR-1107-3.6",
  grade: "A",
};
const OR_SELF_EMPLOYED: Citation = {
  title: "Paid Leave Oregon: apply up to 30 days before leave",
  href: "https://paidleave.oregon.gov/self-employed/how-to-choose-paid-leave.html",
  grade: "A",
};
const CA_SB_1090: Citation = {
  title:
    "LCW: SB 1090 — PFL claims may be filed 30 days ahead only once EDDNext ships; until then, not before leave begins",
  href: "https://www.lcwlegal.com/news/sb-1090-new-timeline-for-unemployment-insurance-and-paid-family-leave-claim-administration/",
  grade: "B",
};
const CA_EDD_PFL: Citation = {
  title: "EDD: claim processing for Paid Family Leave (file within 41 days of the leave's start)",
  href: "https://www.edd.ca.gov/disability/Claim_Processing_for_PFL.htm",
  grade: "A",
};

export const FILING_WINDOWS: Readonly<Record<string, Partial<FilingWindow>>> = {
  "MA-PFML": {
    earliestBeforeLeave: cited(days(60), [MA_CMR_208, peerSurvey(21, "MA: file up to 60 days before leave")]),
    latestAfterLeaveStart: cited(days(90), [MA_TIMELINE, peerSurvey(89, "MA: retroactive up to 90 days")]),
  },
  "CO-FAMLI": {
    earliestBeforeLeave: cited(days(30), [CO_RULE_36, peerSurvey(96, "CO: apply up to 30 days ahead")]),
    latestAfterLeaveStart: cited(
      days(30),
      [CO_RULE_36, seedChart("1143-1149", "within 30 days after the start of leave; 89 days with good cause")],
      "Up to 89 days after the start of leave with good cause (a late-filing request).",
    ),
  },
  "OR-PFML": {
    earliestBeforeLeave: cited(days(30), [OR_SELF_EMPLOYED, peerSurvey(21, "OR: file up to 30 days before leave")]),
  },
  "NY-DBL": {
    latestAfterLeaveStart: cited(days(30), [seedChart("180-182", "file a claim within 30 days of becoming disabled")]),
  },
  "CA-SDI": {
    earliestBeforeLeave: cited(
      days(-9),
      [seedChart("538", "submit the claim between 9 and 49 days after the first day of disability")],
      "Not before the 9th day after the disability begins.",
    ),
    latestAfterLeaveStart: cited(days(49), [
      seedChart("538", "submit the claim between 9 and 49 days after the first day of disability"),
    ]),
  },
  "CA-PFL": {
    earliestBeforeLeave: cited(days(0), [CA_SB_1090, peerSurvey(21, "CA: not before leave begins until EDDNext")]),
    latestAfterLeaveStart: cited(days(41), [
      CA_EDD_PFL,
      seedChart("672-676", "submit the claim within 41 days from the date family leave begins"),
    ]),
  },
  "NJ-TDI": {
    latestAfterLeaveStart: cited(days(30), [
      seedChart("2441-2443", "Form DS-1 within 30 days of the start of the disability"),
    ]),
  },
  "NJ-FLI": {
    latestAfterLeaveStart: cited(days(30), [
      seedChart("2637-2639", "FL-1 within 30 days from the first day of family leave"),
    ]),
  },
  "RI-TDI": {
    latestAfterLeaveStart: cited(
      days(90),
      [seedChart("2873-2875", "file within 90 days of the first week of taking leave")],
      "Counted from the first day of leave; the chart counts from the first week.",
    ),
  },
  "RI-TCI": {
    latestAfterLeaveStart: cited(days(30), [
      seedChart("3006-3008", "apply within 30 days after the first day of leave"),
    ]),
  },
  "HI-TDI": {
    latestAfterLeaveStart: cited(
      days(90),
      [seedChart("1889-1892", "TDI-45 within 90 days of the start of the disability; no benefits after 26 weeks")],
      "Later with good cause; a claim filed more than 26 weeks after the disability began pays nothing.",
    ),
  },
  "PR-SINOT": {
    latestAfterLeaveStart: cited({ amount: 3, unit: "months" }, [
      seedChart("3904-3906", "file with the state within 3 months of taking leave"),
    ]),
  },
};
