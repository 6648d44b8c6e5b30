import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { ProgramDashboard } from "@/features/dashboards/program-dashboard";
import { RequireStaff } from "@/features/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("dashboards.title") };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f-]{36}$/i;

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

export default async function DashboardsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Default: the twelve weeks up to today where the program staff are.
  const today = todayIn(env.timeZone);
  const to = first(params.to);
  const from = first(params.from);
  const program = first(params.program);
  const end = to && ISO_DATE.test(to) ? to : today;
  const start = from && ISO_DATE.test(from) ? from : addDays(end, -83);
  return (
    <div className="grid-container">
      <RequireStaff portalUrl={env.portalUrl}>
        <ProgramDashboard
          filters={{ programId: program && UUID.test(program) ? program : null, from: start, to: end }}
        />
      </RequireStaff>
    </div>
  );
}

/** The calendar date now in an IANA time zone, "YYYY-MM-DD". */
function todayIn(timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

function addDays(isoDate: string, days: number) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
