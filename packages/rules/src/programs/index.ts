/**
 * The program registry: jurisdiction + program code → program module. Adding a program is one
 * folder under src/programs/ and one line in PROGRAMS below (see docs/RULES.md).
 */
import { ErrorCode, RulesError } from "../core/errors";
import { isCatalogued, programKey } from "../core/vocabulary";
import { coFamli } from "./co-famli/program";
import { maPfml } from "./ma-pfml/program";
import { nyPfl } from "./ny-pfl/program";
import { njFli } from "./nj-fli/program";
import { njTdi } from "./nj-tdi/program";
import { nyDbl } from "./ny-dbl/program";
import { riTdi } from "./ri-tdi/program";
import { riTci } from "./ri-tci/program";
import { orPfml } from "./or-pfml/program";
import { ctPfml } from "./ct-pfml/program";
import { usFmla } from "./us-fmla/program";
import { dePfml } from "./de-pfml/program";
import { hiTdi } from "./hi-tdi/program";
import { caSdi } from "./ca-sdi/program";
import { caPfl } from "./ca-pfl/program";
import { dcPfl } from "./dc-pfl/program";
import { mnPfml } from "./mn-pfml/program";
import { mdFamli } from "./md-famli/program";
import { prSinot } from "./pr-sinot/program";
import type { ProgramDefinition } from "./program";
import { waPfml } from "./wa-pfml/program";

export const PROGRAMS: readonly ProgramDefinition[] = [
  waPfml,
  maPfml,
  coFamli,
  nyPfl,
  njFli,
  njTdi,
  nyDbl,
  riTdi,
  riTci,
  orPfml,
  ctPfml,
  usFmla,
  dePfml,
  hiTdi,
  caSdi,
  caPfl,
  dcPfl,
  mnPfml,
  mdFamli,
  prSinot,
];

// jurisdiction → program code → module (two lookups, no key string built per request).
const BY_CODE = new Map<string, Map<string, ProgramDefinition>>();
for (const p of PROGRAMS) {
  const codes = BY_CODE.get(p.jurisdiction) ?? new Map<string, ProgramDefinition>();
  if (codes.has(p.code)) throw new Error(`two modules for ${programKey(p.jurisdiction, p.code)}`);
  codes.set(p.code, p);
  BY_CODE.set(p.jurisdiction, codes);
}

/** The program for jurisdiction + code, or UNKNOWN_PROGRAM / PROGRAM_NOT_SUPPORTED. */
export function findProgram(jurisdiction: string, program: string): ProgramDefinition {
  const found = BY_CODE.get(jurisdiction)?.get(program);
  if (found !== undefined) return found;
  if (isCatalogued(jurisdiction, program)) {
    throw new RulesError(
      ErrorCode.PROGRAM_NOT_SUPPORTED,
      `${jurisdiction} ${program} is a known program whose rules are not implemented yet`,
    );
  }
  throw new RulesError(ErrorCode.UNKNOWN_PROGRAM, `${jurisdiction} ${program} is not a known program code`);
}

/** The program an operation's input names (jurisdiction and program code), or a typed error. */
export function programFor(input: { readonly jurisdiction?: unknown; readonly program?: unknown }): ProgramDefinition {
  if (typeof input.jurisdiction !== "string" || typeof input.program !== "string") {
    throw new RulesError(ErrorCode.INVALID_REQUEST, "jurisdiction and program are required strings");
  }
  return findProgram(input.jurisdiction, input.program);
}
