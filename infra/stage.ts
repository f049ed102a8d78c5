import { Duration, RemovalPolicy } from 'aws-cdk-lib';

export const stages = ['dev', 'prod'] as const;
export type Stage = (typeof stages)[number];

/** Daily AWS Backup copies of the Events table, beyond point-in-time recovery's 35 days. */
export interface EventsBackupSettings {
  /** How long each daily copy is kept. */
  readonly retentionYears: number;
  /** When a copy moves to cold storage; AWS requires 90 days there before it is deleted. */
  readonly coldAfterDays: number;
}

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
  /** Origins besides the deployed web app's that may sign in and call the API: a web dev server, in dev only. */
  readonly extraWebOrigins: readonly string[];
  /** How often the log is anchored (docs/anchoring.md): the longest a forged append goes unsigned. */
  readonly anchorEvery: Duration;
  /** Prod keeps daily copies of the Events table for years; dev has point-in-time recovery only. */
  readonly eventsBackup?: EventsBackupSettings;
}

/** Reads the `stage` context value; a typo must not silently deploy a dev-grade stack as prod. */
export function parseStage(value: unknown): Stage {
  if (value === undefined) return 'dev';
  if (typeof value === 'string' && (stages as readonly string[]).includes(value)) return value as Stage;
  throw new Error(`Unknown stage ${JSON.stringify(value)}: pass -c stage=dev or -c stage=prod`);
}

/** Where `npm start` serves the web app: a developer may sign in there against a dev stack. */
export const localWebOrigin = 'http://localhost:3000';

export function settingsFor(stage: Stage): StageSettings {
  const prod = stage === 'prod';
  return {
    stage,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    deletionProtection: prod,
    // A secretariat has tens to hundreds of staff: far above what they click, far below a flood's cost.
    throttle: prod ? { rateLimit: 100, burstLimit: 200 } : { rateLimit: 20, burstLimit: 40 },
    extraWebOrigins: prod ? [] : [localWebOrigin],
    anchorEvery: Duration.hours(1),
    // Seven years: what public-finance audits commonly require of a donor-funded body's books.
    ...(prod ? { eventsBackup: { retentionYears: 7, coldAfterDays: 30 } } : {}),
  };
}

export const stackIdFor = (stage: Stage): string => `CmbSecretariat-${stage}`;

/** The web app's own name, when it has one; by default it is served at its CloudFront domain. */
export interface WebDomain {
  readonly name: string;
  /** An ACM certificate for `name` in us-east-1, where CloudFront reads certificates. */
  readonly certificateArn: string;
}

/**
 * What one deployment names for itself, from `-c` context values (docs/deploy.md): they differ per
 * account, not per stage, so they are not in `settingsFor`.
 */
export interface SiteSettings {
  /** The hosted sign-in page's prefix, `<prefix>.auth.<region>.amazoncognito.com`; unique in a region. */
  readonly authDomainPrefix?: string;
  readonly webDomain?: WebDomain;
  /** Subscribed to the alarm topic; the address confirms by the link AWS sends it. */
  readonly alarmEmail?: string;
}

/** The `-c` keys `SiteSettings` is read from. */
export const siteContextKeys = {
  authDomainPrefix: 'authDomainPrefix',
  webDomain: 'webDomain',
  webCertificateArn: 'webCertificateArn',
  alarmEmail: 'alarmEmail',
} as const;

// Cognito's rule for a prefix domain: lowercase letters, digits and inner hyphens, and none of its reserved words.
const prefixPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const reservedInPrefix = /aws|amazon|cognito/;
const hostnamePattern = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const usEast1CertificatePattern = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the site's context values; a wrong one stops synthesis with the key and the rule it broke. */
export function parseSiteSettings(context: (key: string) => unknown): SiteSettings {
  const text = (key: string, pattern: RegExp, rule: string): string | undefined => {
    const value = context(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !pattern.test(value))
      throw new Error(`-c ${key}=${JSON.stringify(value)} is not valid: ${rule}`);
    return value;
  };
  const keys = siteContextKeys;
  const authDomainPrefix = text(
    keys.authDomainPrefix,
    prefixPattern,
    'lowercase letters, digits and inner hyphens, at most 63',
  );
  if (authDomainPrefix && reservedInPrefix.test(authDomainPrefix))
    throw new Error(
      `-c ${keys.authDomainPrefix}=${authDomainPrefix}: Cognito refuses aws, amazon and cognito in it`,
    );
  const name = text(keys.webDomain, hostnamePattern, 'a lowercase host name such as app.example.org');
  const certificateArn = text(
    keys.webCertificateArn,
    usEast1CertificatePattern,
    'the ARN of an ACM certificate in us-east-1',
  );
  if ((name === undefined) !== (certificateArn === undefined))
    throw new Error(`-c ${keys.webDomain} and -c ${keys.webCertificateArn} go together`);
  const alarmEmail = text(keys.alarmEmail, emailPattern, 'an e-mail address');
  return {
    ...(authDomainPrefix ? { authDomainPrefix } : {}),
    ...(name && certificateArn ? { webDomain: { name, certificateArn } } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
  };
}
