import { planReaders } from './readers';

/** Benchmarks of the plan: set, progress recorded, rescheduled and achieved. */
export const Benchmark = {
  entry: 'functions/benchmark/handler.ts',
  access: 'command',
  routes: {
    setBenchmark: {
      key: 'POST /processes/{processId}/benchmarks',
      roles: ['leadership'],
      summary:
        'Set a benchmark: an output or process target to reach by a due date, owned by a unit or a committee',
    },
    getBenchmark: {
      key: 'GET /processes/{processId}/benchmarks/{benchmarkId}',
      roles: planReaders,
      summary: 'A benchmark as it stands: target, due date, value last recorded',
    },
    getBenchmarkHistory: {
      key: 'GET /processes/{processId}/benchmarks/{benchmarkId}/history',
      roles: planReaders,
      summary:
        'A benchmark’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    recordProgress: {
      key: 'POST /processes/{processId}/benchmarks/{benchmarkId}/progress',
      roles: ['leadership'],
      summary: 'Record the cumulative value a benchmark has reached, with its evidence',
    },
    rescheduleBenchmark: {
      key: 'POST /processes/{processId}/benchmarks/{benchmarkId}/reschedule',
      roles: ['leadership'],
      summary: "Move a benchmark's due date, with a reason; the caller is recorded as the approver",
    },
    achieveBenchmark: {
      key: 'POST /processes/{processId}/benchmarks/{benchmarkId}/achieve',
      roles: ['leadership'],
      summary: 'Mark a benchmark achieved with the final value, refused unless it reaches the target',
    },
  },
} as const;

/** The review points where the plan is revisited: scheduled and held. */
export const ReviewPoint = {
  entry: 'functions/review-point/handler.ts',
  access: 'command',
  routes: {
    scheduleReviewPoint: {
      key: 'POST /processes/{processId}/review-points',
      roles: ['leadership'],
      summary: 'Schedule a review point of the plan',
    },
    getReviewPoint: {
      key: 'GET /processes/{processId}/review-points/{reviewPointId}',
      roles: planReaders,
      summary: 'A review point, and once held, its decisions',
    },
    holdReviewPoint: {
      key: 'POST /processes/{processId}/review-points/{reviewPointId}/hold',
      roles: ['leadership'],
      summary: 'Record a review point held, with its decisions',
    },
  },
} as const;

/** The risk register: risks, their assessments, mitigations, reviews, escalation and closing. */
export const Risk = {
  entry: 'functions/risk/handler.ts',
  access: 'command',
  routes: {
    identifyRisk: {
      key: 'POST /processes/{processId}/risks',
      roles: ['leadership'],
      summary: 'Register a risk: category, cause, consequence and owner',
    },
    getRisk: {
      key: 'GET /processes/{processId}/risks/{riskId}',
      roles: planReaders,
      summary: 'A risk as it stands: assessments, mitigations, next review',
    },
    getRiskHistory: {
      key: 'GET /processes/{processId}/risks/{riskId}/history',
      roles: planReaders,
      summary:
        'A risk’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    assessRisk: {
      key: 'POST /processes/{processId}/risks/{riskId}/assessments',
      roles: ['leadership'],
      summary: "Assess a risk's likelihood and impact; answers the score and rating",
    },
    planMitigation: {
      key: 'POST /processes/{processId}/risks/{riskId}/mitigations',
      roles: ['leadership'],
      summary: 'Plan a mitigation with an owner and a due date',
    },
    completeMitigation: {
      key: 'POST /processes/{processId}/risks/{riskId}/mitigations/{mitigationId}/complete',
      roles: ['leadership'],
      summary: 'Record a planned mitigation completed',
    },
    reviewRisk: {
      key: 'POST /processes/{processId}/risks/{riskId}/reviews',
      roles: ['leadership'],
      summary: 'Record a review of a risk and when the next one is due',
    },
    escalateRisk: {
      key: 'POST /processes/{processId}/risks/{riskId}/escalate',
      roles: ['leadership'],
      summary: 'Escalate a risk, once, to whom and why',
    },
    handOverRisk: {
      key: 'POST /processes/{processId}/risks/{riskId}/handovers',
      roles: ['leadership'],
      summary: 'Hand a risk over to a new owner, with the reason',
    },
    closeRisk: {
      key: 'POST /processes/{processId}/risks/{riskId}/close',
      roles: ['leadership'],
      summary: 'Close a risk, with the reason',
    },
  },
} as const;

/** Leadership's views of the plan: the benchmark dashboard and the risk register. */
export const Plan = {
  entry: 'functions/plan/handler.ts',
  access: 'query',
  routes: {
    getDashboard: {
      key: 'GET /processes/{processId}/dashboard',
      roles: planReaders,
      summary: 'The benchmark dashboard: each benchmark’s status, rates and projection; mandate progress',
    },
    getRiskRegister: {
      key: 'GET /processes/{processId}/risk-register',
      roles: planReaders,
      summary:
        'The risk register: every risk with its score, overdue items and history; derived risks; heat map',
    },
  },
} as const;
