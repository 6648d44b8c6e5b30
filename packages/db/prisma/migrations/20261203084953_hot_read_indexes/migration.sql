-- CreateIndex
CREATE INDEX "Claim_employerId_submittedAt_id_idx" ON "Claim"("employerId", "submittedAt", "id");

-- Open work is "completedAt IS NULL". The ORM sends task statuses as cast parameters, which
-- PostgreSQL cannot match against a partial index on the status list, so the work queue had to
-- pick its page with hand-written SQL and then load it (two statements). A NULL test the ORM
-- writes literally, so an index on it serves the queue in one statement. The trigger keeps
-- the two facts in step whatever writes the row: a finished task always has completedAt, an
-- open one never does.
UPDATE "Task" SET "completedAt" = COALESCE("completedAt", "createdAt") WHERE "status" IN ('DONE', 'CANCELLED');
UPDATE "Task" SET "completedAt" = NULL WHERE "status" IN ('OPEN', 'IN_PROGRESS');

CREATE FUNCTION task_completed_at_follows_status() RETURNS trigger AS $$
BEGIN
  IF NEW."status" IN ('DONE', 'CANCELLED') THEN
    NEW."completedAt" := COALESCE(NEW."completedAt", now());
  ELSE
    NEW."completedAt" := NULL;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Task_completedAt_follows_status"
  BEFORE INSERT OR UPDATE OF "status", "completedAt" ON "Task"
  FOR EACH ROW EXECUTE FUNCTION task_completed_at_follows_status();

DROP INDEX "Task_open_queue_dueAt_idx";
DROP INDEX "Task_open_dueAt_idx";
CREATE INDEX "Task_open_queue_dueAt_idx" ON "Task" ("queue", "dueAt", "id") WHERE "completedAt" IS NULL;
CREATE INDEX "Task_open_dueAt_idx" ON "Task" ("dueAt", "id") WHERE "completedAt" IS NULL;
