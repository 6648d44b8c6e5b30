// A one-time emailed link sets a password: a claimant's reset, or a new staff member's first one.
import { graphql } from "../graphql/graphql";

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      __typename
      ... on MutationResetPasswordSuccess {
        data
      }
      ... on Error {
        code
        message
      }
      ... on InvalidInputError {
        issues {
          path
          message
        }
      }
    }
  }
`);
