/**
 * Self-employed workers who opted in. No program covers the self-employed automatically; most
 * let them elect coverage, each with its own terms: when the election takes effect, and what a
 * self-employed person must have contributed before benefits are payable. A request says the
 * claimant elected coverage with `selfEmployment` (the date coverage started and the quarters
 * contributions were paid for); the evaluator then runs `checkSelfEmployedCoverage` beside the
 * program's own tests, which still apply to the earnings reported.
 *
 * Programs not in the table have no modelled terms: a request for one is refused with
 * RULE_NOT_DOCUMENTED rather than answered as if it were an employee's claim.
 */
import type { CalendarDate } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import type { Citation } from "../core/parameter";
import { type QuarterIndex, lastCompletedQuarter, quarterIndexOf, quarterLabel, quarterStart } from "../core/quarter";
import type { RuleContext } from "../evaluation/context";
import type { ValidatedRequest } from "../evaluation/request";
import { IneligibleCode, type IneligibleReason, type ProgramDefinition } from "../programs/program";

export interface SelfEmploymentFacts {
  /** The date the program accepted the election (or the coverage date it set). */
  readonly coverageStartDate: CalendarDate;
  /** Quarters the self-employed person paid contributions for. */
  readonly contributionQuarters: readonly QuarterIndex[];
}

export type SelfEmployedCoverage =
  | { readonly kind: "not-offered"; readonly cite: readonly Citation[] }
  | {
      readonly kind: "elective";
      /** "on-election": from coverageStartDate; "next-quarter": from the first day of the quarter after it. */
      readonly coverageBegins: "on-election" | "next-quarter";
      /** Contributions that must have been paid before applying, or null when the program's
       * earnings tests are the only condition. */
      readonly contributions: {
        readonly quarters: number;
        /** Counted among this many completed quarters before the application (null: any). */
        readonly withinLast: number | null;
        readonly rule: string;
      } | null;
      readonly cite: readonly Citation[];
    };

const CAP_2024: Citation = {
  title:
    "Center for American Progress: Self-Employed Workers' Access to State Paid Leave Programs in 2024 (which programs let the self-employed opt in)",
  href: "https://www.americanprogress.org/article/self-employed-workers-access-to-state-paid-leave-programs-in-2024/",
  grade: "B",
};

/** Keyed "WA-PFML". */
export const SELF_EMPLOYED_COVERAGE: Readonly<Record<string, SelfEmployedCoverage>> = {
  "WA-PFML": {
    kind: "elective",
    coverageBegins: "next-quarter",
    contributions: null,
    cite: [
      {
        title:
          "ESD: Self-employed — electing coverage (coverage takes effect at the start of the next quarter; hours presumed from earnings ÷ state minimum wage)",
        section: "RCW 50A.10.010",
        href: "https://paidleave.wa.gov/elective-coverage/",
        grade: "A",
      },
    ],
  },
  "MA-PFML": {
    kind: "elective",
    coverageBegins: "on-election",
    contributions: {
      quarters: 2,
      withinLast: 4,
      rule: "contributions for at least 2 of the last 4 completed calendar quarters before applying",
    },
    cite: [
      {
        title: "mass.gov: PFML coverage for self-employed individuals (contributions in 2 of the last 4 quarters)",
        section: "M.G.L. c. 175M, § 2(k)",
        href: "https://www.mass.gov/info-details/paid-family-and-medical-leave-coverage-for-self-employed-individuals",
        grade: "A",
      },
    ],
  },
  "CO-FAMLI": {
    kind: "elective",
    coverageBegins: "on-election",
    contributions: {
      quarters: 1,
      withinLast: null,
      rule: "wages reported and premiums paid for at least one quarter before applying",
    },
    cite: [
      {
        title: "7 CCR 1107-1.3(1)(B): elective coverage becomes effective on the date the notice of election is filed",
        section: "7 CCR 1107-1.3; C.R.S. § 8-13.3-514",
        href: "https://regulations.justia.com/states/colorado/1100/1107/rule-7-ccr-1107-1/section-7-ccr-1107-1-3",
        grade: "A",
      },
      {
        title:
          "CDLE FAMLI Division newsletter, March 2025: benefits are available after wages are reported and premiums paid for a quarter",
        href: "https://content.govdelivery.com/accounts/CODLE/bulletins/3d8a02a",
        grade: "A",
        publishedOn: "2025-03-25",
      },
    ],
  },
  "OR-PFML": {
    kind: "elective",
    coverageBegins: "on-election",
    contributions: {
      quarters: 1,
      withinLast: 5,
      rule: "contributions during the base year or alternate base year (a quarter among the last five completed)",
    },
    cite: [
      {
        title:
          "ORS 657B.015(2): a self-employed individual who elects coverage and contributes during the base year or alternate base year",
        section: "ORS 657B.015(2), 657B.130",
        href: "https://oregon.public.law/statutes/ors_657b.015",
        grade: "A",
      },
    ],
  },
  "NJ-TDI": { kind: "not-offered", cite: [CAP_2024] },
  "NJ-FLI": { kind: "not-offered", cite: [CAP_2024] },
  "RI-TDI": { kind: "not-offered", cite: [CAP_2024] },
  "RI-TCI": { kind: "not-offered", cite: [CAP_2024] },
};

