import { financeReaders } from './readers';

/**
 * Budget lines: adopted (one by one or as a budget), revised, and funds transferred between them, each
 * an approver's act; and the drafts a finance officer prepares, which an approver other than the
 * preparer adopts (one function: the drafts' family is the budget's); and the opening balances of a
 * process that starts mid-mandate, which an approver other than the proposer brings onto lines and sources.
 */
export const BudgetLine = {
  entry: 'functions/budget-line/handler.ts',
  access: 'command',
  routes: {
    adoptBudget: {
      key: 'POST /processes/{processId}/budget/adoptions',
      roles: ['finance-approver'],
      summary: 'Adopt the budget directly, as the approver’s own act: up to 49 lines in one transaction',
    },
    transferFunds: {
      key: 'POST /processes/{processId}/budget/transfers',
      roles: ['finance-approver'],
      summary: 'Transfer an amount from one budget line to another, with the reason',
    },
    adoptBudgetLine: {
      key: 'POST /processes/{processId}/budget-lines',
      roles: ['finance-approver'],
      summary: 'Adopt one budget line directly: unit, activity, cost category and amount',
    },
    getBudgetLine: {
      key: 'GET /processes/{processId}/budget-lines/{lineId}',
      roles: financeReaders,
      summary: 'A budget line as it stands, with its version',
    },
    getBudgetLineHistory: {
      key: 'GET /processes/{processId}/budget-lines/{lineId}/history',
      roles: financeReaders,
      summary:
        'A budget line’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    reviseBudgetLine: {
      key: 'POST /processes/{processId}/budget-lines/{lineId}/revisions',
      roles: ['finance-approver'],
      summary: 'Revise a budget line, with the reason',
    },
    prepareBudgetDraft: {
      key: 'POST /processes/{processId}/budget/drafts',
      roles: ['finance-officer'],
      summary: 'Prepare a draft budget: a title and up to 48 lines, adopted only by an approver',
    },
    getBudgetDraft: {
      key: 'GET /processes/{processId}/budget/drafts/{draftId}',
      roles: financeReaders,
      summary: 'A budget draft as it stands, with its version',
    },
    reviseBudgetDraft: {
      key: 'POST /processes/{processId}/budget/drafts/{draftId}/revisions',
      roles: ['finance-officer'],
      summary: 'Revise a draft not yet adopted, by its preparer: its title and every line, with the reason',
    },
    withdrawBudgetDraft: {
      key: 'POST /processes/{processId}/budget/drafts/{draftId}/withdraw',
      roles: ['finance-officer'],
      summary: 'Withdraw a draft not yet adopted, by its preparer, with the reason',
    },
    adoptBudgetDraft: {
      key: 'POST /processes/{processId}/budget/drafts/{draftId}/adopt',
      roles: ['finance-approver'],
      summary:
        'Adopt a draft: each of its lines adopted in one transaction, by an approver other than its preparer',
    },
    proposeOpeningBalances: {
      key: 'POST /processes/{processId}/opening-balances',
      roles: ['finance-officer'],
      summary:
        'Propose the opening balances as of a day: spent and committed per line and source, received per contribution',
    },
    getOpeningBalances: {
      key: 'GET /processes/{processId}/opening-balances',
      roles: financeReaders,
      summary: 'The opening balances as proposed, approved or rejected, with their version',
    },
    approveOpeningBalances: {
      key: 'POST /processes/{processId}/opening-balances/approve',
      roles: ['finance-approver'],
      summary:
        'Approve the opening balances, by an approver other than the proposer: each line and contribution charged in one transaction',
    },
    rejectOpeningBalances: {
      key: 'POST /processes/{processId}/opening-balances/reject',
      roles: ['finance-approver'],
      summary:
        'Reject the opening balances proposed, with the reason, by an approver other than the proposer',
    },
  },
} as const;

