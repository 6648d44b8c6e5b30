// Claims as GraphQL: the Claim type (with per-field rules on who sees medical and family
// detail), the claimant's queries and the application mutations.
//
// Inputs use plain strings for dates and amounts on purpose: the services validate them with
// zod after authorization, so a bad date comes back as a field-level InvalidInputError the
// form can show, instead of a GraphQL variable error.
import type { EligibilitySnapshot } from "@openleave/db";
import { prismaQuery, reload } from "../../graphql/reload.ts";
import { builder, emptyList } from "../../graphql/builder.ts";
import {
  ClaimStatusEnum,
  FamilyRelationshipEnum,
  LeavePeriodDecisionEnum,
  LeavePeriodKindEnum,
  LeaveReasonEnum,
} from "../../graphql/enums.ts";
import { visibleDocumentsFilter } from "../documents/document-access.ts";
import { visibleNoticesOfVisibleClaim } from "../notices/notice-access.ts";
import { CLAIM_PARTY_SELECT, hiddenUnlessMedicalReader, mayReadMedicalDetail } from "../privacy/medical-detail.ts";
import { programToday } from "../programs/program-calendar.ts";
import { decisionDueDate } from "../programs/program-policy.ts";
import { canSeeClaim, visibleClaimsFilter } from "./claim-access.ts";
import { allowedClaimActions, ClaimActionEnum } from "./claim-actions.ts";
import { checkEligibility } from "./check-eligibility.ts";
import { createApplication } from "./create-application.ts";
import { discardApplication } from "./discard-application.ts";
import { submitApplication } from "./submit-application.ts";
import { updateApplication } from "./update-application.ts";
import { withdrawClaim } from "./withdraw-claim.ts";

// ───────────── Types ─────────────

const AWAITING_DECISION: ReadonlySet<string> = new Set([
  "SUBMITTED",
  "PENDING_EMPLOYER_RESPONSE",
  "IN_REVIEW",
  "INFO_REQUESTED",
]);

interface PrivatePlanRouting {
  administratorName: string;
  claimsContactPhone: string;
  claimsContactEmail: string | null;
}

// Only where to claim: the plan's application itself (funding, decision) is the employer's and staff's.
const PrivatePlanRoutingRef = builder.objectRef<PrivatePlanRouting>("PrivatePlanRouting").implement({
  description: "The private plan that handles a claim, and how the worker reaches it.",
  fields: (t) => ({
    administratorName: t.exposeString("administratorName"),
    claimsContactPhone: t.exposeString("claimsContactPhone"),
    claimsContactEmail: t.exposeString("claimsContactEmail", { nullable: true }),
  }),
});

