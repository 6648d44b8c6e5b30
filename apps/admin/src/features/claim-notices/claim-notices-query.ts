import { graphql } from "@openleave/web";

// Every notice on a claim, the claimant's and the employer's copies (staff read all of them).
export const ClaimNoticesQuery = graphql(`
  query ConsoleClaimNotices($id: ID!) {
    claim(id: $id) {
      id
      notices {
        id
        kind
        audience
        language
        subject
        createdAt
        pdfUrl
      }
    }
  }
`);
