// The API's hottest reads, each as the GraphQL operation a page sends and as the hand-written SQL
// statement that returns the same data — the baseline the load benchmark measures it against, and
// what the one-statement test runs. When a page starts asking for more, add the field to both.
export type Role = "claimant" | "leaveAdmin" | "staff";

export interface HotRead {
  key: string;
  label: string;
  /** Who sends it (the benchmark signs in as such users). */
  as: Role;
  query: string;
  /** Variables for the i-th request, given the ids the data set offers. */
  variables(i: number, ids: HotReadIds): Record<string, unknown>;
  /** The same read as one SQL statement, with its parameters for the i-th request. */
  sql: string;
  params(i: number, ids: HotReadIds): unknown[];
  /** Which person's claims the i-th claimant request reads (claimant reads only). */
  claimantIndex?(i: number, claimants: number): number;
}

export interface HotReadIds {
  claimIds: string[];
  /** personId of each benchmark claimant account, in the order the benchmark signs them in. */
  claimantPersonIds: string[];
  employerId: string;
}

const spread = (i: number, length: number) => (i * 7919) % length;

export const CLAIM_DETAIL: HotRead = {
  key: "claim-detail",
  label: "claim detail",
  as: "staff",
  query: `query ClaimDetail($id: ID!) { claim(id: $id) {
  id claimNumber status version leaveReason applicationDate submittedAt
  program { name jurisdiction } claimant { firstName lastName taxIdMasked } employer { name }
  leavePeriods { kind startDate endDate decision } employerResponses { status dueDate } } }`,
  variables: (i, ids) => ({ id: ids.claimIds[spread(i, ids.claimIds.length)] }),
  sql: `
SELECT c.id, c."claimNumber", c.status, c.version, c."leaveReason", c."applicationDate", c."submittedAt",
  json_build_object('name', p.name, 'jurisdiction', p.jurisdiction) AS program,
  json_build_object('firstName', pe."firstName", 'lastName', pe."lastName", 'ssnLast4', pe."ssnLast4") AS claimant,
  json_build_object('name', e.name) AS employer,
  (SELECT json_agg(json_build_object('kind', l.kind, 'startDate', l."startDate", 'endDate', l."endDate", 'decision', l.decision) ORDER BY l."startDate")
     FROM "LeavePeriod" l WHERE l."claimId" = c.id) AS "leavePeriods",
  (SELECT json_agg(json_build_object('status', r.status, 'dueDate', r."dueDate")) FROM "EmployerResponse" r WHERE r."claimId" = c.id) AS "employerResponses"
FROM "Claim" c
JOIN "Program" p ON p.id = c."programId"
JOIN "Person" pe ON pe.id = c."claimantId"
LEFT JOIN "Employer" e ON e.id = c."employerId"
WHERE c.id = $1`,
  params: (i, ids) => [ids.claimIds[spread(i, ids.claimIds.length)]],
};

export const WORK_QUEUE: HotRead = {
  key: "work-queue",
  label: "work queue, first 25",
  as: "staff",
  query: `query WorkQueue { workQueue(queue: ADJUDICATION, first: 25) { edges { node {
  id kind dueAt overdue claim { id claimNumber status leaveReason claimant { firstName lastName } } } }
  pageInfo { hasNextPage endCursor } } }`,
  variables: () => ({}),
  sql: `
SELECT t.id, t.kind, t."dueAt", c.id AS "claimId", c."claimNumber", c.status, c."leaveReason", pe."firstName", pe."lastName"
FROM "Task" t
JOIN "Claim" c ON c.id = t."claimId"
JOIN "Person" pe ON pe.id = c."claimantId"
WHERE t.queue = 'ADJUDICATION' AND t."completedAt" IS NULL AND t.status IN ('OPEN', 'IN_PROGRESS')
ORDER BY t."dueAt", t.id
LIMIT 26`,
  params: () => [],
};

