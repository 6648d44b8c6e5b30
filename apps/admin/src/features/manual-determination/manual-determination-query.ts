import { graphql } from "@openleave/web";

// A claim's manual determinations and what the panel needs to offer one: the rules' last answer,
// the requested leave and the version a proposal names.
export const ManualDeterminationsQuery = graphql(`
  query ManualDeterminations($id: ID!) {
    claim(id: $id) {
      id
      version
      status
      leavePeriods {
        id
        startDate
        endDate
      }
      eligibility {
        id
        errorCode
      }
      manualDeterminations {
        id
        status
        outcome
        weeklyBenefitAmount
        benefitWeeks
        approvedStartDate
        approvedEndDate
        reason
        proposedAt
        proposedBy {
          id
          name
        }
        reviewedBy {
          id
          name
        }
        reviewedAt
        reviewNote
      }
    }
  }
`);

export const ProposeManualDeterminationMutation = graphql(`
  mutation ProposeManualDetermination($input: ProposeManualDeterminationInput!) {
    proposeManualDetermination(input: $input) {
      __typename
      ... on MutationProposeManualDeterminationSuccess {
        data {
          id
          status
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

export const ReviewManualDeterminationMutation = graphql(`
  mutation ReviewManualDetermination($input: ReviewManualDeterminationInput!) {
    reviewManualDetermination(input: $input) {
      __typename
      ... on MutationReviewManualDeterminationSuccess {
        data {
          id
          status
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
