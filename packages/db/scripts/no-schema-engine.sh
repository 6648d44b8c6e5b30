#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on offline machines.
# See packages/db/README.md ("How Prisma runs here"): migrations run in process instead.
echo "Prisma's native schema engine is not used in this repository: run \`pnpm db:migrate\` to apply migrations and \`pnpm --filter @openleave/db migrate:dev --name <what>\` to write one." >&2
exit 1
