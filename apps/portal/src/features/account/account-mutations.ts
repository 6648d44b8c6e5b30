// The account's GraphQL operations (apps/api/src/auth/account.graphql.ts and
// domains/people/identity-link.graphql.ts).
import { graphql } from "@openleave/web";

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on MutationSignUpSuccess {
        data {
          userId
        }
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
      ... on RateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      __typename
      ... on MutationVerifyEmailSuccess {
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

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail {
      __typename
      ... on MutationResendVerificationEmailSuccess {
        data
      }
      ... on Error {
        code
        message
      }
      ... on RateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on MutationChangePasswordSuccess {
        data {
          otherSessionsSignedOut
        }
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
      ... on RateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);

export const SetPreferredLanguageMutation = graphql(`
  mutation SetPreferredLanguage($language: Language!) {
    setPreferredLanguage(language: $language) {
      __typename
      ... on MutationSetPreferredLanguageSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const ExtendSessionMutation = graphql(`
  mutation ExtendSession {
    extendSession {
      __typename
      ... on MutationExtendSessionSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const LinkIdentityMutation = graphql(`
  mutation LinkIdentity($input: LinkIdentityInput!) {
    linkIdentity(input: $input) {
      __typename
      ... on MutationLinkIdentitySuccess {
        data {
          id
          firstName
          lastName
          taxIdMasked
        }
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
      ... on RateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);
