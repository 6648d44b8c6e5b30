// The programs this deployment runs: public data both apps list from Server Components
// (the portal as cards, the console as a table) through `createServerGraphQLClient`. What each
// program covers comes from the rules package's catalog (`rules`), never from the apps.
import { graphql } from "../graphql/graphql";

export const ProgramsQuery = graphql(`
  query Programs {
    programs {
      id
      jurisdiction
      code
      name
      rules {
        coveredLeaveReasons
      }
    }
  }
`);
