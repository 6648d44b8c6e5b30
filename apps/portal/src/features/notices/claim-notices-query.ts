import { graphql } from "@openleave/web";

// The notices of one claim the signed-in claimant may read (the API leaves out an employer's
// copies), newest first, each with where its PDF downloads.
export const ClaimNoticesQuery = graphql(`
  query ClaimNotices($id: ID!) {
    claim(id: $id) {
      id
      notices {
        id
        kind
        language
        subject
        body
        createdAt
        pdfUrl
      }
    }
  }
`);
