-- Bulk demo data for the API load benchmark: :count claims spread over the demo employers,
-- one person per two claims, a leave period, an employer response, an open task per claim
-- still being worked and a finished one per decided claim. Written as set-based SQL so 100,000 claims load in seconds.
-- Placeholders (:count) are substituted by the benchmark before running.

CREATE TEMP TABLE bench_employers AS
  SELECT id, jurisdiction, row_number() OVER (ORDER BY id) - 1 AS n FROM "Employer";

INSERT INTO "Person" ("id", "firstName", "lastName", "ssnEncrypted", "ssnHash", "ssnLast4", "updatedAt")
SELECT
  gen_random_uuid(),
  'Bench' || i,
  'Claimant' || (i % 997),
  'v1:bench-not-a-real-ssn',
  'bench-hash-' || i,
  lpad((i % 10000)::text, 4, '0'),
  now()
FROM generate_series(1, (:count) / 2) AS i;

CREATE TEMP TABLE bench_people AS
  SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Person" WHERE "ssnHash" LIKE 'bench-hash-%';

INSERT INTO "Claim" (
  "id", "claimNumber", "programId", "claimantId", "createdById", "employerId", "status", "version",
  "leaveReason", "applicationDate", "submittedAt", "createdAt", "updatedAt"
)
SELECT
  gen_random_uuid(),
  'BENCH-' || lpad(i::text, 7, '0'),
  (SELECT p.id FROM "Program" p WHERE p.jurisdiction = e.jurisdiction LIMIT 1),
  pe.id,
  (SELECT u.id FROM "User" u WHERE u.email = 'adjudicator@openleave.test'),
  e.id,
  (ARRAY['PENDING_EMPLOYER_RESPONSE','IN_REVIEW','APPROVED','DENIED','APPROVED','CLOSED','INFO_REQUESTED','APPROVED']::"ClaimStatus"[])[1 + i % 8],
  1,
  (ARRAY['OWN_HEALTH','BONDING','FAMILY_CARE','PREGNANCY']::"LeaveReason"[])[1 + i % 4],
  (current_date - (i % 700)),
  now() - ((i % 700) || ' days')::interval,
  now() - ((i % 700) || ' days')::interval,
  now()
FROM generate_series(1, :count) AS i
JOIN bench_people pe ON pe.n = (i - 1) / 2
JOIN bench_employers e ON e.n = i % (SELECT count(*) FROM bench_employers);

CREATE TEMP TABLE bench_claims AS
  SELECT id, status, "employerId", "applicationDate", row_number() OVER (ORDER BY id) AS n
  FROM "Claim" WHERE "claimNumber" LIKE 'BENCH-%';

INSERT INTO "LeavePeriod" ("id", "claimId", "kind", "startDate", "endDate", "decision")
SELECT gen_random_uuid(), c.id, 'CONTINUOUS', c."applicationDate" + 14, c."applicationDate" + 14 + (7 * (4 + c.n % 8))::int, 'PENDING'
FROM bench_claims c;

INSERT INTO "EmployerResponse" ("id", "claimId", "employerId", "status", "dueDate", "dueDateBasis", "version", "createdAt")
SELECT gen_random_uuid(), c.id, c."employerId",
  CASE WHEN c.status = 'PENDING_EMPLOYER_RESPONSE' THEN 'PENDING' ELSE 'CONFIRMED' END::"EmployerResponseStatus",
  c."applicationDate" + 10, 'benchmark data', 1, now()
FROM bench_claims c;

INSERT INTO "Task" ("id", "queue", "kind", "status", "claimId", "dueAt", "createdAt")
SELECT gen_random_uuid(), 'ADJUDICATION', 'REVIEW_CLAIM', 'OPEN', c.id, c."applicationDate" + 14, now()
FROM bench_claims c
WHERE c.status IN ('PENDING_EMPLOYER_RESPONSE', 'IN_REVIEW', 'INFO_REQUESTED');

-- Decided claims keep their finished review task, as in production: the queue's index must skip
-- them, so they are part of what the work-queue read is measured against.
INSERT INTO "Task" ("id", "queue", "kind", "status", "claimId", "dueAt", "createdAt", "completedAt")
SELECT gen_random_uuid(), 'ADJUDICATION', 'REVIEW_CLAIM', 'DONE', c.id, c."applicationDate" + 14, now(), now()
FROM bench_claims c
WHERE c.status IN ('APPROVED', 'DENIED', 'CLOSED');

ANALYZE;
