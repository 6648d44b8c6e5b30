import path from "node:path";

/** Root of the repository (packages/db/src → ../../..). */
export const repositoryRoot = path.resolve(import.meta.dirname, "../../..");

/** Where the embedded database and development keys live: git-ignored, per checkout. */
export function dataDirectory(): string {
  return process.env.OPENLEAVE_DATA_DIR ?? path.join(repositoryRoot, ".data");
}

export function embeddedDatabaseDirectory(): string {
  return process.env.OPENLEAVE_PGLITE_DIR ?? path.join(dataDirectory(), "pglite");
}

export const migrationsDirectory = path.resolve(import.meta.dirname, "../prisma/migrations");
