/**
 * @openleave/rules — the public entry point (the only one; import nothing else from the package).
 *
 * A pure, multi-jurisdiction paid-leave rules engine: eligibility, average weekly wage, weekly
 * benefit, entitlement, waiting period, premiums and deadlines, each with an explanation of the
 * steps, the parameters used (value, effective date, citation) and the rounding applied.
 * Money is decimal strings in and out; dates are YYYY-MM-DD calendar dates.
 */
export { evaluate } from "./evaluation/evaluate";
export type { EvaluateOptions } from "./evaluation/evaluate";
export {
  catalogParameter,
  checkProposedFigure,
  parameterCatalog,
  publishedFigures,
} from "./published-figures/parameter-catalog";
export type { CatalogParameter } from "./published-figures/parameter-catalog";
export { PublishedFigures } from "./published-figures/published-figures";
export type {
  PublishedFigureInput,
  PublishedFigureProblem,
  PublishedValueKind,
} from "./published-figures/published-figures";
export { isErrorResult } from "./evaluation/result";
export type { BasePeriodResult, ErrorBody, EvaluationErrorResult, EvaluationResult } from "./evaluation/result";
export type { JsonValue } from "./evaluation/request";
export {
  employmentFactsSchema,
  evaluationRequestSchema,
  priorLeaveSchema,
  selfEmploymentSchema,
  wageQuarterSchema,
  weeklyWageSchema,
} from "./evaluation/contract";
export type {
  EmploymentFactsInput,
  EvaluationRequest,
  PriorLeaveInput,
  SelfEmploymentInput,
  WageQuarterInput,
  WeeklyWageInput,
} from "./evaluation/contract";

export { listPrograms, programCatalog } from "./catalog/catalog";
export { SELF_EMPLOYED_COVERAGE } from "./self-employment/coverage";
export type { SelfEmployedCoverage } from "./self-employment/coverage";
export { benefitRefusalsOf, KNOWN_REFUSALS } from "./parameter-coverage/known-refusals";
export type { KnownRefusal } from "./parameter-coverage/known-refusals";
export {
  APPLICATION_FACTS,
  applicationFactsFor,
  reasonIsOwnHealth,
  reasonNeedsFamilyMember,
} from "./catalog/application-facts";
export type { ApplicationFact } from "./catalog/application-facts";
export { CLAIM_DOCUMENT_KINDS, requiredDocumentsFor } from "./catalog/required-documents";
export type { ClaimDocumentKind } from "./catalog/required-documents";
export {
  allProgramRules,
  appealDue,
  checkPolicyOverrides,
  employerResponseDue,
  filingWindowDates,
  jurisdictionTimeZone,
  policyOverridesSchema,
  programRules,
} from "./catalog/program-rules";
export type {
  FilingWindowDates,
  PolicyDeadlineInput,
  PolicyDueDate,
  PolicyOverrides,
  ProgramPolicyOverride,
  ProgramRules,
  ProgramRulesInput,
} from "./catalog/program-rules";
export type { PolicyFact, PolicySource } from "./catalog/policy-fact";
export { overpaymentOffsetRate, OVERPAYMENT_OFFSET_RATES } from "./catalog/overpayment-recovery";
export type { OffsetRateFact } from "./catalog/overpayment-recovery";
export type { FilingOffset, FilingWindow } from "./catalog/filing-windows";
export type { DenialReason } from "./catalog/denial-reasons";
export type { DeadlinePeriod } from "./deadlines/business-days";
export type { CatalogEntry, ProgramSummary } from "./catalog/catalog";
export { appealDeadline, employerResponseDeadline } from "./deadlines/program-deadlines";
export type { AppealDeadlineInput, DeadlineResult, EmployerResponseDeadlineInput } from "./deadlines/program-deadlines";
export { calculatePremium } from "./premium/calculate-premium";
export type { PremiumInput, PremiumResult } from "./premium/calculate-premium";
export { calculatePayrollPremium } from "./premium/calculate-payroll-premium";
export { privatePlanOption } from "./private-plans/private-plan-option";
export type { PrivatePlanFundingKind, PrivatePlanOption } from "./private-plans/private-plan-option";
export type { PayrollPremiumInput, PayrollPremiumResult } from "./premium/calculate-payroll-premium";
export { prorateWeeklyBenefit } from "./proration/prorate-weekly-benefit";
export type { ProrationInput, ProrationResult } from "./proration/prorate-weekly-benefit";
export { isRulesErrorResult } from "./core/rules-error-result";
export type { RulesErrorResult } from "./core/rules-error-result";
export { addBusinessDaysOn, holidaysOn } from "./deadlines/business-days-on";
export type { BusinessDaysInput, BusinessDaysResult, HolidaysInput } from "./deadlines/business-days-on";

export { ErrorCode } from "./core/errors";
export { IneligibleCode } from "./programs/program";
export type { IneligibleReason } from "./programs/program";
export type { ExplanationStep, ExplanationValue } from "./core/explanation";
export type { Citation, ParameterSource, ParameterUse, SourceGrade } from "./core/parameter";
export {
  EMPLOYER_CONTEST_REASONS,
  FAMILY_RELATIONSHIPS,
  GRIEVANCE_FINDING_REASONS,
  LEAVE_REASONS,
  PROGRAM_CATALOG,
} from "./core/vocabulary";
export type { GrievanceFindingOutcome, GrievanceFindingReason } from "./core/vocabulary";
export type { EmployerContestReason, FamilyRelationship, LeaveReason } from "./core/vocabulary";
