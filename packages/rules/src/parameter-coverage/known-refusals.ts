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
    searched:
      "2026-12-03: famli.colorado.gov rules & guidance and news pages, CDLE govdelivery newsletters, 7 CCR 1107-3, Larkin, Littler/Mondaq, Guardian, ShelterPoint, The Standard: all stop at the July 2025 $1,534.94; $1,608.91 only in an unreviewed compilation",
  },
  {
    program: "CO-FAMLI",
    parameterId: "co-famli.maximum-weekly-benefit",
    blocks: "benefits",
    why: "outside-coverage: the maximum for leave from 2026-07-01 was not found published",
    searched: "2026-12-03: as for the state AWW (90% of it, C.R.S. 8-13.3-506(1)(b))",
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
    searched:
      "2026-12-03: dlt.ri.gov press releases (2019–2025 found, June 2026 not), PBN, Providence Journal, Littler: the last is $1,103 from 2025-07-01; 85% of the 2025 covered-employment AWW, which was not found",
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
    searched:
      "2026-12-03: OED news releases on flashalert.net (June 2025 found, 2026 not), HR Answers, Guardian, Littler: stop at $1,363.80; $1,410.13 only in an unreviewed compilation",
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
    searched: "2026-12-03: DOES/dcpaidfamilyleave.dc.gov notices, Larkin, PPI: the last is $1,190 from 2025-10-01",
  },
  {
    program: "DC-PFL",
    parameterId: "dc-pfl.bend-point-minimum-wage",
    blocks: "benefits",
    why: "unverified: the District minimum wage from 2026-07-01 is only in a grade-C compilation",
    searched:
      "2026-12-03: mayor.dc.gov and DOES releases (2019–2025 found), Wolters Kluwer, Virgil HR, PPI (2025-11-04, $17.95 → $1,190): no July 2026 wage; $18.40 only in an unreviewed compilation",
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
    searched:
      "2026-12-03: DEED's eligibility page says 5.3% of the state average annual wage is about $3,700, which fits $1,372 (52 × $1,372 × 5.3% = $3,781 → $3,700) and not $1,423 ($3,921 → $3,900), but no DEED page dates either SAWW; The Standard and OGS Law give $1,423",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.average-weekly-wage-method",
    blocks: "benefits",
    why: "not-published: Minn. Stat. 268B's definition of the employee's AWW was not in the sources",
    searched:
      "2026-12-03: Minn. Stat. 268B.01/268B.04 excerpts (casetext, lawserver, revisor), DEED's leave-time and eligibility pages, the 2024 amendments (SF bill text): none states how the applicant's AWW is measured",
  },
  {
    program: "MN-PFML",
    parameterId: "mn-pfml.minimum-base-period-wages",
    blocks: "benefits",
    why: "not-published: the 2026 eligibility dollar amount was not found published",
    searched:
      "2026-12-03: DEED says only 'about $3,700' (5.3% of the state average annual wage, rounded down to $100); the exact 2026 figure was not found",
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
    searched:
      "2026-12-03: 11 L.P.R.A. §203 (Justia/instalawyer 2020 Laws of Puerto Rico: the $150 base-year test, 8th-day start, 26 weeks are there, the §203(d) amounts table was not in the excerpts), MSC Payroll, codexpr.ai Act 51-1988 summary",
  },
];

/** The labels of the figures that stop `program`'s evaluations today ("CO-FAMLI"), from this list. */
export function benefitRefusalsOf(program: string): readonly KnownRefusal[] {
  return KNOWN_REFUSALS.filter((refusal) => refusal.program === program && refusal.blocks === "benefits");
}
