-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "employerId" UUID;

-- CreateIndex
CREATE INDEX "Document_employerId_idx" ON "Document"("employerId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
