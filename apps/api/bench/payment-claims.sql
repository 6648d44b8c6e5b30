-- Bulk data for the payment-run benchmark: :count approved WA claims, one person each with a
-- claimant account (each payment sent writes an email), four weeks of continuous leave from
-- :start, no waiting period, a determination at a weekly benefit between $400 and $1,399, and a
-- payment preference: nine in ten by direct deposit (one sealed account number, :sealed, read
-- back for every entry), a tenth by check with a mailing address; one in five withholds 10%.
-- Placeholders (:count, :start, :sealed) are substituted by the benchmark. Set-based SQL.

INSERT INTO "Person" ("id", "firstName", "lastName", "ssnEncrypted", "ssnHash", "ssnLast4",
  "addressLine1", "city", "state", "postalCode", "updatedAt")
SELECT gen_random_uuid(), 'Pay' || i, 'Bench' || (i % 997), 'v1:bench-not-a-real-ssn', 'pay-bench-' || i,
  lpad((i % 10000)::text, 4, '0'), i || ' Main St', 'Olympia', 'WA', '98501', now()
FROM generate_series(1, :count) AS i;

CREATE TEMP TABLE pay_people AS
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Person" WHERE "ssnHash" LIKE 'pay-bench-%';

INSERT INTO "User" (id, email, name, roles, "personId", "preferredLanguage", "updatedAt")
SELECT gen_random_uuid(), 'pay-bench-' || p.n || '@openleave.test', 'Pay bench ' || p.n,
  ARRAY['CLAIMANT']::"Role"[], p.id, (CASE WHEN p.n % 3 = 0 THEN 'ES' ELSE 'EN' END)::"Language", now()
FROM pay_people p;

INSERT INTO "PaymentPreference" (id, "personId", method, "routingNumber", "accountNumberEncrypted",
  "accountNumberLast4", "accountType", "federalWithholdingElected")
SELECT gen_random_uuid(), p.id,
  (CASE WHEN p.n % 10 = 0 THEN 'CHECK' ELSE 'ACH' END)::"PaymentMethod",
  CASE WHEN p.n % 10 = 0 THEN NULL ELSE '021000021' END,
  CASE WHEN p.n % 10 = 0 THEN NULL ELSE ':sealed' END,
  CASE WHEN p.n % 10 = 0 THEN NULL ELSE '6789' END,
  (CASE WHEN p.n % 10 = 0 THEN NULL ELSE 'CHECKING' END)::"BankAccountType",
  p.n % 5 = 0
FROM pay_people p;

INSERT INTO "Claim" ("id", "claimNumber", "programId", "claimantId", "createdById", "status", "version",
  "leaveReason", "applicationDate", "submittedAt", "decidedAt", "createdAt", "updatedAt")
SELECT gen_random_uuid(), 'PAY-' || lpad(p.n::text, 7, '0'),
  (SELECT id FROM "Program" WHERE jurisdiction = 'WA' LIMIT 1), p.id,
  (SELECT id FROM "User" WHERE email = 'adjudicator@openleave.test'), 'APPROVED', 1, 'BONDING',
  DATE ':start' - 14, now(), now(), now(), now()
FROM pay_people p;

CREATE TEMP TABLE pay_claims AS
  SELECT c.id, row_number() OVER (ORDER BY c.id) AS n FROM "Claim" c WHERE c."claimNumber" LIKE 'PAY-%';

INSERT INTO "LeavePeriod" ("id", "claimId", "kind", "startDate", "endDate", "decision")
SELECT gen_random_uuid(), c.id, 'CONTINUOUS', DATE ':start', DATE ':start' + 27, 'APPROVED' FROM pay_claims c;

INSERT INTO "EligibilitySnapshot" (id, "claimId", eligible, "ineligibleReasons", "basePeriodQuarters",
  "weeklyBenefitAmount", "waitingPeriodDays", explanation, request)
SELECT gen_random_uuid(), c.id, true, '[]', '{}', 400 + (c.n % 1000), 0, '[]', '{}' FROM pay_claims c;

INSERT INTO "Determination" (id, "claimId", outcome, "reasonCode", explanation, "weeklyBenefitAmount",
  "approvedStartDate", "approvedEndDate", "decidedById")
SELECT gen_random_uuid(), c.id, 'APPROVED', 'ELIGIBLE', 'benchmark', 400 + (c.n % 1000),
  DATE ':start', DATE ':start' + 27, (SELECT id FROM "User" WHERE email = 'adjudicator@openleave.test')
FROM pay_claims c;

ANALYZE;
