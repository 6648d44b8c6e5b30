import { graphql } from "@openleave/web";

// What the claim page's "Manage" forms send, and the one thing they read beside the claim: how
// the claimant is paid now (the account masked to its last four digits).
export const CurrentPaymentMethodQuery = graphql(`
  query CurrentPaymentMethod {
    myProfile {
      id
      paymentPreference {
        id
        method
        accountNumberMasked
        accountType
        federalWithholdingElected
      }
    }
  }
`);

export const ReportLeaveHoursMutation = graphql(`
  mutation ReportLeaveHours($input: ReportLeaveHoursInput!) {
    reportLeaveHours(input: $input) {
      __typename
      ... on MutationReportLeaveHoursSuccess {
        data {
          id
          weekStart
          hours
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

export const RequestLeaveExtensionMutation = graphql(`
  mutation RequestLeaveExtension($input: RequestLeaveExtensionInput!) {
    requestLeaveExtension(input: $input) {
      __typename
      ... on MutationRequestLeaveExtensionSuccess {
        data {
          id
          status
          requestedEndDate
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
