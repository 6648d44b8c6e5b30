-- Employment facts and recent weekly pay on applications (the rules' evaluation request reads them),
-- and figures a deployment's program administrators publish with a second approval (issue 11).
-- CreateEnum
CREATE TYPE "PublishedFigureStatus" AS ENUM ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "birthOrPlacementDate" DATE,
ADD COLUMN     "daysWorked" INTEGER,
ADD COLUMN     "employmentEndDate" DATE,
ADD COLUMN     "employmentStartDate" DATE,
ADD COLUMN     "hoursLast12Months" DECIMAL(7,2),
ADD COLUMN     "percentWorkTimeInState" DECIMAL(5,2),
ADD COLUMN     "regularHoursPerWeek" DECIMAL(5,2);

-- CreateTable
CREATE TABLE "ClaimWeeklyWage" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "weekEnding" DATE NOT NULL,
    "wages" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "ClaimWeeklyWage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedFigure" (
    "id" UUID NOT NULL,
    "parameterId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "citationTitle" TEXT NOT NULL,
    "citationHref" TEXT,
    "citationSection" TEXT,
    "status" "PublishedFigureStatus" NOT NULL DEFAULT 'PENDING_APPROVAL',
    "proposedById" UUID NOT NULL,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PublishedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimWeeklyWage_claimId_weekEnding_key" ON "ClaimWeeklyWage"("claimId", "weekEnding");

-- CreateIndex
CREATE INDEX "PublishedFigure_parameterId_status_idx" ON "PublishedFigure"("parameterId", "status");

-- CreateIndex
CREATE INDEX "PublishedFigure_status_proposedAt_idx" ON "PublishedFigure"("status", "proposedAt");

-- AddForeignKey
ALTER TABLE "ClaimWeeklyWage" ADD CONSTRAINT "ClaimWeeklyWage_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedFigure" ADD CONSTRAINT "PublishedFigure_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedFigure" ADD CONSTRAINT "PublishedFigure_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

