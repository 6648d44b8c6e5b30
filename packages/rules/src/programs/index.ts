/**
 * The program registry: jurisdiction + program code → program module. Adding a program is one
 * folder under src/programs/ and one line in PROGRAMS below (see docs/RULES.md).
 */
import { ErrorCode, RulesError } from "../core/errors";
import { isCatalogued, programKey } from "../core/vocabulary";
import { coFamli } from "./co-famli/program";
import { maPfml } from "./ma-pfml/program";
import { nyPfl } from "./ny-pfl/program";
import type { ProgramDefinition } from "./program";
import { waPfml } from "./wa-pfml/program";

export const PROGRAMS: readonly ProgramDefinition[] = [
  waPfml,
  maPfml,
  coFamli,
  nyPfl,
];

const BY_KEY: ReadonlyMap<string, ProgramDefinition> = new Map(PROGRAMS.map((p) => [programKey(p.jurisdiction, p.code), p]));

/** The program for jurisdiction + code, or UNKNOWN_PROGRAM / PROGRAM_NOT_SUPPORTED. */
export function findProgram(jurisdiction: string, program: string): ProgramDefinition {
  const found = BY_KEY.get(programKey(jurisdiction, program));
  if (found !== undefined) return found;
  if (isCatalogued(jurisdiction, program)) {
    throw new RulesError(
      ErrorCode.PROGRAM_NOT_SUPPORTED,
      `${jurisdiction} ${program} is a known program whose rules are not implemented yet`,
    );
  }
  throw new RulesError(ErrorCode.UNKNOWN_PROGRAM, `${jurisdiction} ${program} is not a known program code`);
}
