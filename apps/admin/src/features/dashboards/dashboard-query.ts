import { graphql } from "@openleave/web";

export const ProgramDashboardQuery = graphql(`
  query ProgramDashboard($programId: ID, $from: Date!, $to: Date!) {
    programs {
      id
      name
    }
    programDashboard(programId: $programId, from: $from, to: $to) {
      from
      to
      weeks {
        weekStart
        applications
        approved
        partiallyApproved
        denied
      }
      daysToDecision {
        claims
        waiting
        onHold
        medianDays
        p90Days
      }
      daysToFirstPayment {
        claims
        waiting
        onHold
        medianDays
        p90Days
      }
      queues {
        queue
        open
        overdue
        ageUnder3Days
        age3To7Days
        age8To14Days
        age15DaysOrMore
      }
      employerResponses {
        due
        onTime
        late
        missed
        open
        contested
        onTimeRate
        responseRate
      }
      appealOutcomes {
        outcome
        appeals
      }
      quarters {
        quarter
        premiumsReported
        benefitsPaid
        netPosition
      }
      utilization {
        claims
        coveredWorkers
        claimsPerThousandWorkers
      }
      byLeaveReason {
        leaveReason
        approvedClaims
        averageWeeklyBenefit
        averageWeeks
      }
    }
  }
`);
