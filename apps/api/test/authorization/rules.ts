// THE AUTHORIZATION MATRIX: who may call every query and mutation, and who may see every field
// of every object type in apps/api/schema.graphql. The tests in ../authorization-schema.test.ts
// and ../bad-input-properties.test.ts walk the printed schema and fail when an operation or a
// field has no entry here, or when the running API lets a role do what this file forbids.
//
// Adding an operation or a field? Add its rule below (the failing test prints the exact line to
// paste). This file is a second, independent statement of the rules in the resolvers' authScopes:
// the tests check that the two agree, so write here what the product should allow, not what the
// code happens to do.
import type { Role } from "@openleave/db";

/** Who an operation is for. "staff" is ADJUDICATOR, SUPERVISOR, APPEALS_OFFICER and PROGRAM_ADMIN. */
export type Audience = "anyone" | "signedIn" | "staff" | Role;

/** Ids of the demo world, for probes that need a real record (see fixtures.ts). */
export interface Fixtures {
  claims: string[];
  /** María's claim waiting for her employer (Evergreen Robotics). */
  pendingClaim: string;
  appeals: string[];
  employers: string[];
  /** Evergreen Robotics, whose verified leave administrator is the LEAVE_ADMIN probe actor. */
  evergreen: string;
}

export interface OperationRule {
  /** Roles that get past authorization (anonymous only with "anyone"). Everyone else must be refused. */
  allow: readonly Audience[];
  /**
   * Arguments for the role probe, when generated ones would not tell authorization apart (the
   * rule depends on an argument, e.g. "your own employer"). Default: every required argument gets
   * a harmless placeholder (unknown ids), so an allowed probe changes nothing.
   */
  probe?: (f: Fixtures) => Record<string, unknown>;
  /** Queries: argument sets the field walk calls this entry point with (default `[{}]` when no argument is required). */
  walk?: (f: Fixtures) => Record<string, unknown>[];
  /** The operation revokes the caller's session (the probe signs the actor in again afterwards). */
  endsSession?: true;
  /** Tables a failed call still writes to on purpose (property test), and why. */
  writesOnError?: { tables: string[]; why: string };
}

/**
 * SAME: everyone who can see the parent object sees the same value.
 * VIEWER: the value depends on who asks (e.g. the actions they may take) but is no secret.
 * hiddenFrom: null or an empty list for viewers whose roles are all in the list.
 * maskedFor: a different, non-null value for those viewers (masked number, employer wording).
 * narrowedFor: a list those viewers see only part of.
 */
export type FieldRule =
  | "SAME"
  | "VIEWER"
  | { hiddenFrom: readonly Role[]; why: string; sometimes?: true }
  | { maskedFor: readonly Role[]; why: string }
  | { narrowedFor: readonly Role[]; why: string };

export const SAME = "SAME" as const;
export const VIEWER = "VIEWER" as const;
const hiddenFrom = (roles: Role[], why: string, sometimes?: true): FieldRule => ({ hiddenFrom: roles, why, sometimes });
const maskedFor = (roles: Role[], why: string): FieldRule => ({ maskedFor: roles, why });
const narrowedFor = (roles: Role[], why: string): FieldRule => ({ narrowedFor: roles, why });

const MEDICAL = "medical or family detail: the claimant and staff only, never the employer";
const STAFF_TEXT = "text staff write about a claim may describe the condition (medical-detail rule)";
const PERSONAL = "the person's own contact and identity detail: the person and staff only";

