/**
 * Federal Family and Medical Leave Act (29 U.S.C. 2601 et seq.; 29 CFR part 825): every figure
 * the rules use, dated and cited. The seed chart shared/seeds/003_55eae632d3b6e248.txt gives the
 * FMLA summary (lines 22–67) and shared/reference/rules-from-seeds.md §23; the statute and the
 * Department of Labor's regulations give the dates and the periods.
 *
 * FMLA's figures are statutory and have no scheduled change, so no parameter has an `until`:
 * the program answers for any date from 1993-08-05.
 */
import type { DeadlinePeriod } from "../../deadlines/business-days";
import { type Money, money } from "../../core/money";
import { type Citation, defineParameter } from "../../core/parameter";
import type { FamilyRelationship, LeaveReason } from "../../core/vocabulary";
import { seedChart } from "../sources";

const VERIFIED = "2026-11-21";

/** Sources. */
export const U = {
  act: {
    title: "Family and Medical Leave Act of 1993",
    section: "29 U.S.C. 2611–2612",
    href: "https://www.law.cornell.edu/uscode/text/29/2612",
    grade: "A",
  },
  definitions: {
    title: "Definitions: eligible employee",
    section: "29 U.S.C. 2611(2)",
    href: "https://www.law.cornell.edu/uscode/text/29/2611",
    grade: "A",
  },
  eligibility: {
    title: "Eligible employee",
    section: "29 CFR 825.110",
    href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-B/section-825.110",
    grade: "A",
  },
  entitlement: {
    title: "Leave entitlement",
    section: "29 U.S.C. 2612(a)(1), (a)(3), (c)",
    href: "https://www.law.cornell.edu/uscode/text/29/2612",
    grade: "A",
  },
  effective: {
    title: "DOL Wage and Hour Division: FMLA took effect August 5, 1993",
    href: "https://www.dol.gov/agencies/whd/fmla",
    grade: "A",
  },
  ndaa2008: {
    title:
      "National Defense Authorization Act for FY2008 §585 (military caregiver leave, in force on enactment 2008-01-28; qualifying exigency leave)",
    section: "Pub. L. 110-181 §585",
    href: "https://www.congress.gov/110/plaws/publ181/PLAW-110publ181.pdf",
    grade: "A",
  },
  finalRule2008: {
    title: "DOL final rule implementing military family leave: qualifying exigency leave effective 2009-01-16",
    section: "73 FR 67934",
    href: "https://www.federalregister.gov/documents/2008/11/17/E8-26577/the-family-and-medical-leave-act-of-1993",
    grade: "A",
  },
  caregiver: {
    title: "Military caregiver leave; next of kin",
    section: "29 CFR 825.127",
    href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-B/section-825.127",
    grade: "A",
  },
  exigency: {
    title: "Qualifying exigency leave",
    section: "29 CFR 825.126",
    href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-B/section-825.126",
    grade: "A",
  },
  familyLeave: {
    title: "Leave to care for a spouse, son or daughter, or parent",
    section: "29 CFR 825.113, 825.122",
    href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-B/section-825.122",
    grade: "A",
  },
  bonding: {
    title: "Leave for birth or placement expires 12 months after the birth or placement",
    section: "29 CFR 825.120(a)(2), 825.121(a)(2)",
    href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-B/section-825.120",
    grade: "A",
  },
  notices: {
    title: "Eligibility notice within five business days",
    section: "29 CFR 825.300(b)(1)",
    href: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-C/section-825.300",
    grade: "A",
  },
} as const satisfies Record<string, Citation>;

export const monthsWithEmployer = defineParameter<number>({
  id: "us-fmla.months-with-employer",
  label: "FMLA months employed by the employer",
  description:
    "An eligible employee has been employed by the employer for at least this many months (need not be consecutive).",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "1993-08-05", value: 12, cite: [U.definitions, U.eligibility, seedChart("30", "12 months of service")] },
  ],
});

export const hoursLast12Months = defineParameter<number>({
  id: "us-fmla.hours-last-12-months",
  label: "FMLA hours of service in the 12 months before leave",
  description:
    "An eligible employee worked at least this many hours for the employer in the 12 months before the leave starts.",
  unit: "hours",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "1993-08-05", value: 1250, cite: [U.definitions, U.eligibility, seedChart("32", "1,250 hours worked")] },
  ],
});

export const employeesWithin75Miles = defineParameter<number>({
  id: "us-fmla.employees-within-75-miles",
  label: "FMLA employees within 75 miles of the worksite",
  description:
    "An eligible employee works at a worksite where the employer employs at least this many employees within 75 miles.",
  unit: "employees",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1993-08-05",
      value: 50,
      cite: [U.definitions, U.eligibility, seedChart("33", "a worksite with 50 or more employees within 75 miles")],
    },
  ],
});

export const leaveWeeks = defineParameter<number>({
  id: "us-fmla.leave-weeks",
  label: "FMLA workweeks of leave in a 12-month period",
  description:
    "Caps leave for birth, placement, family care, the employee's own serious health condition and qualifying exigencies together in a 12-month period.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "1993-08-05", value: 12, cite: [U.entitlement, seedChart("67", "12 weeks in a 12-month period")] }],
});

