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
  /**
   * What the missing figure stops: "benefits" — an evaluation answers PARAMETER_NOT_KNOWN;
   * "premiums" — only the premium calculation does (evaluations still compute). The suite's
   * today test and the API's every-program test read this list, so a wrong entry fails them.
   */
  readonly blocks: "benefits" | "premiums";
  readonly why: string;
  /** Where it was looked for (agency pages, statutes, rules, releases, secondary sources). */
  readonly searched?: string;
}

export const KNOWN_REFUSALS: readonly KnownRefusal[] = [
  {
    program: "CO-FAMLI",
    parameterId: "co-famli.state-average-weekly-wage",
    blocks: "benefits",
    why: "unverified: the FAMLI Division's figure for benefit years from 2026-07-01 is only in weak (grade C) sources",
  },
  {
    program: "CO-FAMLI",
    parameterId: "co-famli.maximum-weekly-benefit",
    blocks: "benefits",
    why: "outside-coverage: the maximum for leave from 2026-07-01 was not found published",
  },
  {
    program: "NJ-FLI",
    parameterId: "nj-fli.employee-contribution-rate",
    blocks: "premiums",
    why: "not-published: NJ's 2026 FLI worker contribution rate was not found published (premiums only; benefits compute)",
  },
  {
    program: "NJ-TDI",
    parameterId: "nj-tdi.employee-contribution-rate",
    blocks: "premiums",
    why: "not-published: NJ's 2026 TDI worker contribution rate was not found published (premiums only; benefits compute)",
  },
  {
    program: "RI-TDI",
    parameterId: "ri-tdi.maximum-weekly-benefit",
    blocks: "benefits",
    why: "outside-coverage: DLT's maximum for claims from 2026-07-01 was not found published",
  },
  {
    program: "RI-TCI",
    parameterId: "ri-tdi.maximum-weekly-benefit",
    blocks: "benefits",
    why: "outside-coverage: DLT's maximum for claims from 2026-07-01 was not found published (shared with TDI)",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.state-average-weekly-wage",
    blocks: "benefits",
    why: "unverified: the state AWW for benefit years from 2026-07-05 is only in weak (grade C) sources",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.maximum-weekly-benefit",
    blocks: "benefits",
    why: "outside-coverage: follows the state AWW from 2026-07-05, not published",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.minimum-weekly-benefit",
    blocks: "benefits",
    why: "outside-coverage: follows the state AWW from 2026-07-05, not published",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.contribution-rate",
    blocks: "premiums",
    why: "not-published: the 2026 contribution rate was not found published (premiums only)",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.employee-contribution-share",
    blocks: "premiums",
    why: "not-published: the 2026 employee share was not found published (premiums only)",
  },
  {
    program: "OR-PFML",
    parameterId: "or-pfml.contribution-wage-cap",
    blocks: "premiums",
    why: "not-published: the 2026 wage cap was not found published (premiums only)",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.maximum-weekly-benefit",
    blocks: "benefits",
    why: "outside-coverage: DOES's maximum for FY2027 (from 2026-10-01) was not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.bend-point-minimum-wage",
    blocks: "benefits",
    why: "unverified: the District minimum wage from 2026-07-01 is only in a grade-C compilation",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.parental-weeks",
    blocks: "benefits",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.family-weeks",
    blocks: "benefits",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.medical-weeks",
    blocks: "benefits",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.prenatal-weeks",
    blocks: "benefits",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.combined-weeks",
    blocks: "benefits",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.combined-with-prenatal-weeks",
    blocks: "benefits",
    why: "outside-coverage: the FY2027 weeks (from 2026-10-01) were not found published",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.employer-contribution-rate",
    blocks: "premiums",
    why: "outside-coverage: the FY2027 contribution rate was not found published (premiums only)",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.state-average-weekly-wage",
    blocks: "benefits",
    why: "disputed: the 2026 state AWW (= the maximum): $1,423 against DEED's premium page $1,372",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.average-weekly-wage-method",
    blocks: "benefits",
    why: "not-published: Minn. Stat. 268B's definition of the employee's AWW was not in the sources",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.minimum-base-period-wages",
    blocks: "benefits",
    why: "not-published: the 2026 eligibility dollar amount was not found published",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.premium-wage-base",
    blocks: "premiums",
    why: "disputed: the 2026 premium wage base: $184,500 against $185,000",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.small-employer-average-wage-limit",
    blocks: "premiums",
    why: "disputed: follows the disputed 2026 state AWW",
  },
  {
    program: "PR-SINOT",
    parameterId: "pr-sinot.weekly-benefit-schedule",
    blocks: "benefits",
    why: "not-published: the Act 139 benefit schedule is in no source searched",
  },
];

/** The labels of the figures that stop `program`'s evaluations today ("CO-FAMLI"), from this list. */
export function benefitRefusalsOf(program: string): readonly KnownRefusal[] {
  return KNOWN_REFUSALS.filter((refusal) => refusal.program === program && refusal.blocks === "benefits");
}
