import type { ResultOf } from "gql.tada";
import type { ClaimReviewQuery } from "./claim-review-query";

export type ReviewedClaim = NonNullable<ResultOf<typeof ClaimReviewQuery>["claim"]>;
