import { graphql } from "@openleave/web";

export const PrivatePlanApplicationsQuery = graphql(`
  query PrivatePlanApplications($status: PrivatePlanStatus) {
    privatePlanApplications(status: $status) {
      id
      status
      version
      funding
      administratorName
      policyNumber
      claimsContactPhone
      claimsContactEmail
      requestedEffectiveDate
      effectiveFrom
      effectiveTo
      submittedAt
      decidedAt
      decisionReason
      employer {
        id
        name
        jurisdiction
      }
      documents {
        id
        fileName
        status
        downloadPath
      }
    }
  }
`);

export const ExemptEmployersQuery = graphql(`
  query ExemptEmployers {
    exemptEmployers {
      owedBeforeExemption
      paidWhileExempt
      net
      exemptQuarters
      plan {
        id
        administratorName
        effectiveFrom
        effectiveTo
        employer {
          id
          name
        }
      }
    }
  }
`);

export const DecidePrivatePlanMutation = graphql(`
  mutation DecidePrivatePlan($input: DecidePrivatePlanInput!) {
    decidePrivatePlan(input: $input) {
      __typename
      ... on MutationDecidePrivatePlanSuccess {
        data {
          id
          status
          version
          effectiveFrom
          effectiveTo
        }
      }
      ... on InvalidInputError {
        code
        message
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