export const ClaimRef = builder.prismaObject("Claim", {
  description: "An application (status DRAFT) or a submitted claim for benefits.",
  authScopes: (claim, ctx) => canSeeClaim(ctx.actor, claim),
  // What the visibility rule reads and the short columns every claim card shows, on every load
  // (see graphql/type-columns-plugin.ts); medical and family detail only when asked for.
  select: {
    id: true,
    claimantId: true,
    employerId: true,
    status: true,
    claimNumber: true,
    version: true,
    leaveReason: true,
    applicationDate: true,
    submittedAt: true,
    decidedAt: true,
    createdAt: true,
    updatedAt: true,
  },
  fields: (t) => ({
    id: t.exposeID("id"),
    claimNumber: t.exposeString("claimNumber", { nullable: true }),
    status: t.expose("status", { type: ClaimStatusEnum }),
    version: t.exposeInt("version", {
      description: "Send back as expectedVersion when deciding, so concurrent decisions cannot both win.",
    }),
    program: t.relation("program"),
    claimant: t.relation("claimant"),
    employer: t.relation("employer", { nullable: true }),
    leaveReason: t.expose("leaveReason", { type: LeaveReasonEnum, nullable: true }),
    familyRelationship: t.expose("familyRelationship", {
      type: FamilyRelationshipEnum,
      nullable: true,
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: () => null,
    }),
    familyMemberFirstName: t.exposeString("familyMemberFirstName", {
      nullable: true,
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: () => null,
    }),
    familyMemberLastName: t.exposeString("familyMemberLastName", {
      nullable: true,
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: () => null,
    }),
    familyMemberDateOfBirth: t.expose("familyMemberDateOfBirth", {
      type: "Date",
      nullable: true,
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: () => null,
    }),
    conditionDescription: t.exposeString("conditionDescription", {
      nullable: true,
      description: "Medical detail: visible to the claimant and staff, null for employers.",
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: () => null,
    }),
    applicationDate: t.expose("applicationDate", { type: "Date", nullable: true }),
    employmentStartDate: t.expose("employmentStartDate", {
      type: "Date",
      nullable: true,
      description: "First day with the employer, as the claimant states it.",
    }),
    employmentEndDate: t.expose("employmentEndDate", { type: "Date", nullable: true }),
    regularHoursPerWeek: t.expose("regularHoursPerWeek", { type: "Decimal", nullable: true }),
    hoursLast12Months: t.expose("hoursLast12Months", { type: "Decimal", nullable: true }),
    daysWorked: t.exposeInt("daysWorked", { nullable: true }),
    percentWorkTimeInState: t.expose("percentWorkTimeInState", { type: "Decimal", nullable: true }),
    birthOrPlacementDate: t.expose("birthOrPlacementDate", {
      type: "Date",
      nullable: true,
      description: "Family detail: visible to the claimant and staff, null for employers.",
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: () => null,
    }),
    weeklyWages: t.relation("weeklyWages", {
      description: "Recent weeks of gross pay the claimant stated (programs that average recent weeks).",
      query: { orderBy: { weekEnding: "desc" } },
    }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    expectedDecisionDate: t.field({
      type: "Date",
      nullable: true,
      description:
        "When staff aim to decide: the program's decision time from the day it was submitted (the review task's due date). Null before submission and once decided, withdrawn or closed.",
      select: { submittedAt: true, program: { select: { jurisdiction: true, code: true } } },
      resolve: (claim, _args, ctx) => {
        if (!claim.submittedAt || !AWAITING_DECISION.has(claim.status)) return null;
        const policy = ctx.config.programPolicy;
        const submittedOn = programToday(claim.program.jurisdiction, claim.submittedAt, policy);
        return decisionDueDate(claim.program, submittedOn, policy);
      },
    }),
    privatePlanRouting: t.field({
      type: PrivatePlanRoutingRef,
      nullable: true,
      description:
        "Set when the employer's approved private plan covers the leave: the plan, not the state, decides and pays it, and this is where the worker claims.",
      select: {
        privatePlan: { select: { administratorName: true, claimsContactPhone: true, claimsContactEmail: true } },
      },
      resolve: (claim) => claim.privatePlan,
    }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    leavePeriods: t.relation("leavePeriods", { query: { orderBy: { startDate: "asc" } } }),
    statusHistory: t.relation("statusHistory", { query: { orderBy: { at: "asc" } } }),
    // Selected inside the claim's own query (the latest snapshot, only the fields asked for),
    // so the claim review stays one statement.
    eligibility: t.field({
      type: EligibilitySnapshotRef,
      nullable: true,
      description: "The latest eligibility evaluation (claimant and staff only).",
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: () => null,
      select: (_args, _ctx, nestedSelection) => ({
        eligibilitySnapshots: nestedSelection({ orderBy: { computedAt: "desc" as const }, take: 1 }),
      }),
      // nestedSelection's result is not reflected in the parent's type; the select above loads it.
      resolve: (claim) =>
        (claim as unknown as { eligibilitySnapshots: EligibilitySnapshot[] }).eligibilitySnapshots[0] ?? null,
    }),
    documents: t.relation("documents", {
      query: (_args, ctx) => ({ where: visibleDocumentsFilter(ctx.actor), orderBy: { createdAt: "desc" } }),
    }),
    employerResponses: t.relation("employerResponses"),
    determinations: t.relation("determinations", { query: { orderBy: { decidedAt: "desc" } } }),
    appeals: t.relation("appeals", { query: { orderBy: { filedAt: "desc" } } }),
    // The claimant reads the notices sent to them, an employer its copies, staff all (notice-access.ts).
    notices: t.relation("notices", {
      query: (_args, ctx) => ({ where: visibleNoticesOfVisibleClaim(ctx.actor), orderBy: { createdAt: "desc" } }),
    }),
    infoRequests: t.relation("infoRequests", {
      query: { orderBy: { createdAt: "desc" } },
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: emptyList,
    }),
    payments: t.relation("payments", {
      query: { orderBy: { periodStart: "asc" } },
      authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
      unauthorizedResolver: emptyList,
    }),
    tasks: t.relation("tasks", {
      query: { orderBy: { dueAt: "asc" } },
      authScopes: { staff: true },
      unauthorizedResolver: emptyList,
    }),
    allowedActions: t.field({
      type: [ClaimActionEnum],
      description: "What the signed-in user may do with this claim now.",
      // The same arguments as the `determinations` field's own query, so that a page asking for
      // both gets one merged selection instead of a second read of the claim.
      select: {
        employerResponses: { select: { status: true, employerId: true } },
        determinations: { select: { id: true }, orderBy: { decidedAt: "desc" } },
      },
      resolve: (claim, _args, ctx) => allowedClaimActions(ctx.actor, claim),
    }),
  }),
});

builder.prismaObject("LeavePeriod", {
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: LeavePeriodKindEnum }),
    startDate: t.expose("startDate", { type: "Date" }),
    endDate: t.expose("endDate", { type: "Date" }),
    hoursPerWeek: t.expose("hoursPerWeek", { type: "Decimal", nullable: true }),
    episodesPerMonth: t.exposeInt("episodesPerMonth", { nullable: true }),
    hoursPerEpisode: t.expose("hoursPerEpisode", { type: "Decimal", nullable: true }),
    decision: t.expose("decision", { type: LeavePeriodDecisionEnum }),
  }),
});

