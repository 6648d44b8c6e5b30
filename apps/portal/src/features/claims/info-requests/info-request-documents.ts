import { graphql } from "@openleave/web";

export const RespondToInfoRequestMutation = graphql(`
  mutation RespondToInfoRequest($input: RespondToInformationRequestInput!) {
    respondToInformationRequest(input: $input) {
      __typename
      ... on MutationRespondToInformationRequestSuccess {
        data {
          id
          status
          version
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
