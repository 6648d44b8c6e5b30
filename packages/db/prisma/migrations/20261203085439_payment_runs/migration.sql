-- CreateEnum
CREATE TYPE "PaymentRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "accountLast4" TEXT;

-- AlterTable
ALTER TABLE "PaymentBatch" ADD COLUMN     "runId" UUID;

-- CreateTable
CREATE TABLE "PaymentRun" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "runDate" DATE NOT NULL,
    "status" "PaymentRunStatus" NOT NULL DEFAULT 'QUEUED',
    "startedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "paymentCount" INTEGER NOT NULL DEFAULT 0,
    "totalNet" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "reroutedToCheck" INTEGER NOT NULL DEFAULT 0,
    "held" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "PaymentRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRun_key_key" ON "PaymentRun"("key");

-- CreateIndex
CREATE INDEX "PaymentRun_runDate_idx" ON "PaymentRun"("runDate");

-- CreateIndex
CREATE INDEX "PaymentBatch_runId_idx" ON "PaymentBatch"("runId");

-- AddForeignKey
ALTER TABLE "PaymentBatch" ADD CONSTRAINT "PaymentBatch_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PaymentRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;
