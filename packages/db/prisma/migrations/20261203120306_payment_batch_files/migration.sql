-- AlterTable
ALTER TABLE "PaymentBatch" ADD COLUMN     "fileSha256" TEXT,
ADD COLUMN     "settledAt" TIMESTAMPTZ(3),
ADD COLUMN     "settlementDate" DATE;

-- CreateTable
CREATE TABLE "PaymentBatchFile" (
    "batchId" UUID NOT NULL,
    "sealed" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentBatchFile_pkey" PRIMARY KEY ("batchId")
);

-- AddForeignKey
ALTER TABLE "PaymentBatchFile" ADD CONSTRAINT "PaymentBatchFile_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PaymentBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
