import { graphql } from "@openleave/web";

export const FileClaimAppealMutation = graphql(`
  mutation FileClaimAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      __typename
      ... on MutationFileAppealSuccess {
        data {
          id
          status
        }
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
