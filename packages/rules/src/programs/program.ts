/**
 * The shape every program module fills in. A program is data (its cited parameters) plus a
 * small set of rule functions that compose the shared blocks; the shared evaluator
 * (src/evaluation/evaluate.ts) calls them in a fixed order:
 *
 *   leaveWindow → parameterDate → measureWages (unless an AWW is given) →
 *   stateAverageWeeklyWage → weeklyBenefit → eligibilityTests → entitlement → waitingPeriodDays
 *
 * and handles everything common: input validation, the first-benefit-date check, leave-reason
 * and family-relationship coverage, skipping wage tests for a given AWW, the result and the
 * error results. See docs/RULES.md for the recipe to add a program.
 */
import type { BasePeriod } from "../base-period/base-period";
import type { DeadlinePeriod } from "../deadlines/business-days";
import type { Entitlement } from "../entitlement/entitlement-ledger";
import type { LeaveWindow } from "../leave-window/leave-window";
import type { PremiumTerms } from "../premium/premium";
import type { CalendarDate } from "../core/calendar-date";
import type { Money, RoundingRule } from "../core/money";
import type { AnyParameter, Citation, Parameter } from "../core/parameter";
import type { FamilyRelationship, Jurisdiction, LeaveReason, ProgramCode } from "../core/vocabulary";
import type { RuleContext } from "../evaluation/context";
import type { ValidatedRequest } from "../evaluation/request";

/** The legal date that selects parameters, and the program's documented rule for choosing it. */
export interface DateChoice {
  readonly date: CalendarDate;
  readonly rule: string;
  readonly cite: readonly Citation[];
}

export interface WageMeasure {
  /** "given": the request supplied the AWW (estimate or staff override); wage tests are skipped. */
  readonly source: "wage-records" | "given";
  readonly basePeriod: BasePeriod | null;
  /** The AWW after the program's rounding. */
  readonly averageWeeklyWage: Money;
}

export interface WeeklyBenefit {
  readonly amount: Money;
  /** The floor that applied to this claimant (null when the program has none). */
  readonly minimum: Money | null;
  /** The cap that applied (null when the program has none). */
  readonly maximum: Money | null;
}

/** Reasons a claimant is not eligible. Stable codes, like error codes. */
export const IneligibleCode = {
  LEAVE_REASON_NOT_COVERED: "LEAVE_REASON_NOT_COVERED",
  RELATIONSHIP_NOT_COVERED: "RELATIONSHIP_NOT_COVERED",
  INSUFFICIENT_HOURS: "INSUFFICIENT_HOURS",
  INSUFFICIENT_WAGES: "INSUFFICIENT_WAGES",
  WAGES_BELOW_BENEFIT_MULTIPLE: "WAGES_BELOW_BENEFIT_MULTIPLE",
  INSUFFICIENT_EMPLOYMENT: "INSUFFICIENT_EMPLOYMENT",
  BONDING_WINDOW_PASSED: "BONDING_WINDOW_PASSED",
  NO_WEEKS_REMAINING: "NO_WEEKS_REMAINING",
  /** The employer is below the program's size for this leave (DE: under 10 employees, unless it opted in). */
  EMPLOYER_NOT_COVERED: "EMPLOYER_NOT_COVERED",
  /** A self-employed claimant whose program offers no elective coverage, or whose coverage began after the leave. */
  SELF_EMPLOYMENT_NOT_COVERED: "SELF_EMPLOYMENT_NOT_COVERED",
  /** A self-employed claimant who has not paid the contributions the program requires before benefits (MA: 2 of the last 4 quarters). */
  INSUFFICIENT_CONTRIBUTIONS: "INSUFFICIENT_CONTRIBUTIONS",
} as const;
export type IneligibleCode = (typeof IneligibleCode)[keyof typeof IneligibleCode];

export interface IneligibleReason {
  readonly code: IneligibleCode;
  readonly message: string;
}

