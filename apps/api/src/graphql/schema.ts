// Every domain registers its types, queries and mutations on the builder when imported; this
// file is the one list of them.
import { lexicographicSortSchema, type GraphQLSchema } from "graphql";
import "../errors/error-types.graphql.ts";
import "../auth/auth.graphql.ts";
import "../auth/account.graphql.ts";
import "../auth/auth-providers.graphql.ts";
import "../domains/programs/program.graphql.ts";
import "../domains/claims/claim.graphql.ts";
import "../domains/people/person.graphql.ts";
import "../domains/people/identity-link.graphql.ts";
import "../domains/employers/employer.graphql.ts";
import "../domains/employer-grievances/employer-grievances.graphql.ts";
import "../domains/review/review.graphql.ts";
import "../domains/notices/notice.graphql.ts";
import "../domains/manual-determinations/manual-determination.graphql.ts";
import "../domains/documents/document.graphql.ts";
import "../domains/tasks/task.graphql.ts";
import "../domains/payments/payment.graphql.ts";
import "../domains/appeals/appeal.graphql.ts";
import "../domains/wages/wage-report.graphql.ts";
import "../domains/premiums/premium-statement.graphql.ts";
import "../domains/private-plans/private-plan.graphql.ts";
import "../domains/audit/audit.graphql.ts";
import "../domains/claim-notes/claim-notes.graphql.ts";
import "../domains/claims/find-claims.graphql.ts";
import "../domains/published-figures/published-figures.graphql.ts";
import "../domains/staff-accounts/staff-accounts.graphql.ts";
import "../domains/program-statistics/program-statistics.graphql.ts";
import "../domains/leave-hours/leave-hours.graphql.ts";
import "../domains/leave-extensions/leave-extension.graphql.ts";
import { builder } from "./builder.ts";

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
