import { benchmarksProjection } from '../../domain/views/benchmarks';
import { budgetProjection } from '../../domain/views/budget';
import { budgetDraftsProjection } from '../../domain/views/budget-drafts';
import { disbursementsProjection } from '../../domain/views/disbursements';
import { donorContributionsProjection } from '../../domain/views/donor/contributions';
import { donorSpendingProjection } from '../../domain/views/donor/spending';
import { exchangeRatesProjection } from '../../domain/views/exchange-rates';
import { fundingSourcesProjection } from '../../domain/views/funding-sources';
import { mandateProjection } from '../../domain/views/mandate';
import { postsProjection } from '../../domain/views/posts';
import { ratesProjection } from '../../domain/views/rates';
import { reviewPointsProjection } from '../../domain/views/review-points';
import { risksProjection } from '../../domain/views/risks';
import { staffingProjection } from '../../domain/views/staffing';
import { unitsProjection } from '../../domain/views/units';

/**
 * Every view the projector keeps and the rebuild replays: a module of its own, so the rebuild and the
 * local tools do not load the projector's handler.
 */
export const projections = [
  budgetProjection,
  budgetDraftsProjection,
  mandateProjection,
  benchmarksProjection,
  reviewPointsProjection,
  risksProjection,
  postsProjection,
  donorContributionsProjection,
  donorSpendingProjection,
  fundingSourcesProjection,
  staffingProjection,
  unitsProjection,
  ratesProjection,
  disbursementsProjection,
  exchangeRatesProjection,
];
