import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledgeWebDeployment } from './acknowledgements';
import type { WebDomain } from './stage';

export interface WebAppProps {
  /** The built web app (`npm run build:web` writes `web/dist`); it must exist when the stack is synthesized. */
  readonly assets: string;
  /** Of the deployment's log group; the bucket itself is always disposable. */
  readonly removalPolicy: RemovalPolicy;
  readonly domain?: WebDomain;
  /** Origins the app's scripts call besides its own: the API and the sign-in's. */
  readonly connectTo: readonly string[];
}

/**
 * The web app: its built files in a private bucket that only CloudFront reads (origin access
 * control), served over HTTPS with security headers, every unknown path answered by index.html so
 * the app's own router resolves it. The runtime config the app fetches first is written beside it.
 */
export class WebApp extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  /** `https://<host>`: where people open the app, and where sign-in returns them. */
  readonly origin: string;
  private readonly assets: string;
  private readonly removalPolicy: RemovalPolicy;

  constructor(scope: Construct, id: string, props: WebAppProps) {
    super(scope, id);
    if (!existsSync(join(props.assets, 'index.html')))
      throw new Error(`No web app at ${props.assets} (index.html missing): run npm run build:web first`);
    this.assets = props.assets;
    this.removalPolicy = props.removalPolicy;

    // Only built code lives here, rebuilt on every deploy: nothing to keep when the stack goes.
    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the built web app, which the deployment writes and CloudFront alone reads; its access is the deployment and CloudFront, both in CloudTrail. No data is here to log access to.',
    });

    this.headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'The web app: HSTS, CSP, no framing, no sniffing, no referrer across origins',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.connectTo),
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });

    // The app routes in the browser: a path S3 does not have (403 from a private bucket, 404) is the app's.
    const toApp = (httpStatus: number) => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: '/index.html',
      ttl: Duration.seconds(0),
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'CMB secretariat web app',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
      },
      errorResponses: [toApp(403), toApp(404)],
      httpVersion: HttpVersion.HTTP2_AND_3,
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
          }
        : {}),
    });
    this.origin = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'Donors, staff and auditors sign in from many countries; sign-in, not geography, decides access.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The distribution serves only the static app, no data; the API behind it is throttled per stage and authorizes every data request. A WAF web ACL can be added per deployment where a threat model asks for one.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'It serves only the static app, identical for everyone: who read which record is in the API access logs and the event log. CloudFront standard logs would need a second, ACL-enabled bucket for no audit gain.',
      },
      ...(props.domain
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'On the default *.cloudfront.net certificate CloudFront allows TLSv1 viewers and cannot be told otherwise; a deployment with -c webDomain gets TLS 1.2 at least.',
            },
          ]),
    );
  }

  /** Puts the built app and its runtime config (tokens resolved at deploy time) into the bucket. */
  deploy(config: Record<string, unknown>): BucketDeployment {
    const deployment = new BucketDeployment(this, 'Deployment', {
      sources: [Source.asset(this.assets), Source.jsonData(configFile, config)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      // Revalidated on each load: a deploy shows at once, and unchanged files answer 304.
      cacheControl: [CacheControl.noCache()],
      // Deleting the stack empties the bucket, so it can go too.
      retainOnDelete: false,
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeploymentLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: this.removalPolicy,
      }),
    });
    acknowledgeWebDeployment(deployment, this.bucket);
    return deployment;
  }
}

/** The runtime config's name in the bucket (contract 4): the app fetches it before anything else. */
export const configFile = 'config.json';

/**
 * Scripts and styles from the app's own origin only; its calls go to itself, the API and the sign-in;
 * no page may frame it. Styles allow inline ones: the chart library sets style attributes, and a
 * style cannot run code.
 */
function contentSecurityPolicy(connectTo: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectTo.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The region's endpoint of every HTTP API, for a policy that cannot name one API without a cycle. */
export const regionalApiOrigins = (scope: Construct): string =>
  `https://*.execute-api.${Stack.of(scope).region}.${Stack.of(scope).urlSuffix}`;
