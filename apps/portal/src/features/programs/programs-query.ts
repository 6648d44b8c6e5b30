import { graphql } from "@/graphql/graphql";

export const ProgramsQuery = graphql(`
  query Programs {
    programs {
      id
      jurisdiction
      code
      name
    }
  }
`);