export const militaryCaregiverWeeks = defineParameter<number>({
  id: "us-fmla.military-caregiver-weeks",
  label: "FMLA workweeks of military caregiver leave",
  description:
    "Caps leave to care for a covered servicemember with a serious injury or illness in a single 12-month period (none before the 2008 amendment).",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "1993-08-05", value: 0, cite: [U.act], note: "The Act as passed had no military caregiver leave." },
    {
      from: "2008-01-28",
      value: 26,
      cite: [U.ndaa2008, U.caregiver, seedChart("67", "26 weeks (care of servicemember)")],
    },
  ],
});

export const combinedWeeks = defineParameter<number>({
  id: "us-fmla.combined-weeks",
  label: "FMLA workweeks of leave for all reasons",
  description:
    "Caps all FMLA leave together in the 12-month period: 12 weeks, or 26 when military caregiver leave is part of it.",
  unit: "weeks",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "1993-08-05", value: 12, cite: [U.entitlement] },
    {
      from: "2008-01-28",
      value: 26,
      cite: [U.ndaa2008, U.caregiver],
      note: "Military caregiver leave and other FMLA leave together may not exceed 26 workweeks in the single 12-month period.",
    },
  ],
});

export const weeklyBenefit = defineParameter<Money>({
  id: "us-fmla.weekly-benefit",
  label: "FMLA weekly benefit",
  description:
    "FMLA leave is unpaid job-protected leave: the Act pays no benefit (an employee may substitute accrued paid leave).",
  unit: "USD/week",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "1993-08-05", value: money("0"), cite: [U.entitlement, seedChart("55-63", "benefit amount: unpaid")] },
  ],
});

export const bondingWindowMonths = defineParameter<number>({
  id: "us-fmla.bonding-window-months",
  label: "FMLA bonding window",
  description: "Leave for the birth or placement of a child must be taken within 12 months of the birth or placement.",
  unit: "months",
  lastVerifiedOn: VERIFIED,
  values: [{ from: "1993-08-05", value: 12, cite: [U.bonding] }],
});

export const coveredReasons = defineParameter<readonly LeaveReason[]>({
  id: "us-fmla.covered-reasons",
  label: "FMLA leave reasons in force",
  description:
    "Lists the reasons FMLA covers on a date: military caregiver leave from 2008-01-28 and qualifying exigency leave from 2009-01-16 were added to the original four.",
  unit: "rule",
  lastVerifiedOn: VERIFIED,
  values: [
    { from: "1993-08-05", value: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE"], cite: [U.act, U.effective] },
    {
      from: "2008-01-28",
      value: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "MILITARY_CAREGIVER"],
      cite: [U.ndaa2008],
    },
    {
      from: "2009-01-16",
      value: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "MILITARY_CAREGIVER", "MILITARY_EXIGENCY"],
      cite: [U.finalRule2008, U.exigency, seedChart("39-45", "leave reasons")],
    },
  ],
});

export const familyCareRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "us-fmla.family-care-relationships",
  label: "FMLA family members for family care and exigency leave",
  description:
    "Family care and qualifying exigency leave cover a spouse, son or daughter, or parent (including one who stood in loco parentis); not parents-in-law.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1993-08-05",
      value: ["SPOUSE", "CHILD", "PARENT", "IN_LOCO_PARENTIS"],
      cite: [U.familyLeave, seedChart("47-49", "family members: parent, child, spouse")],
    },
  ],
});

export const familyRelationships = defineParameter<readonly FamilyRelationship[]>({
  id: "us-fmla.family-relationships",
  label: "FMLA family members (any reason)",
  description:
    "Lists every relationship some FMLA leave covers: spouse, son or daughter, parent; from 2008-01-28 also the next of kin of a covered servicemember (nearest blood relative: sibling, grandparent, other blood relative) for military caregiver leave only.",
  unit: "relationships",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1993-08-05",
      value: ["SPOUSE", "CHILD", "PARENT", "IN_LOCO_PARENTIS"],
      cite: [U.familyLeave, seedChart("47-49", "family members: parent, child, spouse")],
    },
    {
      from: "2008-01-28",
      value: ["SPOUSE", "CHILD", "PARENT", "IN_LOCO_PARENTIS", "SIBLING", "GRANDPARENT", "OTHER_BLOOD_RELATIVE"],
      cite: [U.ndaa2008, U.caregiver],
    },
  ],
});

export const employerResponsePeriod = defineParameter<DeadlinePeriod>({
  id: "us-fmla.employer-response-period",
  label: "FMLA eligibility notice period",
  description:
    "Gives the employer this long, after a leave request or learning that leave may be for an FMLA reason, to notify the employee of eligibility (absent extenuating circumstances).",
  unit: "deadline",
  lastVerifiedOn: VERIFIED,
  values: [
    {
      from: "1993-08-05",
      unknown: "not-published",
      cite: [U.notices],
      note: "The notice period under the regulations before the 2008 final rule is not in the sources.",
    },
    {
      from: "2009-01-16",
      value: { amount: 5, unit: "business-days", calendar: "US" },
      cite: [U.notices, U.finalRule2008],
    },
  ],
});
