// What SQL turns the checked-in migrations into `schema.prisma`: the heart of writing a new
// migration (`migrate:dev`) and of the drift test. Prisma 7's CLI computes this only with its
// native schema engine, which offline machines cannot download, so this drives Prisma's
// WebAssembly build of the same engine (`@prisma/schema-engine-wasm`, the build that matches the
// client's engines) over in-memory PGlite databases: the migrations are replayed on a scratch
// "shadow" database and compared with the schema, exactly as `prisma migrate diff
// --from-migrations --to-schema` does. Development tooling only; nothing at run time loads it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { listMigrations } from "./migrations.ts";
import { migrationsDirectory } from "./paths.ts";

export const schemaPath = path.resolve(import.meta.dirname, "../prisma/schema.prisma");

interface SchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

// The WebAssembly global, which this repository's TypeScript libraries (ES2023 + Node) leave untyped.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

let engineModule: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> } }> | undefined;

/** The wasm-bindgen module, instantiated by hand: Node 20 cannot `import` a .wasm file. */
function loadEngineModule() {
  engineModule ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = await import(pathToFileURL(bindingsPath).href);
    const module = new WebAssembly.Module(readFileSync(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

/**
 * PGlite databases for the engine: each shadow database is a fresh in-memory instance. The
 * adapter's own executeScript does not wait for PGlite (a failing migration would go unnoticed),
 * so scripts are awaited here.
 */
function scratchDatabases(): { factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> } {
  const opened: PGlite[] = [];
  const connectTo = async () => {
    const pglite = new PGlite();
    opened.push(pglite);
    const adapter = await new PrismaPGlite(pglite).connect();
    adapter.executeScript = async (script: string) => {
      await pglite.exec(script);
    };
    return adapter;
  };
  return {
    factory: {
      provider: "postgres",
      adapterName: "openleave-pglite-scratch",
      connect: connectTo,
      connectToShadowDb: connectTo,
    },
    close: async () => {
      await Promise.all(opened.map((pglite) => pglite.close()));
    },
  };
}

/**
 * The SQL script that takes a database migrated with every checked-in migration to the schema
 * in `schema.prisma`; empty when they agree. `schema` overrides the file's contents (tests).
 */
export async function diffMigrationsToSchema(schema: string = readFileSync(schemaPath, "utf8")): Promise<string> {
  const { SchemaEngine } = await loadEngineModule();
  const databases = scratchDatabases();
  const schemaFiles = { files: [{ path: schemaPath, content: schema }] };
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(databases.factory),
  );
  try {
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: migrationsDirectory,
        lockfile: {
          path: "migration_lock.toml",
          content: readFileSync(path.join(migrationsDirectory, "migration_lock.toml"), "utf8"),
        },
        shadowDbInitScript: "",
        migrationDirectories: listMigrations().map((migration) => ({
          path: migration.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", ...schemaFiles },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // With exitCode set, the engine answers 2 when there is a difference and 0 when there is none.
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } finally {
    engine.free();
    await databases.close();
  }
}
