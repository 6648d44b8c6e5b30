-- Hand written: what Prisma's schema language cannot say.

-- A document belongs to exactly one thing: a claim or a private plan application.
ALTER TABLE "Document" ADD CONSTRAINT "Document_one_owner"
  CHECK (("claimId" IS NULL) <> ("privatePlanId" IS NULL));

-- An employer has at most one private plan application waiting for a decision, so two
-- concurrent submissions cannot both be pending.
CREATE UNIQUE INDEX "PrivatePlanApplication_one_pending_per_employer"
  ON "PrivatePlanApplication" ("employerId") WHERE status = 'SUBMITTED';

-- One current premium statement per employer, program and quarter; superseded ones are history.
CREATE UNIQUE INDEX "PremiumStatement_one_current"
  ON "PremiumStatement" ("employerId", "programId", year, quarter) WHERE "supersededAt" IS NULL;