export const CLAIMANT_CLAIM_LIST: HotRead = {
  key: "claimant-claim-list",
  label: "claimant's claim list",
  as: "claimant",
  query: `query MyClaims { myClaims(first: 10) { edges { node {
  id claimNumber status leaveReason applicationDate submittedAt updatedAt
  program { name jurisdiction } employer { name } leavePeriods { kind startDate endDate } allowedActions } }
  pageInfo { hasNextPage endCursor } } }`,
  variables: () => ({}),
  sql: `
SELECT c.id, c."claimNumber", c.status, c."leaveReason", c."applicationDate", c."submittedAt", c."updatedAt",
  json_build_object('name', p.name, 'jurisdiction', p.jurisdiction) AS program,
  json_build_object('name', e.name) AS employer,
  (SELECT json_agg(json_build_object('kind', l.kind, 'startDate', l."startDate", 'endDate', l."endDate") ORDER BY l."startDate")
     FROM "LeavePeriod" l WHERE l."claimId" = c.id) AS "leavePeriods",
  (SELECT json_agg(json_build_object('status', r.status, 'employerId', r."employerId")) FROM "EmployerResponse" r WHERE r."claimId" = c.id) AS "responses",
  (SELECT count(*) FROM "Determination" d WHERE d."claimId" = c.id) AS determinations
FROM "Claim" c
JOIN "Program" p ON p.id = c."programId"
LEFT JOIN "Employer" e ON e.id = c."employerId"
WHERE c."claimantId" = $1
ORDER BY c."createdAt" DESC, c.id DESC
LIMIT 11`,
  params: (i, ids) => [ids.claimantPersonIds[i % ids.claimantPersonIds.length]],
  claimantIndex: (i, claimants) => i % claimants,
};

export const EMPLOYER_CLAIM_LIST: HotRead = {
  key: "employer-claim-list",
  label: "employer's claim list, first 25",
  as: "leaveAdmin",
  query: `query EmployerClaims { employerClaims(first: 25) { edges { node {
  id claimNumber status submittedAt claimant { firstName lastName }
  leavePeriods { kind startDate endDate } employerResponses { id status dueDate } } }
  pageInfo { hasNextPage endCursor } } }`,
  variables: () => ({}),
  sql: `
SELECT c.id, c."claimNumber", c.status, c."submittedAt", c."claimantId", c."employerId",
  json_build_object('firstName', pe."firstName", 'lastName', pe."lastName") AS claimant,
  (SELECT json_agg(json_build_object('kind', l.kind, 'startDate', l."startDate", 'endDate', l."endDate") ORDER BY l."startDate")
     FROM "LeavePeriod" l WHERE l."claimId" = c.id) AS "leavePeriods",
  (SELECT json_agg(json_build_object('id', r.id, 'status', r.status, 'dueDate', r."dueDate")) FROM "EmployerResponse" r WHERE r."claimId" = c.id) AS "employerResponses"
FROM "Claim" c
JOIN "Person" pe ON pe.id = c."claimantId"
WHERE c."employerId" = $1 AND c.status <> 'DRAFT'
ORDER BY c."submittedAt" DESC, c.id DESC
LIMIT 26`,
  params: (_i, ids) => [ids.employerId],
};

