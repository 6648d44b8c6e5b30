-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CLAIMANT', 'LEAVE_ADMIN', 'ADJUDICATOR', 'SUPERVISOR', 'APPEALS_OFFICER', 'PROGRAM_ADMIN');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('EN', 'ES');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('ACH', 'CHECK');

-- CreateEnum
CREATE TYPE "BankAccountType" AS ENUM ('CHECKING', 'SAVINGS');

-- CreateEnum
CREATE TYPE "WageReportStatus" AS ENUM ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PENDING_EMPLOYER_RESPONSE', 'IN_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'PARTIALLY_APPROVED', 'DENIED', 'WITHDRAWN', 'CLOSED');

-- CreateEnum
CREATE TYPE "LeaveReason" AS ENUM ('OWN_HEALTH', 'BONDING', 'FAMILY_CARE', 'MILITARY_EXIGENCY', 'MILITARY_CAREGIVER', 'SAFE_LEAVE', 'ORGAN_DONATION', 'PREGNANCY', 'PRENATAL');

-- CreateEnum
CREATE TYPE "FamilyRelationship" AS ENUM ('SPOUSE', 'DOMESTIC_PARTNER', 'CHILD', 'CHILD_SPOUSE', 'PARENT', 'PARENT_IN_LAW', 'IN_LOCO_PARENTIS', 'GRANDPARENT', 'GRANDCHILD', 'SIBLING', 'HOUSEHOLD_MEMBER', 'DEPENDENT_EXPECTING_CARE', 'CHOSEN_FAMILY', 'OTHER_BLOOD_RELATIVE');

-- CreateEnum
CREATE TYPE "LeavePeriodKind" AS ENUM ('CONTINUOUS', 'INTERMITTENT', 'REDUCED_SCHEDULE');

