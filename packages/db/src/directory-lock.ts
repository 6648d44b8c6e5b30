import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class EmbeddedDatabaseInUseError extends Error {
  constructor(directory: string, pid: number) {
    super(
      `The embedded database at ${directory} is already open in another process (pid ${pid}). ` +
        `Stop that process first (only one process can use the embedded database), or set DATABASE_URL to use PostgreSQL.`,
    );
  }
}

/**
 * Takes an exclusive lock on a folder through a pid file next to it. A lock left behind by a
 * process that no longer runs is taken over. Returns the function that releases the lock.
 */
export function acquireDirectoryLock(directory: string): () => void {
  const lockFile = path.join(path.dirname(directory), `${path.basename(directory)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => {
        process.off("exit", release);
        try {
          if (readFileSync(lockFile, "utf8") === String(process.pid)) rmSync(lockFile);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockFile, "utf8"));
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new EmbeddedDatabaseInUseError(directory, holder);
      }
      rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${directory}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
