#!/usr/bin/env node
// First-load JavaScript per route of the last `next build`, gzipped (Next 16 no longer prints
// it). For each page: the root main files plus every chunk its client reference manifest names
// for the page and the layouts and boundaries around it (error, not-found, global-error) — an
// upper bound of what the browser loads before the page is interactive. The polyfills are
// left out: modern browsers skip them (nomodule).
// Usage: pnpm --filter @openleave/portal exec node scripts/first-load-js.mjs [--max-kb 200]
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..", ".next");
const limitKb = Number(process.argv[process.argv.indexOf("--max-kb") + 1]) || 200;
const build = JSON.parse(readFileSync(path.join(root, "build-manifest.json"), "utf8"));
const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length);
  return gzipped.get(file);
};

function manifests(dir) {
  const found = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...manifests(full));
    else if (entry === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

const rows = [];
for (const file of manifests(path.join(root, "server", "app"))) {
  const sandbox = { globalThis: {} };
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  for (const [route, manifest] of Object.entries(sandbox.globalThis.__RSC_MANIFEST)) {
    const chunks = new Set(build.rootMainFiles);
    for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of files) chunks.add(chunk);
    const bytes = [...chunks].reduce((sum, chunk) => sum + sizeOf(chunk), 0);
    rows.push({ route: route.replace(/\/page$/, "") || "/", kb: bytes / 1024 });
  }
}
rows.sort((a, b) => a.route.localeCompare(b.route));
let over = 0;
for (const row of rows) {
  const flag = row.kb > limitKb ? "  over the limit" : "";
  if (flag) over++;
  console.log(`${row.route.padEnd(44)} ${row.kb.toFixed(1).padStart(7)} KB${flag}`);
}
console.log(`\n${rows.length} routes, limit ${limitKb} KB gzipped; ${over} over.`);
process.exitCode = over > 0 ? 1 : 0;
