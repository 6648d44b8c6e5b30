// linkIdentity: a signed-up claimant proves which person record is theirs (see link-identity.ts).
import { builder } from "../../graphql/builder.ts";
import { prismaQuery } from "../../graphql/reload.ts";
import { linkIdentity } from "./link-identity.ts";

const LinkIdentityInputRef = builder.inputType("LinkIdentityInput", {
  fields: (t) => ({
    firstName: t.string({ required: true }),
    lastName: t.string({ required: true }),
    dateOfBirth: t.field({ type: "Date", required: true }),
    ssn: t.string({ required: true, description: "SSN or ITIN, 9 digits; dashes and spaces are ignored." }),
  }),
});

builder.mutationField("linkIdentity", (t) =>
  t.prismaField({
    type: "Person",
    errors: {},
    authScopes: { claimant: true },
    description:
      "Links the signed-in claimant's account to their person record (found by SSN/ITIN, last name and date of birth), or creates one when no wages were reported under the number yet.",
    args: { input: t.arg({ type: LinkIdentityInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      ctx.db.person.findUniqueOrThrow({ ...prismaQuery(query), where: { id: await linkIdentity(ctx, input) } }),
  }),
);
