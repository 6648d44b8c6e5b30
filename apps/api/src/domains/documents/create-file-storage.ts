// Picks the storage adapter the configuration asks for.
import type { Config } from "../../config.ts";
import { S3Storage } from "./s3-storage.ts";
import { LocalDiskStorage, type FileStorage } from "./storage.ts";

export function createFileStorage(storage: Config["storage"]): FileStorage {
  return storage.kind === "s3" ? new S3Storage(storage) : new LocalDiskStorage(storage.directory);
}
