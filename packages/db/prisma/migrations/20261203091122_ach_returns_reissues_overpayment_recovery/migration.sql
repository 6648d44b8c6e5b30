-- DropIndex
DROP INDEX "Payment_claimId_periodStart_key";

-- AlterTable
ALTER TABLE "Overpayment" ADD COLUMN     "determinationId" UUID,
ADD COLUMN     "waivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "waivedById" UUID,
ADD COLUMN     "waiverReason" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "achReference" TEXT,
ADD COLUMN     "recoveryOffset" DECIMAL(12,2) NOT NULL DEFAULT 0,
ADD COLUMN     "reissueOfId" UUID,
ADD COLUMN     "returnCode" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AchReturnImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedById" UUID,
    "returnedCount" INTEGER NOT NULL DEFAULT 0,
    "unmatched" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AchReturnImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverpaymentRecovery" (
    "id" UUID NOT NULL,
    "overpaymentId" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OverpaymentRecovery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AchReturnImport_contentHash_key" ON "AchReturnImport"("contentHash");

-- CreateIndex
CREATE INDEX "OverpaymentRecovery_paymentId_idx" ON "OverpaymentRecovery"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "OverpaymentRecovery_overpaymentId_paymentId_key" ON "OverpaymentRecovery"("overpaymentId", "paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Overpayment_paymentId_key" ON "Overpayment"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reissueOfId_key" ON "Payment"("reissueOfId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_achReference_key" ON "Payment"("achReference");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_claimId_periodStart_sequence_key" ON "Payment"("claimId", "periodStart", "sequence");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_reissueOfId_fkey" FOREIGN KEY ("reissueOfId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverpaymentRecovery" ADD CONSTRAINT "OverpaymentRecovery_overpaymentId_fkey" FOREIGN KEY ("overpaymentId") REFERENCES "Overpayment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverpaymentRecovery" ADD CONSTRAINT "OverpaymentRecovery_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