builder.prismaObject("ClaimStatusChange", {
  fields: (t) => ({
    id: t.id({ resolve: (change) => String(change.id) }),
    fromStatus: t.expose("fromStatus", { type: ClaimStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: ClaimStatusEnum }),
    reason: t.string({
      nullable: true,
      description: "Why the status changed, as written; null for employers (medical-detail rule).",
      select: CLAIM_PARTY_SELECT,
      ...hiddenUnlessMedicalReader(),
      resolve: (change) => change.reason,
    }),
    at: t.expose("at", { type: "DateTime" }),
    changedBy: t.prismaField({
      type: "User",
      nullable: true,
      description: "Who made the change (null for the system); staff only.",
      authScopes: { staff: true },
      unauthorizedResolver: () => null,
      resolve: (query, change, _args, ctx) =>
        change.actorId ? ctx.db.user.findUnique({ ...query, where: { id: change.actorId } }) : null,
    }),
  }),
});

const EligibilitySnapshotRef = builder.prismaObject("EligibilitySnapshot", {
  description: "What the rules said about eligibility and benefit, with the steps and citations.",
  fields: (t) => ({
    id: t.exposeID("id"),
    computedAt: t.expose("computedAt", { type: "DateTime" }),
    eligible: t.exposeBoolean("eligible", {
      nullable: true,
      description: "Null when the rules could not decide; see errorCode.",
    }),
    errorCode: t.exposeString("errorCode", { nullable: true }),
    ineligibleReasons: t.expose("ineligibleReasons", { type: "JSON" }),
    basePeriodQuarters: t.exposeStringList("basePeriodQuarters"),
    basePeriodWages: t.expose("basePeriodWages", { type: "Decimal", nullable: true }),
    averageWeeklyWage: t.expose("averageWeeklyWage", { type: "Decimal", nullable: true }),
    stateAverageWeeklyWage: t.expose("stateAverageWeeklyWage", { type: "Decimal", nullable: true }),
    weeklyBenefitAmount: t.expose("weeklyBenefitAmount", { type: "Decimal", nullable: true }),
    maxWeeks: t.expose("maxWeeks", { type: "Decimal", nullable: true }),
    maxCombinedWeeks: t.expose("maxCombinedWeeks", { type: "Decimal", nullable: true }),
    remainingWeeks: t.expose("remainingWeeks", { type: "Decimal", nullable: true }),
    waitingPeriodDays: t.exposeInt("waitingPeriodDays", { nullable: true }),
    explanation: t.expose("explanation", { type: "JSON" }),
  }),
});

// ───────────── Queries ─────────────

