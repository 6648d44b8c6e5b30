// @openleave/db — the database: the Prisma client and schema types, how to connect (PGlite or
// PostgreSQL), migrations and the demo seed, with the @db.Date boundary and the claim-number
// sequence. Password hashing and PII sealing are @openleave/crypto.
export { connectDatabase, pingDatabase, targetFromEnvironment } from "./client.ts";
export type { ConnectOptions, Database, DatabaseHandle, DatabaseTarget } from "./client.ts";
export { applyMigrations, listMigrations, migrateDatabase } from "./migrations.ts";
export type { Migration, MigrationConnection } from "./migrations.ts";
export {
  appRoleGrantsSql,
  applyAppRoleGrants,
  asRole,
  roleOf,
  setupDatabaseRoles,
  setupRolesInDatabase,
} from "./roles.ts";
export { dataDirectory, embeddedDatabaseDirectory, repositoryRoot } from "./paths.ts";
export { addDays, daysBetween, fromDateOnly, isDateOnly, toDateOnly, todayIn } from "./dates.ts";
export { nextClaimNumber } from "./claim-numbers.ts";
export { DEMO_PROGRAMS, lastCompletedQuarters, seedDemoData } from "./seed/seed.ts";
export type { SeedSummary } from "./seed/seed.ts";
export { CLAIMANTS, DEMO_PASSWORD, EMPLOYERS, STAFF_ACCOUNTS } from "./seed/demo-data.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export type {
  Appeal,
  AuditEvent,
  Claim,
  Determination,
  Document,
  EligibilitySnapshot,
  Employer,
  EmployerResponse,
  LeavePeriod,
  Notice,
  Payment,
  Person,
  Program,
  Task,
  User,
  WageRecord,
  WageReport,
} from "./generated/prisma/client.ts";
