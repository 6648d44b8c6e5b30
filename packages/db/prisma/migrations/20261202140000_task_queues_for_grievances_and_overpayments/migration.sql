-- Work queues for employer grievances and overpayments (issues 8, 9 and 10 build on them).
ALTER TYPE "TaskQueue" ADD VALUE 'EMPLOYER_GRIEVANCE';
ALTER TYPE "TaskQueue" ADD VALUE 'OVERPAYMENTS';
ALTER TYPE "TaskKind" ADD VALUE 'REVIEW_EMPLOYER_GRIEVANCE';
ALTER TYPE "TaskKind" ADD VALUE 'REVIEW_OVERPAYMENT';