export const OPERATIONS: Record<string, OperationRule> = {
  // ───── Queries ─────
  "Query.appeal": { allow: ["signedIn"], walk: (f) => f.appeals.map((id) => ({ id })) },
  "Query.appeals": { allow: ["APPEALS_OFFICER", "SUPERVISOR"] },
  "Query.auditTrail": {
    allow: ["SUPERVISOR", "PROGRAM_ADMIN"],
    walk: (f) => [{ entityType: "Claim", entityId: f.pendingClaim }],
  },
  "Query.authProviders": { allow: ["anyone"] },
  "Query.claim": { allow: ["signedIn"], walk: (f) => f.claims.map((id) => ({ id })) },
  "Query.employerClaims": { allow: ["LEAVE_ADMIN"] },
  "Query.figureParameters": { allow: ["staff"] },
  "Query.publishedFigures": { allow: ["staff"] },
  "Query.myClaims": { allow: ["CLAIMANT"] },
  "Query.myEmployerLinks": { allow: ["signedIn"] },
  "Query.employerActionCounts": { allow: ["LEAVE_ADMIN"] },
  "Query.employerAdministrators": {
    allow: ["LEAVE_ADMIN"],
    probe: (f) => ({ employerId: f.evergreen }),
    walk: (f) => [{ employerId: f.evergreen }],
  },
  "Query.premiumStatements": {
    // Staff, and the employer's own verified leave administrators.
    allow: ["staff", "LEAVE_ADMIN"],
    probe: (f) => ({ employerId: f.evergreen }),
    walk: (f) => f.employers.map((employerId) => ({ employerId, includeHistory: true })),
  },
  "Query.myProfile": { allow: ["CLAIMANT"] },
  "Query.programs": { allow: ["anyone"] },
  "Query.viewer": { allow: ["anyone"] },
  "Query.wageReports": {
    // Staff, and the employer's own verified leave administrators.
    allow: ["staff", "LEAVE_ADMIN"],
    probe: (f) => ({ employerId: f.evergreen }),
    walk: (f) => f.employers.map((employerId) => ({ employerId })),
  },
  "Query.workQueue": { allow: ["staff"] },
  "Query.queueSummaries": { allow: ["staff"] },
  "Query.staffMembers": { allow: ["SUPERVISOR"] },
  "Query.staffAccounts": { allow: ["PROGRAM_ADMIN"] },
  "Query.paymentRuns": { allow: ["staff"] },
  "Query.jobRuns": { allow: ["staff"] },
  "Query.overpayments": { allow: ["staff"] },
  "Query.findClaims": {
    allow: ["staff"],
    writesOnError: { tables: ["AuditEvent"], why: "every staff search is audited, also one that finds nothing" },
  },

  // ───── Mutations ─────
  "Mutation.assignTask": { allow: ["staff"] },
  "Mutation.addClaimNote": { allow: ["staff"] },
  "Mutation.proposePublishedFigure": { allow: ["PROGRAM_ADMIN"] },
  "Mutation.decidePublishedFigure": { allow: ["PROGRAM_ADMIN"] },
  "Mutation.takeNextTask": { allow: ["staff"] },
  // Staff management (program administrators only).
  "Mutation.inviteStaffMember": { allow: ["PROGRAM_ADMIN"] },
  "Mutation.setStaffRoles": { allow: ["PROGRAM_ADMIN"] },
  "Mutation.disableStaffAccount": { allow: ["PROGRAM_ADMIN"] },
  "Mutation.enableStaffAccount": { allow: ["PROGRAM_ADMIN"] },
  "Mutation.checkEligibility": { allow: ["CLAIMANT", "staff"] },
  "Mutation.changePassword": {
    allow: ["signedIn"],
    writesOnError: {
      tables: ["SignInThrottle"],
      why: "every try counts against the per-account limit on password checks",
    },
  },
  "Mutation.createApplication": { allow: ["CLAIMANT"] },
  "Mutation.decideAppeal": { allow: ["APPEALS_OFFICER"] },
  "Mutation.discardApplication": { allow: ["CLAIMANT"] },
  "Mutation.fileAppeal": { allow: ["CLAIMANT", "LEAVE_ADMIN"] },
  "Mutation.extendSession": { allow: ["signedIn"] },
  "Mutation.importWageReport": {
    // Program administrators, and the employer's own verified leave administrators.
    allow: ["LEAVE_ADMIN", "PROGRAM_ADMIN"],
    probe: (f) => ({
      input: { employerId: f.evergreen, year: 2026, quarter: 1, fileName: "probe.csv", csv: "not a wage report" },
    }),
  },
  "Mutation.recordDetermination": { allow: ["ADJUDICATOR", "SUPERVISOR"] },
  "Mutation.linkIdentity": {
    allow: ["CLAIMANT"],
    writesOnError: {
      tables: ["User", "AuditEvent"],
      why: "a refused identity match uses up one of the account's few tries, and the refusal is audited",
    },
  },
  "Mutation.resendVerificationEmail": { allow: ["signedIn"] },
  "Mutation.requestDocumentUpload": { allow: ["signedIn"] },
  "Mutation.requestInformation": { allow: ["ADJUDICATOR", "SUPERVISOR"] },
  "Mutation.requestPasswordReset": { allow: ["anyone"] },
  "Mutation.resetPassword": { allow: ["anyone"] },
  "Mutation.respondToClaim": { allow: ["LEAVE_ADMIN"] },
  "Mutation.requestEmployerAccess": { allow: ["signedIn"] },
  "Mutation.inviteLeaveAdministrator": {
    // Verified administrators of the employer (checked in the service); the probe's address is invalid.
    allow: ["LEAVE_ADMIN"],
    probe: (f) => ({ input: { employerId: f.evergreen, email: "not an address" } }),
  },
  "Mutation.acceptLeaveAdministratorInvitation": { allow: ["signedIn"] },
  "Mutation.removeLeaveAdministrator": { allow: ["LEAVE_ADMIN"] },
  "Mutation.verifyEmployerAccess": {
    allow: ["LEAVE_ADMIN"],
    writesOnError: {
      tables: ["LeaveAdministrator", "AuditEvent"],
      why: "a wrong amount uses up one of the limited tries, and the try is audited",
    },
  },
  "Mutation.requestVerificationHelp": { allow: ["LEAVE_ADMIN"] },
  "Mutation.respondToInformationRequest": { allow: ["CLAIMANT"] },
  "Mutation.revealTaxId": { allow: ["ADJUDICATOR", "SUPERVISOR", "APPEALS_OFFICER"] },
  "Mutation.reviewDocument": { allow: ["staff"] },
  "Mutation.scheduleHearing": { allow: ["APPEALS_OFFICER"] },
  "Mutation.setPaymentPreference": { allow: ["CLAIMANT"] },
  // A future date is refused after authorization, so an allowed probe starts no run.
  "Mutation.importAchReturns": { allow: ["SUPERVISOR", "PROGRAM_ADMIN"] },
  "Mutation.waiveOverpayment": { allow: ["SUPERVISOR", "PROGRAM_ADMIN"] },
  "Mutation.recordOverpayment": { allow: ["SUPERVISOR", "PROGRAM_ADMIN"] },
  "Mutation.startPaymentRun": { allow: ["SUPERVISOR", "PROGRAM_ADMIN"], probe: () => ({ runDate: "2999-01-01" }) },
  "Mutation.setPreferredLanguage": { allow: ["signedIn"] },
  "Mutation.signIn": {
    allow: ["anyone"],
    writesOnError: {
      tables: ["SignInAttempt", "SignInThrottle", "AuditEvent", "User"],
      why: "a failed sign-in is counted (rate limit, lockout) and audited",
    },
  },
  "Mutation.signOut": { allow: ["anyone"], endsSession: true },
  "Mutation.signUp": {
    allow: ["anyone"],
    writesOnError: { tables: ["SignInThrottle"], why: "every try counts against the address's sign-up limit" },
  },
  "Mutation.startReview": { allow: ["ADJUDICATOR", "SUPERVISOR"] },
  "Mutation.submitApplication": { allow: ["CLAIMANT"] },
  "Mutation.updateApplication": { allow: ["CLAIMANT"] },
  "Mutation.updateMyContact": { allow: ["CLAIMANT"] },
  "Mutation.verifyEmail": { allow: ["anyone"] },
  "Mutation.withdrawAppeal": { allow: ["CLAIMANT", "LEAVE_ADMIN"] },
  "Mutation.withdrawClaim": { allow: ["CLAIMANT", "staff"] },
};