export type TestOutcome =
  | { readonly outcome: "passed" }
  | { readonly outcome: "failed"; readonly reason: IneligibleReason }
  | { readonly outcome: "skipped"; readonly why: string };

export interface EligibilityFacts {
  readonly request: ValidatedRequest;
  readonly wages: WageMeasure;
  readonly weeklyBenefit: Money;
}

export interface EligibilityTest {
  readonly id: string;
  /** "wages" tests are skipped when the request gives the AWW directly. */
  readonly kind: "wages" | "employment" | "leave";
  readonly what: string;
  run(facts: EligibilityFacts, ctx: RuleContext): TestOutcome;
}

export interface EntitlementFacts {
  readonly wages: WageMeasure;
  readonly weeklyBenefit: Money;
}

export interface BenefitRules {
  /** The window entitlement is counted over (benefit year or rolling look-back). */
  leaveWindow(request: ValidatedRequest): LeaveWindow;
  /** Which date selects the parameters in force for this claim. */
  parameterDate(request: ValidatedRequest, window: LeaveWindow): DateChoice;
  /** Base period and AWW from wage records. Throws a RulesError if the data cannot support it. */
  measureWages(request: ValidatedRequest, ctx: RuleContext): WageMeasure;
  /** The state average weekly wage the benefit uses, or null if the program has none. */
  stateAverageWeeklyWage(ctx: RuleContext): Money | null;
  /** The weekly benefit amount with the program's rounding, minimum and maximum. */
  weeklyBenefit(wages: WageMeasure, ctx: RuleContext): WeeklyBenefit;
  readonly eligibilityTests: readonly EligibilityTest[];
  /** `benefit` (optional to use) carries the wage measure and weekly benefit, for programs whose
   * total benefits are also capped in dollars (NJ TDI, CA SDI, RI). */
  entitlement(request: ValidatedRequest, window: LeaveWindow, ctx: RuleContext, benefit: EntitlementFacts): Entitlement;
  /** Unpaid waiting-period days for this leave (0 when none or waived). */
  waitingPeriodDays(request: ValidatedRequest, window: LeaveWindow, ctx: RuleContext): number;
}

export interface PremiumRules {
  /** The premium terms in force on `ctx.on` for an employer of `employerSize` employees. */
  terms(employerSize: number, ctx: RuleContext): PremiumTerms;
}

export interface ProrationRules {
  /** What a partial week is measured in. */
  readonly basis: "hours" | "days";
  readonly rounding: RoundingRule;
  /** Hours claimed are rounded down to whole hours before prorating (WA). */
  readonly wholeHoursOnly: boolean;
  /** Smallest claim that is payable in a week, in `basis` units (WA: 8 consecutive hours). */
  readonly minimumClaim: Parameter<number> | null;
  readonly cite: readonly Citation[];
}

export interface ProgramDefinition {
  readonly jurisdiction: Jurisdiction;
  readonly code: ProgramCode;
  readonly name: string;
  readonly agency: string;
  /** First date benefits are payable; a leave starting earlier is BENEFITS_NOT_YET_PAYABLE. */
  readonly firstBenefitDate: CalendarDate;
  readonly coveredLeaveReasons: readonly LeaveReason[];
  /** Family relationships covered, effective-dated (selected by the leave start date). */
  readonly familyRelationships: Parameter<readonly FamilyRelationship[]>;
  readonly benefit: BenefitRules;
  readonly premium: PremiumRules | null;
  readonly proration: ProrationRules | null;
  readonly deadlines: {
    /** Time the employer has to respond to (or contest) a claim notice. */
    readonly employerResponse: Parameter<DeadlinePeriod> | null;
    /** Time a claimant has to appeal a determination. */
    readonly appeal: Parameter<DeadlinePeriod> | null;
  };
  /** Every parameter the program uses (for the lint and temporal-coverage tests). */
  readonly parameters: readonly AnyParameter[];
}
