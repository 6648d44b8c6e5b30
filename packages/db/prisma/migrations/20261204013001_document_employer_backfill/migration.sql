-- Documents already stored that are an employer's: the evidence its administrators uploaded to a
-- claim of its worker, what is attached to its responses, and its private plans' documents. From
-- now on only these are shown to the employer, and none of them to the claimant.
UPDATE "Document" d
SET "employerId" = c."employerId"
FROM "Claim" c
WHERE d."claimId" = c.id
  AND d.type = 'EMPLOYER_EVIDENCE'
  AND c."employerId" IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM "LeaveAdministrator" la
    WHERE la."userId" = d."uploadedById" AND la."employerId" = c."employerId"
  );

UPDATE "Document" d
SET "employerId" = r."employerId"
FROM "EmployerResponse" r
WHERE d."employerResponseId" = r.id AND d."employerId" IS NULL;

UPDATE "Document" d
SET "employerId" = p."employerId"
FROM "PrivatePlanApplication" p
WHERE d."privatePlanId" = p.id AND d."employerId" IS NULL;
