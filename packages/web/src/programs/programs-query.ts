// The programs this deployment runs: public data both apps list from Server Components
// (the portal as cards, the console as a table) through `createServerGraphQLClient`.
import { graphql } from "../graphql/graphql";

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
