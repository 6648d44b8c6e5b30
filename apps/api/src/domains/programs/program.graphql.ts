import { prismaQuery } from "../../graphql/reload.ts";
import { builder } from "../../graphql/builder.ts";

export const ProgramRef = builder.prismaObject("Program", {
  description: "A benefit program this deployment runs: a jurisdiction and a program code.",
  fields: (t) => ({
    id: t.exposeID("id"),
    jurisdiction: t.exposeString("jurisdiction"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    active: t.exposeBoolean("active"),
  }),
});

builder.queryField("programs", (t) =>
  t.prismaField({
    type: [ProgramRef],
    description: "The programs this deployment runs. Public: the portal shows them before sign-in.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.program.findMany({
        ...prismaQuery(query),
        where: { active: true },
        orderBy: [{ jurisdiction: "asc" }, { code: "asc" }],
      }),
  }),
);