export const FIELDS: Record<string, Record<string, FieldRule>> = {
  Appeal: {
    allowedActions: VIEWER,
    appellantRole: SAME,
    claim: SAME,
    deadline: SAME,
    decidedAt: SAME,
    decisionSummary: maskedFor(
      ["LEAVE_ADMIN"],
      "the officer's summary may discuss health: employers get the outcome in words",
    ),
    determination: SAME,
    filedAt: SAME,
    filedLate: SAME,
    hearingAt: SAME,
    id: SAME,
    officer: SAME,
    outcome: SAME,
    reason: hiddenFrom(["LEAVE_ADMIN"], "a claimant's grounds may describe their health", true),
    status: SAME,
    version: SAME,
  },
  AuditEvent: {
    action: SAME,
    actor: SAME,
    actorId: SAME,
    actorRoles: SAME,
    at: SAME,
    changedFields: SAME,
    entityId: SAME,
    entityType: SAME,
    id: SAME,
    metadata: SAME,
    requestId: SAME,
  },
  AuthProviders: { oidc: SAME, password: SAME },
  ChangePasswordPayload: { otherSessionsSignedOut: SAME },
  Claim: {
    allowedActions: VIEWER,
    appeals: SAME,
    applicationDate: SAME,
    claimNumber: SAME,
    claimant: SAME,
    conditionDescription: hiddenFrom(["LEAVE_ADMIN"], MEDICAL),
    createdAt: SAME,
    decidedAt: SAME,
    determinations: SAME,
    documents: narrowedFor(["LEAVE_ADMIN"], "employers see only the evidence they uploaded"),
    eligibility: hiddenFrom(["LEAVE_ADMIN"], "the claimant's wages and benefit"),
    employer: SAME,
    employerResponses: SAME,
    familyMemberDateOfBirth: hiddenFrom(["LEAVE_ADMIN"], MEDICAL),
    familyMemberFirstName: hiddenFrom(["LEAVE_ADMIN"], MEDICAL),
    familyMemberLastName: hiddenFrom(["LEAVE_ADMIN"], MEDICAL),
    familyRelationship: hiddenFrom(["LEAVE_ADMIN"], MEDICAL),
    id: SAME,
    infoRequests: hiddenFrom(["LEAVE_ADMIN"], "staff's questions about the condition"),
    leavePeriods: SAME,
    leaveReason: SAME,
    notices: narrowedFor(
      ["LEAVE_ADMIN", "CLAIMANT"],
      "the claimant reads the notices sent to them (they may explain a medical decision), an employer only its copies",
    ),
    payments: hiddenFrom(["LEAVE_ADMIN"], "the claimant's benefit payments"),
    overpayments: hiddenFrom(["LEAVE_ADMIN"], "what the claimant owes back"),
    emails: hiddenFrom(["LEAVE_ADMIN"], MEDICAL),
    program: SAME,
    status: SAME,
    statusHistory: SAME,
    submittedAt: SAME,
    tasks: hiddenFrom(["CLAIMANT", "LEAVE_ADMIN"], "internal staff work items"),
    notes: hiddenFrom(["CLAIMANT", "LEAVE_ADMIN"], STAFF_TEXT),
    auditTrail: hiddenFrom(["CLAIMANT", "LEAVE_ADMIN"], "staff's record of who read and changed the claim"),
    updatedAt: SAME,
    version: SAME,
    withdrawnAt: SAME,
    // Employment facts and dates the claimant gave (issue 7); the employer confirms them.
    birthOrPlacementDate: SAME,
    daysWorked: SAME,
    employmentEndDate: SAME,
    employmentStartDate: SAME,
    hoursLast12Months: SAME,
    percentWorkTimeInState: SAME,
    regularHoursPerWeek: SAME,
    weeklyWages: SAME,
  },
  ClaimNote: { author: SAME, body: SAME, createdAt: SAME, id: SAME },
  ClaimStatusChange: {
    at: SAME,
    changedBy: hiddenFrom(["CLAIMANT", "LEAVE_ADMIN"], "which staff member acted is internal", true),
    fromStatus: SAME,
    id: SAME,
    reason: hiddenFrom(["LEAVE_ADMIN"], STAFF_TEXT),
    toStatus: SAME,
  },
  Determination: {
    appealDeadline: SAME,
    approvedEndDate: SAME,
    approvedStartDate: SAME,
    decidedAt: SAME,
    decidedBy: SAME,
    explanation: maskedFor(
      ["LEAVE_ADMIN"],
      "staff's explanation may describe the condition: employers get employer wording",
    ),
    id: SAME,
    outcome: SAME,
    reasonCode: SAME,
    superseded: SAME,
    weeklyBenefitAmount: SAME,
  },
  Document: {
    createdAt: SAME,
    downloadPath: SAME,
    fileName: SAME,
    id: SAME,
    mimeType: SAME,
    reviewNote: hiddenFrom(["LEAVE_ADMIN"], STAFF_TEXT),
    sha256: SAME,
    sizeBytes: SAME,
    status: SAME,
    type: SAME,
    uploadedAt: SAME,
  },
  DocumentUpload: { document: SAME, expiresAt: SAME, maxBytes: SAME, uploadUrl: SAME },
  EligibilitySnapshot: {
    averageWeeklyWage: SAME,
    basePeriodQuarters: SAME,
    basePeriodWages: SAME,
    computedAt: SAME,
    eligible: SAME,
    errorCode: SAME,
    explanation: SAME,
    id: SAME,
    ineligibleReasons: SAME,
    maxCombinedWeeks: SAME,
    maxWeeks: SAME,
    remainingWeeks: SAME,
    stateAverageWeeklyWage: SAME,
    waitingPeriodDays: SAME,
    weeklyBenefitAmount: SAME,
  },
  Employer: {
    dba: SAME,
    employeeCount: hiddenFrom(["CLAIMANT"], "the employer's size: staff and its own administrators"),
    fein: maskedFor(["CLAIMANT"], "the full FEIN: staff and the employer's own administrators"),
    id: SAME,
    jurisdiction: SAME,
    name: SAME,
  },
  EmployerActionCounts: { awaitingResponse: SAME, contested: SAME, dueSoon: SAME },
  EmployerResponse: {
    comment: hiddenFrom(["CLAIMANT"], "the employer's own words: staff and the employer's administrators"),
    correctedFields: SAME,
    otherPaidLeave: SAME,
    reportedHoursPerWeek: SAME,
    reportedLeaveEnd: SAME,
    reportedLeaveStart: SAME,
    reportedStartDate: SAME,
    contestReasonChoices: SAME,
    contestReasons: SAME,
    dueDate: SAME,
    dueSoon: SAME,
    dueDateBasis: SAME,
    employer: SAME,
    id: SAME,
    respondedAt: SAME,
    status: SAME,
    version: SAME,
  },
  InfoRequest: { createdAt: SAME, dueDate: SAME, id: SAME, message: SAME, respondedAt: SAME, response: SAME },
  EmployerAdministrator: { email: SAME, id: SAME, name: SAME, verificationMethod: SAME, verified: SAME, you: SAME },
  LeaveAdministratorInvitation: { createdAt: SAME, email: SAME, expiresAt: SAME, id: SAME },
  // Premium statements and private plans: the employer's own administrators and staff see the same figures.
  PremiumStatement: {
    amountDue: SAME,
    createdAt: SAME,
    current: SAME,
    employeeRate: SAME,
    employeeShare: SAME,
    employerRate: SAME,
    employerShare: SAME,
    employerShareRequired: SAME,
    employerSize: SAME,
    exempt: SAME,
    id: SAME,
    privatePlan: SAME,
    program: SAME,
    quarter: SAME,
    reason: SAME,
    supersededAt: SAME,
    taxableWages: SAME,
    totalRate: SAME,
    totalWages: SAME,
    version: SAME,
    wageCap: SAME,
    wageReport: SAME,
    workerCount: SAME,
    year: SAME,
  },
  PrivatePlan: {
    administratorName: SAME,
    claimsContactEmail: SAME,
    claimsContactPhone: SAME,
    decidedAt: SAME,
    decisionReason: SAME,
    documents: SAME,
    effectiveFrom: SAME,
    effectiveTo: SAME,
    employer: SAME,
    funding: SAME,
    id: SAME,
    policyNumber: SAME,
    requestedEffectiveDate: SAME,
    status: SAME,
    submittedAt: SAME,
    submittedBy: SAME,
    version: SAME,
  },
  LeaveAdministrator: {
    employer: SAME,
    helpRequestedAt: SAME,
    id: SAME,
    verificationAttemptsRemaining: SAME,
    verificationLocked: SAME,
    verified: SAME,
    verifiedAt: SAME,
  },
  LeavePeriod: {
    decision: SAME,
    endDate: SAME,
    episodesPerMonth: SAME,
    hoursPerEpisode: SAME,
    hoursPerWeek: SAME,
    id: SAME,
    kind: SAME,
    startDate: SAME,
  },
  Notice: {
    audience: SAME,
    body: SAME,
    createdAt: SAME,
    deliveredAt: SAME,
    id: SAME,
    kind: SAME,
    language: SAME,
    pdfUrl: SAME,
    subject: SAME,
    templateVersion: SAME,
  },
  // Reached only through Person.mailingAddress, which is hidden from employers.
  MailingAddress: { city: SAME, line1: SAME, line2: SAME, postalCode: SAME, state: SAME },
  OidcProvider: { label: SAME, startUrl: SAME },
  Overpayment: {
    amount: SAME,
    balance: SAME,
    claim: SAME,
    createdAt: SAME,
    id: SAME,
    reason: SAME,
    recoveredAmount: SAME,
    status: SAME,
    waivedAt: SAME,
    waiverReason: SAME,
  },
  ClaimEmail: {
    body: SAME,
    createdAt: SAME,
    id: SAME,
    kind: SAME,
    language: SAME,
    sentAt: SAME,
    status: SAME,
    subject: SAME,
  },
  AchReturnImport: { createdAt: SAME, fileName: SAME, id: SAME, returnedCount: SAME, unmatchedCount: SAME },
  Payment: {
    accountNumberMasked: SAME,
    isReissue: SAME,
    recoveryOffset: SAME,
    returnCode: SAME,
    returnReason: SAME,
    returnedAt: SAME,
    sentAt: SAME,
    settledAt: SAME,
    statusReason: SAME,
    federalWithholding: SAME,
    gross: SAME,
    id: SAME,
    method: SAME,
    net: SAME,
    paidAt: SAME,
    periodEnd: SAME,
    periodStart: SAME,
    scheduledFor: SAME,
    stateWithholding: SAME,
    status: SAME,
  },
  PaymentBatch: {
    count: SAME,
    createdAt: SAME,
    downloadPath: hiddenFrom(
      ["ADJUDICATOR", "APPEALS_OFFICER"],
      "the ACH file and check register hold full bank account numbers: supervisors and program administrators only",
    ),
    fileName: SAME,
    fileSha256: SAME,
    id: SAME,
    method: SAME,
    sentAt: SAME,
    settledAt: SAME,
    settlementDate: SAME,
    status: SAME,
    totalNet: SAME,
  },
  PaymentRun: {
    batches: SAME,
    createdAt: SAME,
    finishedAt: SAME,
    held: SAME,
    id: SAME,
    lastError: SAME,
    paymentCount: SAME,
    reroutedToCheck: SAME,
    runDate: SAME,
    startedAt: SAME,
    startedByStaff: SAME,
    status: SAME,
    totalNet: SAME,
  },
  JobRun: {
    attempts: SAME,
    createdAt: SAME,
    finishedAt: SAME,
    id: SAME,
    key: SAME,
    lastError: SAME,
    maxAttempts: SAME,
    name: SAME,
    runAt: SAME,
    status: SAME,
  },
  PaymentPreference: {
    accountNumberMasked: SAME,
    accountType: SAME,
    createdAt: SAME,
    federalWithholdingElected: SAME,
    id: SAME,
    method: SAME,
    routingNumber: SAME,
  },
  Person: {
    dateOfBirth: hiddenFrom(["LEAVE_ADMIN"], PERSONAL),
    email: hiddenFrom(["LEAVE_ADMIN"], PERSONAL),
    employers: hiddenFrom(["LEAVE_ADMIN"], "the person's other employers"),
    firstName: SAME,
    id: SAME,
    lastName: SAME,
    mailingAddress: hiddenFrom(["LEAVE_ADMIN"], PERSONAL),
    paymentPreference: hiddenFrom(["LEAVE_ADMIN"], "how the person is paid"),
    phone: hiddenFrom(["LEAVE_ADMIN"], PERSONAL),
    taxIdMasked: SAME,
    wageRecords: hiddenFrom(["LEAVE_ADMIN"], "wages other employers reported"),
  },
  Program: { active: SAME, code: SAME, id: SAME, jurisdiction: SAME, name: SAME, rules: SAME },
  // Figures the deployment publishes (staff only; program administrators propose and decide).
  PublishedFigure: {
    canDecide: VIEWER,
    citationHref: SAME,
    citationSection: SAME,
    citationTitle: SAME,
    decidedAt: SAME,
    decidedBy: SAME,
    decisionNote: SAME,
    effectiveFrom: SAME,
    effectiveTo: SAME,
    id: SAME,
    parameter: SAME,
    parameterId: SAME,
    proposedAt: SAME,
    proposedBy: SAME,
    status: SAME,
    value: SAME,
    version: SAME,
  },
  // Staff accounts as program administrators manage them (only they read the type).
  StaffAccount: {
    createdAt: SAME,
    disabledAt: SAME,
    email: SAME,
    id: SAME,
    invitationPending: SAME,
    // Moves whenever the person signs in, which the walk itself does between readers.
    lastSignedInAt: VIEWER,
    name: SAME,
    preferredLanguage: SAME,
    roles: SAME,
  },
  FigureParameter: {
    description: SAME,
    id: SAME,
    label: SAME,
    packagedUntil: SAME,
    programs: SAME,
    unit: SAME,
    valueKind: SAME,
  },
  SignInPayload: { csrfToken: SAME, userId: SAME },
  // Counts per queue the viewer works: which queues, and so each row, depend on the role.
  QueueSummary: { oldestDueAt: VIEWER, open: VIEWER, overdue: VIEWER, queue: VIEWER, unassigned: VIEWER },
  Task: {
    assignee: SAME,
    claim: SAME,
    completedAt: SAME,
    createdAt: SAME,
    dueAt: SAME,
    employer: SAME,
    id: SAME,
    kind: SAME,
    overdue: SAME,
    queue: SAME,
    status: SAME,
  },
  User: { id: SAME, name: SAME },
  Viewer: {
    email: SAME,
    emailVerifiedAt: SAME,
    id: SAME,
    name: SAME,
    personId: SAME,
    preferredLanguage: SAME,
    roles: SAME,
    sessionExpiresAt: VIEWER,
    verifiedEmployerIds: SAME,
  },
  WageRecord: { employer: SAME, hours: SAME, id: SAME, quarter: SAME, wages: SAME, year: SAME },
  WageReport: {
    acceptedCount: SAME,
    createdAt: SAME,
    employer: SAME,
    fileName: SAME,
    id: SAME,
    quarter: SAME,
    rejectedCount: SAME,
    rejections: SAME,
    rejectionsTruncated: SAME,
    rowCount: SAME,
    sha256: SAME,
    status: SAME,
    submittedBy: SAME,
    year: SAME,
  },
  WageRowRejection: { code: SAME, field: SAME, message: SAME, row: SAME },
  // Program knowledge from the rules catalog: public, like the programs list.
  Citation: {
    file: SAME,
    grade: SAME,
    href: SAME,
    section: SAME,
    title: SAME,
  },
  DaysFact: {
    days: SAME,
    source: SAME,
  },
  DeadlinePeriod: {
    amount: SAME,
    calendar: SAME,
    unit: SAME,
  },
  DeadlinePeriodFact: {
    source: SAME,
    value: SAME,
  },
  DenialReason: {
    code: SAME,
    ineligibleCodes: SAME,
    label: SAME,
  },
  FilingOffset: {
    amount: SAME,
    unit: SAME,
  },
  FilingOffsetFact: {
    source: SAME,
    value: SAME,
  },
  PolicySource: {
    citations: SAME,
    kind: SAME,
    note: SAME,
  },
  ProgramRules: {
    agency: SAME,
    applicationFacts: SAME,
    appealHearingTime: SAME,
    appealPeriod: SAME,
    coveredFamilyRelationships: SAME,
    coveredLeaveReasons: SAME,
    decisionTime: SAME,
    denialReasons: SAME,
    denialReasonsSource: SAME,
    earliestFilingBeforeLeave: SAME,
    employerResponsePeriod: SAME,
    familyMemberReasons: SAME,
    ownHealthReasons: SAME,
    firstBenefitDate: SAME,
    latestFilingAfterLeaveStart: SAME,
    name: SAME,
    parametersKnownThrough: SAME,
    timeZone: SAME,
  },
  TextFact: {
    source: SAME,
    value: SAME,
  },
  ClaimWeeklyWage: { wages: SAME, weekEnding: SAME },
};