builder.queryField("myClaims", (t) =>
  t.prismaConnection({
    type: "Claim",
    cursor: "id",
    authScopes: { claimant: true },
    description: "The signed-in claimant's applications and claims, newest first.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.claim.findMany({
        ...query,
        where: { claimantId: ctx.actor!.personId ?? "00000000-0000-0000-0000-000000000000" },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);

builder.queryField("claim", (t) =>
  t.prismaField({
    type: "Claim",
    nullable: true,
    authScopes: { signedIn: true },
    description: "One claim, if it exists and the signed-in user may see it.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      if (!isUuid(String(id))) return null;
      return ctx.db.claim.findFirst({
        ...prismaQuery(query),
        where: { AND: [{ id: String(id) }, visibleClaimsFilter(ctx.actor)] },
      });
    },
  }),
);

// ───────────── Claimant mutations ─────────────

const LeavePeriodInputRef = builder.inputType("LeavePeriodInput", {
  fields: (t) => ({
    kind: t.field({ type: LeavePeriodKindEnum, required: true }),
    startDate: t.string({ required: true, description: "YYYY-MM-DD" }),
    endDate: t.string({ required: true, description: "YYYY-MM-DD" }),
    hoursPerWeek: t.string({ description: "Reduced schedule: hours of leave per week." }),
    episodesPerMonth: t.int({ description: "Intermittent: expected episodes per month." }),
    hoursPerEpisode: t.string({ description: "Intermittent: hours per episode." }),
  }),
});

const WeeklyWageInputRef = builder.inputType("WeeklyWageInput", {
  fields: (t) => ({
    weekEnding: t.string({ required: true, description: "YYYY-MM-DD: last day of the pay week." }),
    wages: t.string({ required: true, description: 'Gross pay for the week, e.g. "1000.00".' }),
  }),
});

builder.prismaObject("ClaimWeeklyWage", {
  description: "One week of gross pay the claimant stated.",
  fields: (t) => ({
    weekEnding: t.expose("weekEnding", { type: "Date" }),
    wages: t.expose("wages", { type: "Decimal" }),
  }),
});

const CreateApplicationInputRef = builder.inputType("CreateApplicationInput", {
  fields: (t) => ({
    programId: t.id({ required: true }),
    employerId: t.id(),
    createKey: t.string({
      description: "A random key per 'start application' action; retries with the same key return the same draft.",
    }),
  }),
});

const UpdateApplicationInputRef = builder.inputType("UpdateApplicationInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    expectedVersion: t.int(),
    employerId: t.id(),
    employerFein: t.string({
      description:
        "An employer not in the claimant's wage records yet, by its FEIN (9 digits, dash allowed); it must be registered in the program's state. Wins over employerId.",
    }),
    leaveReason: t.field({ type: LeaveReasonEnum }),
    familyRelationship: t.field({ type: FamilyRelationshipEnum }),
    familyMemberFirstName: t.string(),
    familyMemberLastName: t.string(),
    familyMemberDateOfBirth: t.string({ description: "YYYY-MM-DD" }),
    conditionDescription: t.string(),
    leavePeriods: t.field({ type: [LeavePeriodInputRef], description: "Replaces all leave periods when given." }),
    employmentStartDate: t.string({ description: "YYYY-MM-DD: first day with the employer." }),
    employmentEndDate: t.string({ description: "YYYY-MM-DD: last day with the employer, if it ended." }),
    regularHoursPerWeek: t.string({ description: 'Hours usually worked a week, e.g. "40".' }),
    hoursLast12Months: t.string({ description: "Hours worked for the employer in the 12 months before leave." }),
    daysWorked: t.int({ description: "Days worked for the employer (NY DBL part-time test)." }),
    percentWorkTimeInState: t.string({ description: "Share (0–100) of work time spent in the program's state." }),
    birthOrPlacementDate: t.string({ description: "YYYY-MM-DD: the child's birth or placement." }),
    weeklyWages: t.field({
      type: [WeeklyWageInputRef],
      description: "Replaces all stated weeks of pay when given (programs that average recent weeks).",
    }),
  }),
});

builder.mutationField("createApplication", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: { claimant: true },
    args: { input: t.arg({ type: CreateApplicationInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "claim", (await createApplication(ctx, input)).id),
  }),
);

builder.mutationField("updateApplication", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: { claimant: true },
    description: "Saves partial progress on a draft application.",
    args: { input: t.arg({ type: UpdateApplicationInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "claim", (await updateApplication(ctx, input)).id),
  }),
);

builder.mutationField("submitApplication", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: { claimant: true },
    description: "Submits a draft. Safe to retry: a second submit returns the same claim.",
    args: {
      claimId: t.arg.id({ required: true }),
      attested: t.arg.boolean({
        description:
          "The claimant confirms the application is true; false is refused, true is recorded in the audit trail.",
      }),
    },
    resolve: async (query, _root, { claimId, attested }, ctx) =>
      reload(ctx, query, "claim", (await submitApplication(ctx, { claimId, attested })).id),
  }),
);

builder.mutationField("discardApplication", (t) =>
  t.boolean({
    errors: {},
    authScopes: { claimant: true },
    description: "Deletes a draft application that was never submitted.",
    args: { claimId: t.arg.id({ required: true }) },
    resolve: (_root, { claimId }, ctx) => discardApplication(ctx, { claimId }),
  }),
);

const WithdrawClaimInputRef = builder.inputType("WithdrawClaimInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    expectedVersion: t.int(),
    reason: t.string(),
  }),
});

builder.mutationField("withdrawClaim", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: { $any: { claimant: true, staff: true } },
    args: { input: t.arg({ type: WithdrawClaimInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) => reload(ctx, query, "claim", (await withdrawClaim(ctx, input)).id),
  }),
);

builder.mutationField("checkEligibility", (t) =>
  t.prismaField({
    type: "EligibilitySnapshot",
    errors: {},
    authScopes: { $any: { claimant: true, staff: true } },
    description: "Evaluates eligibility and the weekly benefit from reported wages, with the explanation.",
    args: { claimId: t.arg.id({ required: true }) },
    resolve: async (query, _root, { claimId }, ctx) =>
      reload(ctx, query, "eligibilitySnapshot", await checkEligibility(ctx, { claimId })),
  }),
);

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
