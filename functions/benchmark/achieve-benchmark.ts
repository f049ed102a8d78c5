import { progressRoute } from './record-progress';

/** Progress that must reach the target: the final value and its evidence, refused if it falls short. */
export const achieveBenchmark = progressRoute('MarkBenchmarkAchieved');
