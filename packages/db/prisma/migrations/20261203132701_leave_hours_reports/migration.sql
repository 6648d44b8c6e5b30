-- CreateTable
CREATE TABLE "LeaveHoursReport" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "leavePeriodId" UUID NOT NULL,
    "weekStart" DATE NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL,
    "reportedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LeaveHoursReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeaveHoursReport_claimId_weekStart_idx" ON "LeaveHoursReport"("claimId", "weekStart");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveHoursReport_leavePeriodId_weekStart_key" ON "LeaveHoursReport"("leavePeriodId", "weekStart");

-- AddForeignKey
ALTER TABLE "LeaveHoursReport" ADD CONSTRAINT "LeaveHoursReport_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveHoursReport" ADD CONSTRAINT "LeaveHoursReport_leavePeriodId_fkey" FOREIGN KEY ("leavePeriodId") REFERENCES "LeavePeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveHoursReport" ADD CONSTRAINT "LeaveHoursReport_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
