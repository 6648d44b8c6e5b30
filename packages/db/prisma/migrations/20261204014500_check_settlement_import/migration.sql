-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "checkNumber" INTEGER;

-- CreateTable
CREATE TABLE "CheckSettlementImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedById" UUID,
    "settledCount" INTEGER NOT NULL DEFAULT 0,
    "voidedCount" INTEGER NOT NULL DEFAULT 0,
    "problems" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckSettlementImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_checkNumber_key" ON "Payment"("checkNumber");

-- CreateIndex
CREATE UNIQUE INDEX "CheckSettlementImport_contentHash_key" ON "CheckSettlementImport"("contentHash");