/** Commitments: contracts and purchase orders reserving money on a line and a funding source. */
export const Commitment = {
  entry: 'functions/commitment/handler.ts',
  access: 'command',
  routes: {
    raiseCommitment: {
      key: 'POST /processes/{processId}/commitments',
      roles: ['finance-officer'],
      summary: 'Raise a commitment (a contract or purchase order), reserved on its line and funding source',
    },
    getCommitment: {
      key: 'GET /processes/{processId}/commitments/{commitmentId}',
      roles: financeReaders,
      summary: 'A commitment as it stands, with its version',
    },
    getCommitmentHistory: {
      key: 'GET /processes/{processId}/commitments/{commitmentId}/history',
      roles: financeReaders,
      summary:
        'A commitment’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    releaseCommitment: {
      key: 'POST /processes/{processId}/commitments/{commitmentId}/release',
      roles: ['finance-officer'],
      summary: 'Release all or part of a commitment, with the reason',
    },
  },
} as const;

/** The money coming in: pledges, their tranches, and the reports sent to each donor. */
export const Contribution = {
  entry: 'functions/contribution/handler.ts',
  access: 'command',
  routes: {
    pledgeContribution: {
      key: 'POST /processes/{processId}/contributions',
      roles: ['finance-officer'],
      summary: 'Record a pledge, or the government’s allocation, as a funding source',
    },
    getContribution: {
      key: 'GET /processes/{processId}/contributions/{contributionId}',
      roles: financeReaders,
      summary: 'A contribution as it stands, with its version',
    },
    getContributionHistory: {
      key: 'GET /processes/{processId}/contributions/{contributionId}/history',
      roles: financeReaders,
      summary:
        'A contribution’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    correctPledge: {
      key: 'POST /processes/{processId}/contributions/{contributionId}/pledge-corrections',
      roles: ['finance-approver'],
      summary:
        'Correct a pledge recorded at the wrong amount, with the reason; never below what was received',
    },
    receiveTranche: {
      key: 'POST /processes/{processId}/contributions/{contributionId}/tranches',
      roles: ['finance-officer'],
      summary: 'Record a tranche received, converted at the rate recorded for its day',
    },
    proposeTrancheCorrection: {
      key: 'POST /processes/{processId}/contributions/{contributionId}/tranches/{trancheId}/corrections',
      roles: ['finance-officer'],
      summary: 'Propose the right amount or day of a tranche entered wrong, with the reason',
    },
    approveTrancheCorrection: {
      key: 'POST /processes/{processId}/contributions/{contributionId}/tranches/{trancheId}/corrections/{correctionId}/approve',
      roles: ['finance-approver'],
      summary:
        'Approve a tranche correction, by an approver other than its proposer: the tranche is reversed and the right one received',
    },
    rejectTrancheCorrection: {
      key: 'POST /processes/{processId}/contributions/{contributionId}/tranches/{trancheId}/corrections/{correctionId}/reject',
      roles: ['finance-approver'],
      summary: 'Reject a tranche correction, with the reason: the tranche stays as entered',
    },
    submitDonorReport: {
      key: 'POST /processes/{processId}/contributions/{contributionId}/reports',
      roles: ['finance-officer'],
      summary: 'Record a report sent to the donor',
    },
    correctDonorReport: {
      key: 'POST /processes/{processId}/contributions/{contributionId}/reports/{periodEnd}/corrections',
      roles: ['finance-officer'],
      summary:
        'Correct the period end or day sent of a report recorded wrong, with the reason; the reporting calendar follows',
    },
  },
} as const;

