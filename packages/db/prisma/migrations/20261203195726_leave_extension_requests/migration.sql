-- CreateEnum
CREATE TYPE "LeaveExtensionStatus" AS ENUM ('PENDING', 'APPROVED', 'DENIED');

-- AlterEnum
ALTER TYPE "TaskKind" ADD VALUE 'REVIEW_LEAVE_EXTENSION';

-- CreateTable
CREATE TABLE "LeaveExtensionRequest" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "leavePeriodId" UUID NOT NULL,
    "currentEndDate" DATE NOT NULL,
    "requestedEndDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "documentId" UUID,
    "status" "LeaveExtensionStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LeaveExtensionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeaveExtensionRequest_claimId_createdAt_idx" ON "LeaveExtensionRequest"("claimId", "createdAt");

-- AddForeignKey
ALTER TABLE "LeaveExtensionRequest" ADD CONSTRAINT "LeaveExtensionRequest_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveExtensionRequest" ADD CONSTRAINT "LeaveExtensionRequest_leavePeriodId_fkey" FOREIGN KEY ("leavePeriodId") REFERENCES "LeavePeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveExtensionRequest" ADD CONSTRAINT "LeaveExtensionRequest_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveExtensionRequest" ADD CONSTRAINT "LeaveExtensionRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
