import { graphql } from "@openleave/web";

export const FindClaimsQuery = graphql(`
  query FindClaims($search: String!) {
    findClaims(search: $search) {
      id
      claimNumber
      status
      submittedAt
      leaveReason
      claimant {
        id
        firstName
        lastName
        taxIdMasked
      }
      program {
        id
        jurisdiction
        code
      }
    }
  }
`);
