/**
 * The time zone each jurisdiction's agency keeps its calendar in: an application submitted at
 * 11 p.m. in Seattle is dated that day, not the next (UTC). Zones are IANA names; the tz
 * database's zone.tab lists each one for the state. Where a state spans two zones, the zone of
 * the agency's seat is used and the note says so. A program run for a federal rule (US FMLA)
 * has no agency calendar of its own: the deployment chooses.
 */
import type { Citation } from "../core/parameter";
import { type PolicyFact, cited, deploymentPolicy } from "./policy-fact";

const TZ_DATABASE: Citation = {
  title: "IANA Time Zone Database, zone1970.tab (the zone for each region)",
  href: "https://data.iana.org/time-zones/tzdb/zone1970.tab",
  grade: "A",
};

const zone = (name: string, note?: string): PolicyFact<string> => cited(name, [TZ_DATABASE], note);

export const TIME_ZONES: Readonly<Record<string, PolicyFact<string>>> = {
  WA: zone("America/Los_Angeles"),
  OR: zone("America/Los_Angeles", "Most of Malheur County keeps Mountain time; the agency in Salem keeps Pacific."),
  CA: zone("America/Los_Angeles"),
  CO: zone("America/Denver"),
  MN: zone("America/Chicago"),
  HI: zone("Pacific/Honolulu"),
  PR: zone("America/Puerto_Rico"),
  MA: zone("America/New_York"),
  NY: zone("America/New_York"),
  NJ: zone("America/New_York"),
  CT: zone("America/New_York"),
  RI: zone("America/New_York"),
  DE: zone("America/New_York"),
  MD: zone("America/New_York"),
  DC: zone("America/New_York"),
  US: deploymentPolicy(
    "America/New_York",
    "A federal rule has no agency calendar of its own; the default is the zone of the U.S. Department of Labor in Washington, DC.",
  ),
};
