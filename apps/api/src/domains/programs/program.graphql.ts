import { isDateOnly } from "@openleave/db";
import { GraphQLError } from "graphql";
import { prismaQuery } from "../../graphql/reload.ts";
import { builder } from "../../graphql/builder.ts";
import { programToday } from "./program-calendar.ts";
import { rulesFor } from "./program-policy.ts";
import { ProgramRulesRef } from "./program-rules.graphql.ts";

export const ProgramRef = builder.prismaObject("Program", {
  description: "A benefit program this deployment runs: a jurisdiction and a program code.",
  select: { id: true, jurisdiction: true, code: true, name: true, active: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    jurisdiction: t.exposeString("jurisdiction"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    active: t.exposeBoolean("active"),
    rules: t.field({
      type: ProgramRulesRef,
      description:
        "The program's rules (coverage, time zone, filing window, deadlines, decision times, denial reasons) on a date: `on`, or the program's today.",
      args: { on: t.arg.string({ required: false, description: "YYYY-MM-DD" }) },
      select: { jurisdiction: true, code: true },
      resolve: (program, args, ctx) => {
        const policy = ctx.config.programPolicy;
        if (args.on != null && !isDateOnly(args.on)) {
          throw new GraphQLError("on must be a date like 2026-12-02.", { extensions: { code: "BAD_USER_INPUT" } });
        }
        return rulesFor(program, args.on ?? programToday(program.jurisdiction, ctx.now(), policy), policy);
      },
    }),
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
