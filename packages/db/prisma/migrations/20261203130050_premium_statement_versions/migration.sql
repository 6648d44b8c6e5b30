-- AlterTable
ALTER TABLE "PremiumStatement" ADD COLUMN     "reason" TEXT NOT NULL DEFAULT 'WAGE_REPORT',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "PremiumStatement_employerId_programId_year_quarter_version_key" ON "PremiumStatement"("employerId", "programId", "year", "quarter", "version");
