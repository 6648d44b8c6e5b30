import { graphql } from "@openleave/web";

export const MyClaimsQuery = graphql(`
  query MyClaims($first: Int!) {
    myClaims(first: $first) {
      edges {
        node {
          id
          claimNumber
          status
          leaveReason
          createdAt
          submittedAt
          program {
            id
            name
            jurisdiction
          }
          employer {
            id
            name
          }
          leavePeriods {
            id
            startDate
            endDate
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
