// Each program's "today" is the calendar date where its agency is, not where the server is:
// an application submitted at 11 p.m. in Seattle is dated that day, not tomorrow (UTC). The
// zones come from the rules package's catalog (cited per jurisdiction); a deployment's program
// policy may set the zone only where the catalog leaves it to policy.
import { todayIn } from "@openleave/db";
import { type PolicyOverrides, jurisdictionTimeZone } from "@openleave/rules";

export function programTimeZone(jurisdiction: string, policy: PolicyOverrides = {}): string {
  return jurisdictionTimeZone(jurisdiction, policy);
}

export function programToday(jurisdiction: string, now: Date, policy: PolicyOverrides = {}): string {
  return todayIn(programTimeZone(jurisdiction, policy), now);
}
