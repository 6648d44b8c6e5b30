import { builder } from "../../graphql/builder.ts";
import { AppealOutcomeEnum, AppealStatusEnum, AppellantRoleEnum } from "../../graphql/enums.ts";

builder.prismaObject("Appeal", {
  fields: (t) => ({
    id: t.exposeID("id"),
    appellantRole: t.expose("appellantRole", { type: AppellantRoleEnum }),
    filedAt: t.expose("filedAt", { type: "DateTime" }),
    deadline: t.expose("deadline", { type: "Date" }),
    filedLate: t.exposeBoolean("filedLate"),
    reason: t.exposeString("reason"),
    status: t.expose("status", { type: AppealStatusEnum }),
    version: t.exposeInt("version"),
    hearingAt: t.expose("hearingAt", { type: "DateTime", nullable: true }),
    outcome: t.expose("outcome", { type: AppealOutcomeEnum, nullable: true }),
    decisionSummary: t.exposeString("decisionSummary", { nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    officer: t.relation("officer", { nullable: true }),
    determination: t.relation("determination"),
  }),
});
