// The first pages of the work queue are the hottest read staff make. Open tasks are found
// through a partial index (migration 000001: "Task_open_queue_dueAt_idx"), which PostgreSQL can
// only use when the status list is written into the SQL itself; the ORM sends statuses as
// parameters, so it would sort every open task instead. This picks the page's ids with that
// SQL; the ORM then loads the rows and whatever relations the client asked for.
import { Prisma, type Database, type TaskQueue } from "@openleave/db";

export interface OpenTaskPageFilter {
  queue?: TaskQueue | null;
  assigneeId?: string | null;
  unassignedOnly?: boolean;
  /** Prisma-style pagination from the connection: the cursor row is included, then skipped. */
  cursorId?: string;
  skip: number;
  take: number;
}

export async function openTaskPageIds(db: Database, filter: OpenTaskPageFilter): Promise<string[]> {
  const conditions = [Prisma.sql`t.status IN ('OPEN', 'IN_PROGRESS')`];
  if (filter.queue) conditions.push(Prisma.sql`t.queue = ${filter.queue}::"TaskQueue"`);
  if (filter.assigneeId) conditions.push(Prisma.sql`t."assigneeId" = ${filter.assigneeId}::uuid`);
  if (filter.unassignedOnly) conditions.push(Prisma.sql`t."assigneeId" IS NULL`);
  if (filter.cursorId) {
    conditions.push(
      Prisma.sql`(t."dueAt", t.id) >= (SELECT c."dueAt", c.id FROM "Task" c WHERE c.id = ${filter.cursorId}::uuid)`,
    );
  }
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Task" t
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY t."dueAt", t.id
    LIMIT ${filter.take} OFFSET ${filter.skip}`;
  return rows.map((row) => row.id);
}
