-- Job queue, timer markers and the federal withholding election.
CREATE TYPE "JobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

CREATE TABLE "Job" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "runAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "result" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Job_key_key" ON "Job"("key");
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

ALTER TABLE "InfoRequest" ADD COLUMN "lapsedAt" TIMESTAMPTZ(3);
ALTER TABLE "Determination" ADD COLUMN "appealWindowClosedAt" TIMESTAMPTZ(3);
ALTER TABLE "PaymentPreference" ADD COLUMN "federalWithholdingElected" BOOLEAN NOT NULL DEFAULT false;
