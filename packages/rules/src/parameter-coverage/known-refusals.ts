/**
 * THE ONE LIST of figures a program paying benefits today cannot resolve today, because the
 * agency has not published them (or the sources disagree, or only weak sources carry them).
 * coverage.test.ts (beside this file) fails when a program paying today has a gap today that is not listed
 * here — a figure that ran out or was never looked for — and when an entry here no longer is a
 * gap (the figure landed: remove it). Each entry says why, so the README's table can follow.
 */
export interface KnownRefusal {
  /** "CO-FAMLI" */
  readonly program: string;
  readonly parameterId: string;
  readonly why: string;
}

export const KNOWN_REFUSALS: readonly KnownRefusal[] = [
  {
    program: "CO-FAMLI",
    parameterId: "co-famli.state-average-weekly-wage",
    why: "unverified: the FAMLI Division's figure for benefit years from 2026-07-01 is only in weak (grade C) sources",
  },
  {
    program: "CO-FAMLI",
    parameterId: "co-famli.maximum-weekly-benefit",
    why: "outside-coverage: the maximum for leave from 2026-07-01 was not found published",
  },
  {
    program: "NJ-FLI",
    parameterId: "nj-fli.employee-contribution-rate",
    why: "not-published: NJ's 2026 FLI worker contribution rate was not found published (premiums only; benefits compute)",
  },
  {
    program: "NJ-TDI",
    parameterId: "nj-tdi.employee-contribution-rate",
    why: "not-published: NJ's 2026 TDI worker contribution rate was not found published (premiums only; benefits compute)",
  },
  {
    program: "RI-TDI",
    parameterId: "ri-tdi.maximum-weekly-benefit",
    why: "outside-coverage: DLT's maximum for claims from 2026-07-01 was not found published",
  },
  {
    program: "RI-TCI",
    parameterId: "ri-tdi.maximum-weekly-benefit",
    why: "outside-coverage: DLT's maximum for claims from 2026-07-01 was not found published (shared with TDI)",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.state-average-weekly-wage",
    why: "unverified: the state AWW for benefit years from 2026-07-05 is only in weak (grade C) sources",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.maximum-weekly-benefit",
    why: "outside-coverage: follows the state AWW from 2026-07-05, not published",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.minimum-weekly-benefit",
    why: "outside-coverage: follows the state AWW from 2026-07-05, not published",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.contribution-rate",
    why: "not-published: the 2026 contribution rate was not found published (premiums only)",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.employee-contribution-share",
    why: "not-published: the 2026 employee share was not found published (premiums only)",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.contribution-wage-cap",
    why: "not-published: the 2026 wage cap was not found published (premiums only)",
  },
  {
    program: "CA-SDI",
    parameterId: "ca-sdi.maximum-weekly-benefit",
    why: "disputed: the 2026 maximum weekly benefit: published sources disagree",
  },
  {
    program: "CA-SDI",
    parameterId: "ca-sdi.tier-breakpoint",
    why: "not-published: EDD's 2026 tier breakpoint was not found published",
  },
  {
    program: "CA-PFL",
    parameterId: "ca-sdi.maximum-weekly-benefit",
    why: "disputed: the 2026 maximum weekly benefit: published sources disagree (shared with SDI)",
  },
  {
    program: "CA-PFL",
    parameterId: "ca-sdi.tier-breakpoint",
    why: "not-published: EDD's 2026 tier breakpoint was not found published (shared with SDI)",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.maximum-weekly-benefit",
    why: "outside-coverage: DOES's maximum for FY2027 (from 2026-10-01) was not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.bend-point-minimum-wage",
    why: "unverified: the District minimum wage from 2026-07-01 is only in a grade-C compilation",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.parental-weeks",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.family-weeks",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.medical-weeks",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.prenatal-weeks",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.combined-weeks",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.combined-with-prenatal-weeks",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.employer-contribution-rate",
    why: "outside-coverage: the FY2027 contribution rate was not found published (premiums only)",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.state-average-weekly-wage",
    why: "disputed: the 2026 state AWW (= the maximum): $1,423 against DEED's premium page $1,372",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.average-weekly-wage-method",
    why: "not-published: Minn. Stat. 268B's definition of the employee's AWW was not in the sources",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.minimum-base-period-wages",
    why: "not-published: the 2026 eligibility dollar amount was not found published",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.premium-wage-base",
    why: "disputed: the 2026 premium wage base: $184,500 against $185,000",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.small-employer-average-wage-limit",
    why: "disputed: follows the disputed 2026 state AWW",
  },
  {
    program: "PR-SINOT",
    parameterId: "pr-sinot.weekly-benefit-schedule",
    why: "not-published: the Act 139 benefit schedule is in no source searched",
  },
];
