import { graphql } from "../graphql/graphql";

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      roles
      personId
      emailVerifiedAt
      preferredLanguage
      sessionExpiresAt
      verifiedEmployerIds
    }
  }
`);
