-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NoticeKind" ADD VALUE 'LEAVE_EXTENSION_APPROVAL';
ALTER TYPE "NoticeKind" ADD VALUE 'LEAVE_EXTENSION_DENIAL';

-- AlterTable
ALTER TABLE "LeaveExtensionRequest" ADD COLUMN     "approvedEndDate" DATE,
ADD COLUMN     "decidedById" UUID,
ADD COLUMN     "denialReasonCode" TEXT,
ADD COLUMN     "determinationId" UUID,
ADD COLUMN     "explanation" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "LeaveExtensionRequest_determinationId_key" ON "LeaveExtensionRequest"("determinationId");

-- AddForeignKey
ALTER TABLE "LeaveExtensionRequest" ADD CONSTRAINT "LeaveExtensionRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveExtensionRequest" ADD CONSTRAINT "LeaveExtensionRequest_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "Determination"("id") ON DELETE SET NULL ON UPDATE CASCADE;
