/**
 * The answers the pages read, written by hand until the OpenAPI document describes response bodies
 * (today every 2xx is a bare object there). Kept in this one file so generated types replace it whole.
 */

export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export interface Identity {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly processes: readonly string[];
  readonly donorId?: string;
}

export interface Process {
  readonly processId: string;
  readonly name: string;
  readonly country: string;
  readonly mandateStart: string;
  readonly mandateEnd: string;
  readonly budgetCurrency: string;
  readonly timeZone: string;
  readonly independenceThresholdPercent: number | null;
}

interface ViewHeading {
  readonly processId: string;
  readonly asOf: string | null;
  readonly knownAt: string | null;
  readonly currency: string;
}

export interface BudgetColumns {
  readonly allocated: Money;
  readonly committed: Money;
  readonly requested: Money;
  readonly approvedNotPaid: Money;
  readonly pending: Money;
  readonly disbursed: Money;
  readonly available: Money;
}

export interface Budget extends ViewHeading {
  readonly lines: readonly (BudgetColumns & {
    readonly lineId: string;
    readonly unit: string;
    readonly activity: string;
    readonly costCategory: string;
  })[];
  readonly totals: BudgetColumns;
}

export interface BudgetByUnit extends ViewHeading {
  readonly units: readonly (BudgetColumns & {
    readonly unit: string;
    readonly name: string;
    readonly lines: number;
  })[];
  readonly totals: BudgetColumns;
}

export interface BudgetByCategory extends ViewHeading {
  readonly categories: readonly (BudgetColumns & { readonly costCategory: string; readonly lines: number })[];
  readonly totals: BudgetColumns;
}

export interface BudgetBySource extends ViewHeading {
  readonly sources: readonly (Omit<BudgetColumns, 'allocated'> & {
    readonly fundingSourceId: string;
    readonly donorId?: string;
    readonly donorName?: string;
    readonly pledged: Money;
    readonly received: Money;
  })[];
}

export interface MonthSpend {
  readonly month: string;
  readonly paid: Money;
  readonly reversed: Money;
  readonly spent: Money;
}

export interface MonthlySpend extends ViewHeading {
  readonly overall: readonly MonthSpend[];
}

export interface Forecast {
  readonly available: Money;
  readonly burnRate: Money;
  readonly otherSpendingRate: Money;
  readonly personnelByMonth: readonly { readonly month: string; readonly cost: Money }[];
  readonly runsOutOn: string | null;
  readonly daysBeforeMandateEnd: number | null;
  readonly balanceAtMandateEnd: Money;
}

export interface BudgetForecast extends ViewHeading {
  readonly today: string;
  readonly mandateEnd: string;
  readonly window: { readonly from: string; readonly to: string };
  readonly overall: Forecast;
}

export type BenchmarkStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'missed';

export interface DashboardBenchmark {
  readonly benchmarkId: string;
  readonly metric: string;
  readonly kind: string;
  readonly owner: Readonly<Record<string, string>>;
  readonly dueDate: string;
  readonly baseline: number;
  readonly target: number;
  readonly value: number;
  readonly status: BenchmarkStatus;
  readonly percentComplete: number;
  readonly daysLeft: number;
  readonly projectedAtDue: number | null;
}

export interface Dashboard {
  readonly today: string;
  readonly mandate: {
    readonly mandateStart: string;
    readonly mandateEnd: string;
    readonly timeElapsedPercent: number;
    readonly benchmarks: number;
    readonly benchmarksAchieved: number;
    readonly benchmarksAchievedPercent: number;
    readonly byStatus: Readonly<Record<BenchmarkStatus, number>>;
    readonly budgetSpent: { readonly allocated: Money; readonly disbursed: Money; readonly percent: number };
  };
  readonly benchmarks: readonly DashboardBenchmark[];
  readonly nextReviewPoint: {
    readonly reviewPointId: string;
    readonly date: string;
    readonly title: string;
  } | null;
}

export interface Benchmark {
  readonly benchmarkId: string;
  readonly metric: string;
  readonly kind: string;
  readonly owner: Readonly<Record<string, string>>;
  readonly dueDate: string;
  readonly baseline: number;
  readonly target: number;
  readonly value: number;
  readonly status: string;
  readonly lastProgressDate: string | null;
}

export type Rating = 'low' | 'medium' | 'high' | 'critical';

export interface Assessment {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly rating: Rating;
}

export interface Mitigation {
  readonly mitigationId: string;
  readonly action: string;
  readonly owner: string;
  readonly dueDate: string;
  readonly status: string;
  readonly overdue?: boolean;
}

export interface RegisterEntry {
  readonly riskId: string;
  readonly title: string;
  readonly category: string;
  readonly owner: string;
  readonly cause: string;
  readonly consequence: string;
  readonly status: string;
  readonly score: number | null;
  readonly rating: Rating | null;
  readonly inherent?: Assessment;
  readonly residual?: Assessment;
  readonly basis: 'inherent' | 'residual' | null;
  readonly mitigations: readonly Mitigation[];
  readonly overdueMitigations: number;
  readonly nextReview: { readonly on: string; readonly overdue: boolean } | null;
  /** Every assessment as recorded, in order. */
  readonly history: readonly (Assessment & {
    readonly kind: 'inherent' | 'residual';
    readonly assessedOn: string;
  })[];
}

export interface DerivedRisk {
  readonly code: string;
  readonly subject: string;
  readonly category: string;
  readonly rating: Rating;
  readonly title: string;
}

export interface HeatCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly rating: Rating;
  readonly count: number;
}

export interface RiskRegister {
  readonly today: string;
  readonly risks: readonly RegisterEntry[];
  readonly derivedRisks: readonly DerivedRisk[];
  readonly heatMap: {
    readonly basis: string;
    readonly cells: readonly HeatCell[];
    readonly unassessed: number;
  };
}

export interface Risk {
  readonly riskId: string;
  readonly title: string;
  readonly category: string;
  readonly owner: string;
  readonly cause: string;
  readonly consequence: string;
  readonly status: string;
  readonly mitigations: readonly Mitigation[];
}

export interface RosterEntry {
  readonly kind: 'appointment' | 'secondment';
  readonly id: string;
  readonly person: { readonly name: string; readonly personId: string };
  readonly role: string;
  readonly unit: string | null;
  readonly postTitle: string | null;
  readonly contractType: string;
  readonly homeInstitution: string | null;
  readonly startDate: string;
  readonly lastDay: string;
}

export type ContractCounts = Readonly<
  Record<'civil-service' | 'consultant' | 'donor-funded' | 'secondment' | 'total', number>
>;

export interface Staffing {
  readonly today: string;
  readonly roster: readonly RosterEntry[];
  readonly counts: readonly (ContractCounts & { readonly unit: string | null })[];
  readonly totals: ContractCounts;
  readonly vacantPosts: readonly string[];
  readonly secondeesByHomeInstitution: readonly {
    readonly homeInstitution: string;
    readonly count: number;
    readonly people: readonly { readonly name: string }[];
  }[];
  readonly independence: {
    readonly seconded: number;
    readonly donorFunded: number;
    readonly staff: number;
    readonly sharePercent: number;
    readonly thresholdPercent: number;
    readonly thresholdIsDefault: boolean;
    readonly concern: boolean;
  };
}

/** A record's history (`GET …/{records}/{id}/history`): its own stream, in order. */
export interface History {
  readonly items: readonly {
    readonly version: number;
    readonly type: string;
    readonly recordedAt: string;
    readonly actor: string;
    readonly role: string;
    readonly valueDate?: string;
    readonly data: Readonly<Record<string, unknown>>;
  }[];
}