export const CLAIM_REVIEW: HotRead = {
  key: "claim-review",
  label: "claim review (staff)",
  as: "staff",
  query: `query ClaimReview($id: ID!) { claim(id: $id) {
  id claimNumber status version leaveReason familyRelationship conditionDescription applicationDate submittedAt
  program { name jurisdiction }
  claimant { id firstName lastName taxIdMasked dateOfBirth wageRecords { year quarter wages hours employer { name } } }
  employer { name }
  eligibility { eligible errorCode weeklyBenefitAmount averageWeeklyWage basePeriodQuarters maxWeeks explanation }
  leavePeriods { kind startDate endDate hoursPerWeek decision }
  employerResponses { status dueDate respondedAt contestReasons comment }
  documents { id fileName status createdAt }
  determinations { outcome reasonCode decidedAt decidedBy { name } }
  statusHistory { toStatus at reason }
  tasks { id kind status dueAt assignee { name } }
  allowedActions } }`,
  variables: (i, ids) => ({ id: ids.claimIds[spread(i, ids.claimIds.length)] }),
  sql: `
SELECT c.id, c."claimNumber", c.status, c.version, c."leaveReason", c."familyRelationship", c."conditionDescription",
  c."applicationDate", c."submittedAt", c."claimantId", c."employerId",
  json_build_object('name', p.name, 'jurisdiction', p.jurisdiction) AS program,
  json_build_object('id', pe.id, 'firstName', pe."firstName", 'lastName', pe."lastName", 'ssnLast4', pe."ssnLast4", 'dateOfBirth', pe."dateOfBirth",
    'wageRecords', (SELECT json_agg(json_build_object('year', w.year, 'quarter', w.quarter, 'wages', w.wages, 'hours', w.hours, 'employer', json_build_object('name', we.name)) ORDER BY w.year DESC, w.quarter DESC)
                    FROM "WageRecord" w JOIN "Employer" we ON we.id = w."employerId" WHERE w."personId" = pe.id)) AS claimant,
  json_build_object('name', e.name) AS employer,
  (SELECT json_build_object('eligible', s.eligible, 'errorCode', s."errorCode", 'weeklyBenefitAmount', s."weeklyBenefitAmount",
      'averageWeeklyWage', s."averageWeeklyWage", 'basePeriodQuarters', s."basePeriodQuarters", 'maxWeeks', s."maxWeeks", 'explanation', s.explanation)
     FROM "EligibilitySnapshot" s WHERE s."claimId" = c.id ORDER BY s."computedAt" DESC LIMIT 1) AS eligibility,
  (SELECT json_agg(json_build_object('kind', l.kind, 'startDate', l."startDate", 'endDate', l."endDate", 'hoursPerWeek', l."hoursPerWeek", 'decision', l.decision) ORDER BY l."startDate")
     FROM "LeavePeriod" l WHERE l."claimId" = c.id) AS "leavePeriods",
  (SELECT json_agg(json_build_object('status', r.status, 'dueDate', r."dueDate", 'respondedAt', r."respondedAt", 'contestReasons', r."contestReasons", 'comment', r.comment))
     FROM "EmployerResponse" r WHERE r."claimId" = c.id) AS "employerResponses",
  (SELECT json_agg(json_build_object('id', d.id, 'fileName', d."fileName", 'status', d.status, 'createdAt', d."createdAt") ORDER BY d."createdAt" DESC)
     FROM "Document" d WHERE d."claimId" = c.id) AS documents,
  (SELECT json_agg(json_build_object('outcome', x.outcome, 'reasonCode', x."reasonCode", 'decidedAt', x."decidedAt", 'decidedBy', json_build_object('name', xu.name)) ORDER BY x."decidedAt" DESC)
     FROM "Determination" x JOIN "User" xu ON xu.id = x."decidedById" WHERE x."claimId" = c.id) AS determinations,
  (SELECT json_agg(json_build_object('toStatus', h."toStatus", 'at', h.at, 'reason', h.reason) ORDER BY h.at)
     FROM "ClaimStatusChange" h WHERE h."claimId" = c.id) AS "statusHistory",
  (SELECT json_agg(json_build_object('id', t.id, 'kind', t.kind, 'status', t.status, 'dueAt', t."dueAt", 'assignee', json_build_object('name', tu.name)) ORDER BY t."dueAt")
     FROM "Task" t LEFT JOIN "User" tu ON tu.id = t."assigneeId" WHERE t."claimId" = c.id) AS tasks
FROM "Claim" c
JOIN "Program" p ON p.id = c."programId"
JOIN "Person" pe ON pe.id = c."claimantId"
LEFT JOIN "Employer" e ON e.id = c."employerId"
WHERE c.id = $1`,
  params: (i, ids) => [ids.claimIds[spread(i, ids.claimIds.length)]],
};

export const HOT_READS: HotRead[] = [CLAIM_DETAIL, WORK_QUEUE, CLAIMANT_CLAIM_LIST, EMPLOYER_CLAIM_LIST, CLAIM_REVIEW];
