import { RemovalPolicy } from 'aws-cdk-lib';

export const stages = ['dev', 'prod'] as const;
export type Stage = (typeof stages)[number];

/**
 * What differs between stages: whether data survives a `cdk destroy` or a stack mistake, and how
 * much traffic the API lets through.
 */
export interface StageSettings {
  readonly stage: Stage;
  /** For anything holding data or audit trails (tables, their keys, the user pool, logs). */
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  /** The API stage's steady requests per second and burst, for every route together. */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
}

/** Reads the `stage` context value; a typo must not silently deploy a dev-grade stack as prod. */
export function parseStage(value: unknown): Stage {
  if (value === undefined) return 'dev';
  if (typeof value === 'string' && (stages as readonly string[]).includes(value)) return value as Stage;
  throw new Error(`Unknown stage ${JSON.stringify(value)}: pass -c stage=dev or -c stage=prod`);
}

export function settingsFor(stage: Stage): StageSettings {
  const prod = stage === 'prod';
  return {
    stage,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    deletionProtection: prod,
    // A secretariat has tens to hundreds of staff: far above what they click, far below a flood's cost.
    throttle: prod ? { rateLimit: 100, burstLimit: 200 } : { rateLimit: 20, burstLimit: 40 },
  };
}

export const stackIdFor = (stage: Stage): string => `CmbSecretariat-${stage}`;
