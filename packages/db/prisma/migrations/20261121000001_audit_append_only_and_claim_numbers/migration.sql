-- The audit trail is append-only: refuse any UPDATE or DELETE of an AuditEvent row.
-- (The migration adapter is patched to send this script whole: see patches/ and
-- packages/db/README.md.)
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- Claim numbers ("WA-PFML-2026-000123") take their serial from one sequence, so concurrent
-- submissions never collide.
CREATE SEQUENCE claim_number_seq START 1000;

-- The staff work queue reads open tasks of one queue, soonest due first. A partial index on
-- exactly those rows lets PostgreSQL read the first page in order instead of sorting every
-- open task. (Prisma's schema language cannot express a partial index, so it lives here.)
CREATE INDEX "Task_open_queue_dueAt_idx" ON "Task" ("queue", "dueAt", "id") WHERE "status" IN ('OPEN', 'IN_PROGRESS');
-- The same across every queue (the "all work" view).
CREATE INDEX "Task_open_dueAt_idx" ON "Task" ("dueAt", "id") WHERE "status" IN ('OPEN', 'IN_PROGRESS');