-- CreateEnum
CREATE TYPE "LeavePeriodDecision" AS ENUM ('PENDING', 'APPROVED', 'DENIED');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('IDENTITY_PROOF', 'MEDICAL_CERTIFICATION', 'FAMILY_CARE_CERTIFICATION', 'BIRTH_OR_PLACEMENT_PROOF', 'MILITARY_EXIGENCY_PROOF', 'EMPLOYER_EVIDENCE', 'APPEAL_EVIDENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('AWAITING_UPLOAD', 'UPLOADED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "EmployerResponseStatus" AS ENUM ('PENDING', 'CONFIRMED', 'CONTESTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ContestReason" AS ENUM ('NOT_EMPLOYED', 'DATES_INCORRECT', 'WAGES_INCORRECT', 'INSUFFICIENT_NOTICE', 'PRIVATE_PLAN_COVERS', 'OTHER');

-- CreateEnum
CREATE TYPE "DeterminationOutcome" AS ENUM ('APPROVED', 'PARTIALLY_APPROVED', 'DENIED');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('ACKNOWLEDGMENT', 'INFO_REQUEST', 'APPROVAL', 'PARTIAL_APPROVAL', 'DENIAL', 'WITHDRAWAL', 'APPEAL_ACKNOWLEDGMENT', 'APPEAL_DECISION');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('FILED', 'HEARING_SCHEDULED', 'DECIDED', 'WITHDRAWN', 'DISMISSED');

-- CreateEnum
CREATE TYPE "AppellantRole" AS ENUM ('CLAIMANT', 'EMPLOYER');

-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('AFFIRMED', 'REVERSED', 'MODIFIED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('SCHEDULED', 'IN_BATCH', 'SENT', 'PAID', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentBatchStatus" AS ENUM ('OPEN', 'GENERATED', 'SENT', 'SETTLED');

-- CreateEnum
CREATE TYPE "OverpaymentStatus" AS ENUM ('OPEN', 'IN_RECOVERY', 'RECOVERED', 'WAIVED');

-- CreateEnum
CREATE TYPE "TaskQueue" AS ENUM ('ADJUDICATION', 'EMPLOYER_RESPONSE', 'DOCUMENT_REVIEW', 'APPEALS', 'PAYMENTS');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('REVIEW_CLAIM', 'EMPLOYER_RESPONSE', 'REVIEW_DOCUMENT', 'REVIEW_INFO_RESPONSE', 'HOLD_APPEAL_HEARING', 'RESOLVE_PAYMENT');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "roles" "Role"[],
    "passwordHash" TEXT,
    "oidcIssuer" TEXT,
    "oidcSubject" TEXT,
    "preferredLanguage" "Language" NOT NULL DEFAULT 'EN',
    "failedSignInCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "personId" UUID,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "csrfHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "emailHash" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" UUID NOT NULL,
    "fein" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dba" TEXT,
    "jurisdiction" TEXT NOT NULL,
    "employeeCount" INTEGER NOT NULL,
    "privatePlanExempt" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaveAdministrator" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3),
    "verificationMethod" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaveAdministrator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE,
    "ssnEncrypted" TEXT NOT NULL,
    "ssnHash" TEXT NOT NULL,
    "ssnLast4" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postalCode" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentPreference" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "routingNumber" TEXT,
    "accountNumberEncrypted" TEXT,
    "accountNumberHash" TEXT,
    "accountNumberLast4" TEXT,
    "accountType" "BankAccountType",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "PaymentPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employment" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "hoursPerWeek" DECIMAL(5,2),
    "jobTitle" TEXT,

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WageReport" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "status" "WageReportStatus" NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "acceptedCount" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "rejections" JSONB NOT NULL,
    "submittedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WageReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WageRecord" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "wages" DECIMAL(12,2) NOT NULL,
    "hours" DECIMAL(7,2),
    "reportId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WageRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "claimNumber" TEXT,
    "programId" UUID NOT NULL,
    "claimantId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "employerId" UUID,
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createKey" TEXT,
    "leaveReason" "LeaveReason",
    "familyRelationship" "FamilyRelationship",
    "familyMemberFirstName" TEXT,
    "familyMemberLastName" TEXT,
    "familyMemberDateOfBirth" DATE,
    "conditionDescription" TEXT,
    "applicationDate" DATE,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeavePeriod" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "kind" "LeavePeriodKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "hoursPerWeek" DECIMAL(5,2),
    "episodesPerMonth" INTEGER,
    "hoursPerEpisode" DECIMAL(5,2),
    "decision" "LeavePeriodDecision" NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "LeavePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimStatusChange" (
    "id" BIGSERIAL NOT NULL,
    "claimId" UUID NOT NULL,
    "fromStatus" "ClaimStatus",
    "toStatus" "ClaimStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EligibilitySnapshot" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eligible" BOOLEAN,
    "errorCode" TEXT,
    "ineligibleReasons" JSONB NOT NULL,
    "basePeriodQuarters" TEXT[],
    "basePeriodWages" DECIMAL(12,2),
    "averageWeeklyWage" DECIMAL(12,2),
    "stateAverageWeeklyWage" DECIMAL(12,2),
    "weeklyBenefitAmount" DECIMAL(12,2),
    "maxWeeks" DECIMAL(6,2),
    "maxCombinedWeeks" DECIMAL(6,2),
    "remainingWeeks" DECIMAL(6,2),
    "waitingPeriodDays" INTEGER,
    "explanation" JSONB NOT NULL,
    "request" JSONB NOT NULL,

    CONSTRAINT "EligibilitySnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "type" "DocumentType" NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'AWAITING_UPLOAD',
    "fileName" TEXT NOT NULL,
    "declaredSize" INTEGER NOT NULL,
    "sizeBytes" INTEGER,
    "sha256" TEXT,
    "mimeType" TEXT,
    "storageKey" TEXT NOT NULL,
    "uploadExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "uploadedById" UUID NOT NULL,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerResponse" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "status" "EmployerResponseStatus" NOT NULL DEFAULT 'PENDING',
    "dueDate" DATE NOT NULL,
    "dueDateBasis" TEXT NOT NULL,
    "respondedById" UUID,
    "respondedAt" TIMESTAMPTZ(3),
    "contestReasons" "ContestReason"[],
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Determination" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "outcome" "DeterminationOutcome" NOT NULL,
    "reasonCode" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "weeklyBenefitAmount" DECIMAL(12,2),
    "approvedStartDate" DATE,
    "approvedEndDate" DATE,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersedesId" UUID,
    "appealDeadline" DATE,

    CONSTRAINT "Determination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'EN',
    "templateVersion" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "determinationId" UUID,
    "appealId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoRequest" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMPTZ(3),
    "response" TEXT,

    CONSTRAINT "InfoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "determinationId" UUID NOT NULL,
    "appellantRole" "AppellantRole" NOT NULL,
    "filedById" UUID NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" DATE NOT NULL,
    "filedLate" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'FILED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "officerId" UUID,
    "hearingAt" TIMESTAMPTZ(3),
    "outcome" "AppealOutcome",
    "decisionSummary" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentBatch" (
    "id" UUID NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "status" "PaymentBatchStatus" NOT NULL DEFAULT 'OPEN',
    "fileName" TEXT,
    "totalNet" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "count" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "PaymentBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "gross" DECIMAL(12,2) NOT NULL,
    "federalWithholding" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "stateWithholding" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "net" DECIMAL(12,2) NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'SCHEDULED',
    "method" "PaymentMethod" NOT NULL,
    "batchId" UUID,
    "scheduledFor" DATE NOT NULL,
    "paidAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Overpayment" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "paymentId" UUID,
    "amount" DECIMAL(12,2) NOT NULL,
    "recoveredAmount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "reason" TEXT NOT NULL,
    "status" "OverpaymentStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Overpayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "queue" "TaskQueue" NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "claimId" UUID,
    "employerId" UUID,
    "appealId" UUID,
    "assigneeId" UUID,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRoles" "Role"[],
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "requestId" TEXT,
    "changedFields" TEXT[],
    "metadata" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcIssuer_oidcSubject_key" ON "User"("oidcIssuer", "oidcSubject");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_emailHash_at_idx" ON "SignInAttempt"("emailHash", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_at_idx" ON "SignInAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Program_jurisdiction_code_key" ON "Program"("jurisdiction", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_fein_key" ON "Employer"("fein");

-- CreateIndex
CREATE INDEX "LeaveAdministrator_employerId_idx" ON "LeaveAdministrator"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveAdministrator_userId_employerId_key" ON "LeaveAdministrator"("userId", "employerId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_ssnHash_key" ON "Person"("ssnHash");

-- CreateIndex
CREATE INDEX "Person_lastName_firstName_idx" ON "Person"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "PaymentPreference_personId_idx" ON "PaymentPreference"("personId");

-- CreateIndex
CREATE INDEX "Employment_employerId_idx" ON "Employment"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "Employment_personId_employerId_startDate_key" ON "Employment"("personId", "employerId", "startDate");

-- CreateIndex
CREATE INDEX "WageReport_employerId_year_quarter_idx" ON "WageReport"("employerId", "year", "quarter");

-- CreateIndex
CREATE INDEX "WageRecord_employerId_year_quarter_idx" ON "WageRecord"("employerId", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "WageRecord_personId_employerId_year_quarter_key" ON "WageRecord"("personId", "employerId", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_claimNumber_key" ON "Claim"("claimNumber");

-- CreateIndex
CREATE INDEX "Claim_claimantId_createdAt_idx" ON "Claim"("claimantId", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_employerId_status_idx" ON "Claim"("employerId", "status");

-- CreateIndex
CREATE INDEX "Claim_status_submittedAt_idx" ON "Claim"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Claim_programId_status_idx" ON "Claim"("programId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_createdById_createKey_key" ON "Claim"("createdById", "createKey");

-- CreateIndex
CREATE INDEX "LeavePeriod_claimId_idx" ON "LeavePeriod"("claimId");

-- CreateIndex
CREATE INDEX "ClaimStatusChange_claimId_at_idx" ON "ClaimStatusChange"("claimId", "at");

-- CreateIndex
CREATE INDEX "EligibilitySnapshot_claimId_computedAt_idx" ON "EligibilitySnapshot"("claimId", "computedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_claimId_createdAt_idx" ON "Document"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "EmployerResponse_employerId_status_dueDate_idx" ON "EmployerResponse"("employerId", "status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerResponse_claimId_employerId_key" ON "EmployerResponse"("claimId", "employerId");

-- CreateIndex
CREATE UNIQUE INDEX "Determination_supersedesId_key" ON "Determination"("supersedesId");

-- CreateIndex
CREATE INDEX "Determination_claimId_decidedAt_idx" ON "Determination"("claimId", "decidedAt");

-- CreateIndex
CREATE INDEX "Notice_claimId_createdAt_idx" ON "Notice"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "InfoRequest_claimId_idx" ON "InfoRequest"("claimId");

-- CreateIndex
CREATE INDEX "Appeal_claimId_idx" ON "Appeal"("claimId");

-- CreateIndex
CREATE INDEX "Appeal_status_filedAt_idx" ON "Appeal"("status", "filedAt");

-- CreateIndex
CREATE INDEX "Payment_status_scheduledFor_idx" ON "Payment"("status", "scheduledFor");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_claimId_periodStart_key" ON "Payment"("claimId", "periodStart");

-- CreateIndex
CREATE INDEX "Overpayment_claimId_idx" ON "Overpayment"("claimId");

-- CreateIndex
CREATE INDEX "Task_queue_status_dueAt_idx" ON "Task"("queue", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_idx" ON "Task"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Task_claimId_idx" ON "Task"("claimId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveAdministrator" ADD CONSTRAINT "LeaveAdministrator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveAdministrator" ADD CONSTRAINT "LeaveAdministrator_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentPreference" ADD CONSTRAINT "PaymentPreference_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageReport" ADD CONSTRAINT "WageReport_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageReport" ADD CONSTRAINT "WageReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageRecord" ADD CONSTRAINT "WageRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageRecord" ADD CONSTRAINT "WageRecord_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageRecord" ADD CONSTRAINT "WageRecord_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "WageReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeavePeriod" ADD CONSTRAINT "LeavePeriod_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStatusChange" ADD CONSTRAINT "ClaimStatusChange_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EligibilitySnapshot" ADD CONSTRAINT "EligibilitySnapshot_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerResponse" ADD CONSTRAINT "EmployerResponse_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerResponse" ADD CONSTRAINT "EmployerResponse_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerResponse" ADD CONSTRAINT "EmployerResponse_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Determination" ADD CONSTRAINT "Determination_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Determination" ADD CONSTRAINT "Determination_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Determination" ADD CONSTRAINT "Determination_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Determination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "Determination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoRequest" ADD CONSTRAINT "InfoRequest_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoRequest" ADD CONSTRAINT "InfoRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "Determination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PaymentBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overpayment" ADD CONSTRAINT "Overpayment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overpayment" ADD CONSTRAINT "Overpayment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