const WHAT = "A self-employed worker is covered only after electing coverage, on the program's terms";

/** Adds the self-employed coverage step, and any finding, for a request that has `selfEmployment`. */
export function checkSelfEmployedCoverage(
  program: ProgramDefinition,
  request: ValidatedRequest,
  ctx: RuleContext,
  ineligible: IneligibleReason[],
): void {
  const facts = request.selfEmployment;
  if (facts === null) return;
  const key = `${program.jurisdiction}-${program.code}`;
  const coverage = SELF_EMPLOYED_COVERAGE[key];
  if (coverage === undefined) {
    throw new RulesError(
      ErrorCode.RULE_NOT_DOCUMENTED,
      `${program.name}: the rules package has no documented terms for self-employed workers who elected coverage`,
    );
  }
  if (coverage.kind === "not-offered") {
    ctx.step({ step: "self-employed-coverage", what: WHAT, result: false, cite: coverage.cite, note: "Not offered." });
    ineligible.push({
      code: IneligibleCode.SELF_EMPLOYMENT_NOT_COVERED,
      message: `${program.name} does not let self-employed workers elect coverage`,
    });
    return;
  }
  const begins =
    coverage.coverageBegins === "next-quarter"
      ? quarterStart(quarterIndexOf(facts.coverageStartDate) + 1)
      : facts.coverageStartDate;
  const coveredAtLeave = begins <= request.leaveStartDate;
  let contributed: number | null = null;
  let enough = true;
  if (coverage.contributions !== null) {
    const last = lastCompletedQuarter(request.applicationDate);
    const first = coverage.contributions.withinLast === null ? -Infinity : last - coverage.contributions.withinLast + 1;
    contributed = new Set(facts.contributionQuarters.filter((q) => q >= first && q <= last)).size;
    enough = contributed >= coverage.contributions.quarters;
  }
  ctx.step({
    step: "self-employed-coverage",
    what: WHAT,
    inputs: {
      coverageStartDate: facts.coverageStartDate,
      coverageBegins: begins,
      contributionQuarters: facts.contributionQuarters.map(quarterLabel),
      ...(contributed === null ? {} : { contributionQuartersCounted: contributed }),
    },
    result: coveredAtLeave && enough,
    cite: coverage.cite,
    ...(coverage.contributions === null ? {} : { note: `Needs ${coverage.contributions.rule}.` }),
  });
  if (!coveredAtLeave) {
    ineligible.push({
      code: IneligibleCode.SELF_EMPLOYMENT_NOT_COVERED,
      message: `Elective coverage began ${begins}, after this leave starts (${request.leaveStartDate})`,
    });
  }
  if (!enough && coverage.contributions !== null) {
    ineligible.push({
      code: IneligibleCode.INSUFFICIENT_CONTRIBUTIONS,
      message: `${program.name} needs ${coverage.contributions.rule}; ${contributed} found`,
    });
  }
}
