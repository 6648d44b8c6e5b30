import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDirectoryLock, EmbeddedDatabaseInUseError } from "./directory-lock.ts";

describe("the embedded database lock", () => {
  it("lets one process hold a folder and tells a second who holds it", () => {
    const directory = path.join(mkdtempSync(path.join(tmpdir(), "lock-")), "pglite");
    const release = acquireDirectoryLock(directory);
    expect(readFileSync(`${directory}.lock`, "utf8")).toBe(String(process.pid));
    // Pretend another live process (our parent) holds it.
    writeFileSync(`${directory}.lock`, String(process.ppid));
    expect(() => acquireDirectoryLock(directory)).toThrow(EmbeddedDatabaseInUseError);
    writeFileSync(`${directory}.lock`, String(process.pid));
    release();
    expect(existsSync(`${directory}.lock`)).toBe(false);
  });

  it("takes over a lock left by a process that is gone", () => {
    const directory = path.join(mkdtempSync(path.join(tmpdir(), "lock-")), "pglite");
    writeFileSync(`${directory}.lock`, "2147483646");
    const release = acquireDirectoryLock(directory);
    expect(readFileSync(`${directory}.lock`, "utf8")).toBe(String(process.pid));
    release();
  });
});
