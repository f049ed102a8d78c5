import { commitmentParams, commitmentStream } from '../../domain/commitment/stream';
import { dispatch } from '../commons/dispatch';
import { historyRoute, stateRoute } from '../commons/http';
import { raiseCommitment } from './raise-commitment';
import { releaseCommitment } from './release-commitment';

const getCommitment = stateRoute({ params: commitmentParams }, ({ processId, commitmentId }) =>
  commitmentStream(processId, commitmentId),
);

const getCommitmentHistory = historyRoute({ params: commitmentParams }, ({ processId, commitmentId }) =>
  commitmentStream(processId, commitmentId),
);

export const handler = dispatch('Commitment', {
  raiseCommitment,
  getCommitment,
  getCommitmentHistory,
  releaseCommitment,
});
