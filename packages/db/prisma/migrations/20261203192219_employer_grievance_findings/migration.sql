-- CreateEnum
CREATE TYPE "GrievanceOutcome" AS ENUM ('UPHELD', 'RETURNED_TO_REVIEW');

-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'GRIEVANCE_FINDING';

-- CreateTable
CREATE TABLE "GrievanceFinding" (
    "id" UUID NOT NULL,
    "employerResponseId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "outcome" "GrievanceOutcome" NOT NULL,
    "reasonCode" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "claimStatus" "ClaimStatus" NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrievanceFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GrievanceFinding_employerResponseId_key" ON "GrievanceFinding"("employerResponseId");

-- CreateIndex
CREATE INDEX "GrievanceFinding_claimId_idx" ON "GrievanceFinding"("claimId");

-- AddForeignKey
ALTER TABLE "GrievanceFinding" ADD CONSTRAINT "GrievanceFinding_employerResponseId_fkey" FOREIGN KEY ("employerResponseId") REFERENCES "EmployerResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrievanceFinding" ADD CONSTRAINT "GrievanceFinding_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
