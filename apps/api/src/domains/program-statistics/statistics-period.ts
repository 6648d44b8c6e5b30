// What every dashboard figure is computed over: the programs (one, or all) with each one's time
// zone from the rules package, so that "submitted on" and "in the week of" are dates where the
// agency is, and a period of calendar dates (inclusive), at most two years long.
import { z } from "zod";
import { InvalidInputError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { programTimeZone } from "../programs/program-calendar.ts";

export interface StatisticsScope {
  programIds: string[];
  /** Each program's IANA time zone, in the order of `programIds`. */
  timeZones: string[];
  from: string;
  to: string;
  now: Date;
}

const isoDate = z.iso.date("Use a date like 2026-12-01.");
const PeriodInput = z.object({ programId: z.uuid("Unknown program.").nullish(), from: isoDate, to: isoDate });

const MAX_DAYS = 731;

export async function statisticsScope(ctx: RequestContext, rawInput: unknown): Promise<StatisticsScope> {
  const input = parseInput(PeriodInput, rawInput);
  const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
  if (days < 0) throw InvalidInputError.field(["to"], "The end of the period must be on or after its start.");
  if (days > MAX_DAYS) throw InvalidInputError.field(["from"], "Choose a period of at most two years.");
  const programs = await ctx.db.program.findMany({
    where: input.programId ? { id: input.programId } : {},
    select: { id: true, jurisdiction: true },
    orderBy: { id: "asc" },
  });
  if (input.programId && programs.length === 0) throw InvalidInputError.field(["programId"], "Unknown program.");
  return {
    programIds: programs.map((p) => p.id),
    timeZones: programs.map((p) => programTimeZone(p.jurisdiction, ctx.config.programPolicy)),
    from: input.from,
    to: input.to,
    now: ctx.now(),
  };
}
