// `pnpm --filter @openleave/api generate`: writes the GraphQL schema to apps/api/schema.graphql.
// The file is checked in; a test fails when it drifts from the code.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { buildSchema } from "../graphql/schema.ts";

const target = path.resolve(import.meta.dirname, "../../schema.graphql");
writeFileSync(target, `${printSchema(buildSchema())}\n`);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
