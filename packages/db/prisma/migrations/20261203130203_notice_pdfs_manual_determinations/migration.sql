-- CreateEnum
CREATE TYPE "ManualDeterminationStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "NoticeAudience" AS ENUM ('CLAIMANT', 'EMPLOYER');

-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'HEARING_SCHEDULED';

-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "audience" "NoticeAudience" NOT NULL DEFAULT 'CLAIMANT',
ADD COLUMN     "pdfSha256" TEXT,
ADD COLUMN     "pdfSizeBytes" INTEGER,
ADD COLUMN     "pdfStorageKey" TEXT;

-- CreateTable
CREATE TABLE "ManualDetermination" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "status" "ManualDeterminationStatus" NOT NULL DEFAULT 'PROPOSED',
    "rulesErrorCode" TEXT NOT NULL,
    "eligibilitySnapshotId" UUID,
    "outcome" "DeterminationOutcome" NOT NULL,
    "weeklyBenefitAmount" DECIMAL(12,2) NOT NULL,
    "benefitWeeks" DECIMAL(6,2) NOT NULL,
    "approvedStartDate" DATE NOT NULL,
    "approvedEndDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "claimVersion" INTEGER NOT NULL,
    "proposedById" UUID NOT NULL,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewNote" TEXT,
    "determinationId" UUID,

    CONSTRAINT "ManualDetermination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ManualDetermination_determinationId_key" ON "ManualDetermination"("determinationId");

-- CreateIndex
CREATE INDEX "ManualDetermination_claimId_proposedAt_idx" ON "ManualDetermination"("claimId", "proposedAt");

-- AddForeignKey
ALTER TABLE "ManualDetermination" ADD CONSTRAINT "ManualDetermination_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualDetermination" ADD CONSTRAINT "ManualDetermination_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualDetermination" ADD CONSTRAINT "ManualDetermination_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualDetermination" ADD CONSTRAINT "ManualDetermination_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "Determination"("id") ON DELETE SET NULL ON UPDATE CASCADE;
