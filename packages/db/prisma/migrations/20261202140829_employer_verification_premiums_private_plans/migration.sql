-- CreateEnum
CREATE TYPE "PrivatePlanStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'DENIED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PrivatePlanFunding" AS ENUM ('INSURED', 'SELF_FUNDED');

-- AlterEnum
ALTER TYPE "DocumentType" ADD VALUE 'PRIVATE_PLAN_DOCUMENT';

-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'PRIVATE_PLAN_REFERRAL';

-- AlterEnum
ALTER TYPE "TaskQueue" ADD VALUE 'EMPLOYER_SUPPORT';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TaskKind" ADD VALUE 'VERIFY_LEAVE_ADMINISTRATOR';
ALTER TYPE "TaskKind" ADD VALUE 'REVIEW_PRIVATE_PLAN';

-- AlterTable
ALTER TABLE "Employer" DROP COLUMN "privatePlanExempt";

-- AlterTable
ALTER TABLE "LeaveAdministrator" ADD COLUMN     "helpRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "verificationAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "verificationLockedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "WageReport" ADD COLUMN     "amendment" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "WageRecord" ADD COLUMN     "weeks" INTEGER;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "privatePlanId" UUID;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "appealId" UUID,
ADD COLUMN     "employerResponseId" UUID,
ADD COLUMN     "privatePlanId" UUID,
ALTER COLUMN "claimId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "EmployerResponse" ADD COLUMN     "correctedFields" TEXT[],
ADD COLUMN     "otherPaidLeave" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reportedHoursPerWeek" DECIMAL(5,2),
ADD COLUMN     "reportedLeaveEnd" DATE,
ADD COLUMN     "reportedLeaveStart" DATE,
ADD COLUMN     "reportedStartDate" DATE;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "leaveAdministratorId" UUID,
ADD COLUMN     "privatePlanId" UUID;

-- CreateTable
CREATE TABLE "LeaveAdministratorInvitation" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" UUID,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LeaveAdministratorInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivatePlanApplication" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "status" "PrivatePlanStatus" NOT NULL DEFAULT 'SUBMITTED',
    "funding" "PrivatePlanFunding" NOT NULL,
    "administratorName" TEXT NOT NULL,
    "policyNumber" TEXT,
    "claimsContactPhone" TEXT NOT NULL,
    "claimsContactEmail" TEXT,
    "requestedEffectiveDate" DATE NOT NULL,
    "effectiveFrom" DATE,
    "effectiveTo" DATE,
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PrivatePlanApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PremiumStatement" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "wageReportId" UUID,
    "workerCount" INTEGER NOT NULL,
    "employerSize" INTEGER NOT NULL,
    "totalWages" DECIMAL(14,2) NOT NULL,
    "taxableWages" DECIMAL(14,2) NOT NULL,
    "totalRate" TEXT NOT NULL,
    "employeeRate" TEXT NOT NULL,
    "employerRate" TEXT NOT NULL,
    "wageCap" DECIMAL(14,2),
    "employerShareRequired" BOOLEAN NOT NULL,
    "employeeShare" DECIMAL(14,2) NOT NULL,
    "employerShare" DECIMAL(14,2) NOT NULL,
    "amountDue" DECIMAL(14,2) NOT NULL,
    "privatePlanId" UUID,
    "explanation" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMPTZ(3),

    CONSTRAINT "PremiumStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PremiumRemittance" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "receivedOn" DATE NOT NULL,
    "reference" TEXT,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PremiumRemittance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LeaveAdministratorInvitation_tokenHash_key" ON "LeaveAdministratorInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "LeaveAdministratorInvitation_employerId_createdAt_idx" ON "LeaveAdministratorInvitation"("employerId", "createdAt");

-- CreateIndex
CREATE INDEX "PrivatePlanApplication_employerId_status_idx" ON "PrivatePlanApplication"("employerId", "status");

-- CreateIndex
CREATE INDEX "PremiumStatement_employerId_year_quarter_idx" ON "PremiumStatement"("employerId", "year", "quarter");

-- CreateIndex
CREATE INDEX "PremiumRemittance_employerId_year_quarter_idx" ON "PremiumRemittance"("employerId", "year", "quarter");

-- CreateIndex
CREATE INDEX "Document_privatePlanId_idx" ON "Document"("privatePlanId");

-- AddForeignKey
ALTER TABLE "LeaveAdministratorInvitation" ADD CONSTRAINT "LeaveAdministratorInvitation_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveAdministratorInvitation" ADD CONSTRAINT "LeaveAdministratorInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivatePlanApplication" ADD CONSTRAINT "PrivatePlanApplication_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivatePlanApplication" ADD CONSTRAINT "PrivatePlanApplication_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivatePlanApplication" ADD CONSTRAINT "PrivatePlanApplication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremiumStatement" ADD CONSTRAINT "PremiumStatement_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremiumStatement" ADD CONSTRAINT "PremiumStatement_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremiumStatement" ADD CONSTRAINT "PremiumStatement_wageReportId_fkey" FOREIGN KEY ("wageReportId") REFERENCES "WageReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremiumStatement" ADD CONSTRAINT "PremiumStatement_privatePlanId_fkey" FOREIGN KEY ("privatePlanId") REFERENCES "PrivatePlanApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremiumRemittance" ADD CONSTRAINT "PremiumRemittance_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremiumRemittance" ADD CONSTRAINT "PremiumRemittance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_privatePlanId_fkey" FOREIGN KEY ("privatePlanId") REFERENCES "PrivatePlanApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_privatePlanId_fkey" FOREIGN KEY ("privatePlanId") REFERENCES "PrivatePlanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_employerResponseId_fkey" FOREIGN KEY ("employerResponseId") REFERENCES "EmployerResponse"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_leaveAdministratorId_fkey" FOREIGN KEY ("leaveAdministratorId") REFERENCES "LeaveAdministrator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_privatePlanId_fkey" FOREIGN KEY ("privatePlanId") REFERENCES "PrivatePlanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
