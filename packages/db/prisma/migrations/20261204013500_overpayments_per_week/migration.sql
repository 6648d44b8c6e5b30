-- DropIndex
DROP INDEX "Overpayment_paymentId_key";

-- CreateIndex
CREATE INDEX "Overpayment_paymentId_idx" ON "Overpayment"("paymentId");
