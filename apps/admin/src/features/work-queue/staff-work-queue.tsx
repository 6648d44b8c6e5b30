"use client";
import { useSession } from "@openleave/web";
import { QueueTabs } from "./queue-tabs";
import { TakeNext } from "./take-next";
import type { WorkQueueFilters } from "./work-queue-filters";
import { WorkQueueTable } from "./work-queue-table";

/** The work queue for the signed-in staff member (rendered inside RequireStaff). */
export function StaffWorkQueue({ filters }: { filters: WorkQueueFilters }) {
  const session = useSession();
  if (session.status !== "signed-in") return null;
  return (
    <>
      <QueueTabs filters={filters} />
      <TakeNext queue={filters.queue} />
      <WorkQueueTable
        filters={filters}
        viewerId={session.viewer.id}
        supervisor={session.viewer.roles.includes("SUPERVISOR")}
      />
    </>
  );
}