/** The exchange rates amounts are converted at, one per currency pair and day. */
export const ExchangeRate = {
  entry: 'functions/exchange-rate/handler.ts',
  access: 'command',
  routes: {
    recordExchangeRate: {
      key: 'POST /processes/{processId}/exchange-rates',
      roles: ['finance-officer'],
      summary: 'Record the exchange rate between two currencies for a day',
    },
    getExchangeRate: {
      key: 'GET /processes/{processId}/exchange-rates/{base}/{quote}/{date}',
      roles: financeReaders,
      summary: 'The exchange rate recorded for a day, with any it superseded (`superseded`)',
    },
    correctExchangeRate: {
      key: 'POST /processes/{processId}/exchange-rates/{base}/{quote}/{date}/corrections',
      roles: ['finance-approver'],
      summary:
        'Supersede the rate recorded for a day, with the reason: conversions already made keep the rate they used',
    },
  },
} as const;

/** The money going out: requested, approved or rejected, paid, and reversed. */
export const Disbursement = {
  entry: 'functions/disbursement/handler.ts',
  access: 'command',
  routes: {
    requestDisbursement: {
      key: 'POST /processes/{processId}/disbursements',
      roles: ['finance-officer'],
      summary: 'Request a disbursement from a budget line and a funding source, with its document',
    },
    getDisbursement: {
      key: 'GET /processes/{processId}/disbursements/{disbursementId}',
      roles: financeReaders,
      summary: 'A disbursement as it stands, with its version',
    },
    getDisbursementHistory: {
      key: 'GET /processes/{processId}/disbursements/{disbursementId}/history',
      roles: financeReaders,
      summary:
        'A disbursement’s history: its events in order, who recorded each, in what role, when, and its value date',
    },
    approveDisbursement: {
      key: 'POST /processes/{processId}/disbursements/{disbursementId}/approve',
      roles: ['finance-approver'],
      summary:
        'Approve a requested disbursement; past what is available only with an override and its reason',
    },
    rejectDisbursement: {
      key: 'POST /processes/{processId}/disbursements/{disbursementId}/reject',
      roles: ['finance-approver'],
      summary: 'Reject a requested disbursement, with the reason',
    },
    withdrawDisbursement: {
      key: 'POST /processes/{processId}/disbursements/{disbursementId}/withdraw',
      roles: ['finance-officer'],
      summary: 'Withdraw a request no approver has decided yet, with the reason; it stays on record',
    },
    payDisbursement: {
      key: 'POST /processes/{processId}/disbursements/{disbursementId}/pay',
      roles: ['finance-officer'],
      summary: 'Record the payment of an approved disbursement',
    },
    reverseDisbursement: {
      key: 'POST /processes/{processId}/disbursements/{disbursementId}/reverse',
      roles: ['finance-approver'],
      summary:
        'Reverse a paid disbursement, whole or in part (`amount`), with the reason; it stays on record',
    },
  },
} as const;

/** The budget's views, as of today or of a date. */
export const BudgetViews = {
  entry: 'functions/budget-views/handler.ts',
  access: 'query',
  readsEvents: true,
  routes: {
    getBudget: {
      key: 'GET /processes/{processId}/budget',
      roles: financeReaders,
      summary: 'The budget by line: allocated, committed, pending, disbursed, available',
    },
    getBudgetByUnit: {
      key: 'GET /processes/{processId}/budget/by-unit',
      roles: financeReaders,
      summary: 'The budget by each of the process’s units, and rolled up by pillar',
    },
    getBudgetByCategory: {
      key: 'GET /processes/{processId}/budget/by-category',
      roles: financeReaders,
      summary: 'The budget by cost category',
    },
    getBudgetBySource: {
      key: 'GET /processes/{processId}/budget/by-source',
      roles: financeReaders,
      summary: 'The budget by funding source, in its own currency and the budget currency',
    },
    getMonthlySpend: {
      key: 'GET /processes/{processId}/budget/monthly',
      roles: financeReaders,
      summary: 'Spend by month of payment, net of reversals, overall, per line and per source',
    },
    getForecast: {
      key: 'GET /processes/{processId}/budget/forecast',
      roles: financeReaders,
      summary: 'Burn rate and the day money runs out, against the mandate’s end',
    },
  },
} as const;
