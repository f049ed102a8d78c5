import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { secretariatStack } from '../../infra/stack';
import { parseSiteSettings } from '../../infra/stage';
import { configFile } from '../../infra/web-app';
import { appContext, logicalIdOf, resourceOf, resourcesOfType, synth, synthWith } from './synth';

/** CloudFormation's `https://<distribution domain>`, as the template writes the web origin. */
const distributionOrigin = (distributionId: string, path: string) => ({
  'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, ...(path ? [path] : [])]],
});

const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

describe('the web app’s sign-in client', () => {
  const { stack, template } = synth('dev');
  const client = resourceOf(template, stack.users.client).Properties;
  const distributionId = logicalIdOf(stack.web.distribution);

  it('uses the authorization-code flow only: no implicit grant, no client credentials, no secret', () => {
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client.GenerateSecret).toBe(false);
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
  });

  it('asks for the OpenID scopes and never the admin scope', () => {
    expect([...client.AllowedOAuthScopes].sort()).toEqual(['email', 'openid', 'profile']);
  });

  it('takes no password itself: the hosted page does, so only refreshing is allowed', () => {
    expect(client.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
  });

  it('returns to the web app’s /callback and signs out to its root; in dev also to a local dev server', () => {
    expect(client.CallbackURLs).toEqual([
      distributionOrigin(distributionId, '/callback'),
      'http://localhost:3000/callback',
    ]);
    expect(client.LogoutURLs).toEqual([distributionOrigin(distributionId, '/'), 'http://localhost:3000/']);
  });

  it('returns nowhere local in prod', () => {
    const prod = synth('prod');
    const prodClient = resourceOf(prod.template, prod.stack.users.client).Properties;
    expect(prodClient.CallbackURLs).toEqual([
      distributionOrigin(logicalIdOf(prod.stack.web.distribution), '/callback'),
    ]);
    expect(JSON.stringify(prodClient)).not.toContain('localhost');
  });

  it('is the client whose access tokens the API accepts', () => {
    const [authorizer] = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizer?.Properties.JwtConfiguration.Audience).toEqual([
      { Ref: logicalIdOf(stack.users.client) },
    ]);
  });

  it('is the only client of the pool', () => {
    expect(Object.keys(resourcesOfType(template, 'AWS::Cognito::UserPoolClient'))).toEqual([
      logicalIdOf(stack.users.client),
    ]);
  });
});

describe('the hosted sign-in domain', () => {
  it('is a Cognito prefix domain unique to the account and stage by default', () => {
    const { stack, template } = synth('dev');
    expect(resourceOf(template, stack.users.domain).Properties).toEqual({
      Domain: { 'Fn::Join': ['', ['cmb-secretariat-dev-', { Ref: 'AWS::AccountId' }]] },
      UserPoolId: { Ref: logicalIdOf(stack.users.userPool) },
    });
  });

  it('takes its prefix from -c authDomainPrefix', () => {
    const { stack, template } = synthWith({ authDomainPrefix: 'kenya-crc' });
    expect(resourceOf(template, stack.users.domain).Properties.Domain).toBe('kenya-crc');
  });
});

describe('CORS on the HTTP API', () => {
  const { stack, template } = synth('dev');
  const cors = resourceOf(template, stack.api.httpApi).Properties.CorsConfiguration;

  it('lets only the web app’s origin call, and in dev a local dev server', () => {
    expect(cors.AllowOrigins).toEqual([
      distributionOrigin(logicalIdOf(stack.web.distribution), ''),
      'http://localhost:3000',
    ]);
    const prod = synth('prod');
    expect(
      resourceOf(prod.template, prod.stack.api.httpApi).Properties.CorsConfiguration.AllowOrigins,
    ).toEqual([distributionOrigin(logicalIdOf(prod.stack.web.distribution), '')]);
  });

  it('allows the methods and headers the API reads, and exposes the ones the app uses', () => {
    expect(cors.AllowMethods).toEqual(['GET', 'POST']);
    expect(cors.AllowHeaders).toEqual([
      'authorization',
      'content-type',
      'idempotency-key',
      'if-match',
      'x-correlation-id',
    ]);
    expect(cors.ExposeHeaders).toEqual([
      'etag',
      'x-correlation-id',
      'idempotent-replayed',
      'x-report-digest',
    ]);
    expect(cors.AllowCredentials).toBeUndefined();
  });

  it('names a custom web domain when one is given', () => {
    const { stack, template } = synthWith({
      webDomain: 'app.example.org',
      webCertificateArn: certificateArn,
    });
    expect(resourceOf(template, stack.api.httpApi).Properties.CorsConfiguration.AllowOrigins).toEqual([
      'https://app.example.org',
      'http://localhost:3000',
    ]);
  });
});

describe('the web bucket', () => {
  const { stack, template } = synth('dev');
  const bucket = resourceOf(template, stack.web.bucket);

  it('is private, encrypted and owned by the account', () => {
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ]);
    expect(bucket.Properties.OwnershipControls.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
  });

  it('refuses plain HTTP and lets only this distribution read, through origin access control', () => {
    const [policy, ...others] = Object.values(resourcesOfType(template, 'AWS::S3::BucketPolicy'));
    expect(others).toHaveLength(0);
    const statements = policy?.Properties.PolicyDocument.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const allows = statements.filter((statement: { Effect: string }) => statement.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: {
          StringEquals: {
            'AWS:SourceArn': expect.objectContaining({
              'Fn::Join': ['', expect.arrayContaining([{ Ref: logicalIdOf(stack.web.distribution) }])],
            }),
          },
        },
      }),
    ]);
    const [oac] = Object.values(resourcesOfType(template, 'AWS::CloudFront::OriginAccessControl'));
    expect(oac?.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
  });

  it('goes with the stack, emptied by the deployment, in every stage: it holds only built code', () => {
    expect(bucket.DeletionPolicy).toBe('Delete');
    const prod = synth('prod');
    expect(resourceOf(prod.template, prod.stack.web.bucket).DeletionPolicy).toBe('Delete');
    const [deployment] = Object.values(resourcesOfType(template, 'Custom::CDKBucketDeployment'));
    expect(deployment?.Properties).toMatchObject({ RetainOnDelete: false, Prune: true });
  });
});

describe('the distribution', () => {
  const { stack, template } = synth('dev');
  const config = resourceOf(template, stack.web.distribution).Properties.DistributionConfig;

  it('serves the bucket through origin access control, redirecting HTTP to HTTPS', () => {
    expect(config.Origins).toHaveLength(1);
    expect(config.Origins[0]).toMatchObject({
      DomainName: { 'Fn::GetAtt': [logicalIdOf(stack.web.bucket), 'RegionalDomainName'] },
      OriginAccessControlId: { 'Fn::GetAtt': [expect.any(String), 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      ResponseHeadersPolicyId: { Ref: logicalIdOf(stack.web.headers) },
    });
    expect(config.DefaultRootObject).toBe('index.html');
  });

  it('answers a path the bucket lacks with the app, so the app’s router resolves it', () => {
    expect(config.CustomErrorResponses).toEqual([
      { ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 0 },
      { ErrorCode: 404, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 0 },
    ]);
  });

  it('answers on a custom domain with its certificate and TLS 1.2 at least', () => {
    const custom = synthWith({ webDomain: 'app.example.org', webCertificateArn: certificateArn });
    const customConfig = resourceOf(custom.template, custom.stack.web.distribution).Properties
      .DistributionConfig;
    expect(customConfig.Aliases).toEqual(['app.example.org']);
    expect(customConfig.ViewerCertificate).toEqual({
      AcmCertificateArn: certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
  });
});

describe('the security headers', () => {
  const { stack, template } = synth('dev');
  const headers = resourceOf(template, stack.web.headers).Properties.ResponseHeadersPolicyConfig
    .SecurityHeadersConfig;
  const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);

  it('set HSTS for two years, no framing, no sniffing and a strict referrer policy', () => {
    expect(headers.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: 63_072_000,
      IncludeSubdomains: true,
      Override: true,
    });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy).toEqual({
      ReferrerPolicy: 'strict-origin-when-cross-origin',
      Override: true,
    });
  });

  it('limit scripts to the app and its calls to the API and the sign-in, and forbid framing', () => {
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/connect-src 'self' https:\/\/\*\.execute-api\./);
    expect(csp).toContain(logicalIdOf(stack.users.domain));
    expect(csp).toContain('https://cognito-idp.');
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('name this API itself when the app has a domain of its own', () => {
    const custom = synthWith({ webDomain: 'app.example.org', webCertificateArn: certificateArn });
    const customCsp = JSON.stringify(resourceOf(custom.template, custom.stack.web.headers).Properties);
    expect(customCsp).toContain(logicalIdOf(custom.stack.api.httpApi));
    expect(customCsp).not.toContain('*.execute-api');
  });
});

describe('the deployment of the app', () => {
  const { stack, template } = synth('dev');
  const [deployment, ...others] = Object.values(resourcesOfType(template, 'Custom::CDKBucketDeployment'));
  const props = deployment?.Properties ?? {};

  it('copies the built app and the config into the bucket, then empties CloudFront’s cache', () => {
    expect(others).toHaveLength(0);
    expect(props.SourceObjectKeys).toHaveLength(2);
    expect(props).toMatchObject({
      DestinationBucketName: { Ref: logicalIdOf(stack.web.bucket) },
      DistributionId: { Ref: logicalIdOf(stack.web.distribution) },
      DistributionPaths: ['/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
  });

  it(`writes /${configFile} as contract 4 has it, the stack’s values filled in at deploy time`, () => {
    const outdir = (stack.node.root as App).outdir;
    const index = (props.SourceMarkers as Record<string, unknown>[]).findIndex(
      (markers) => Object.keys(markers).length > 0,
    );
    const asset = join(
      outdir,
      `asset.${String(props.SourceObjectKeys[index]).replace('.zip', '')}`,
      configFile,
    );
    const markers = props.SourceMarkers[index] as Record<string, unknown>;
    // Each marker stands for one token; put the CloudFormation value it resolves to in its place.
    const resolved = JSON.parse(readFileSync(asset, 'utf8'), (_key, value) => {
      if (typeof value !== 'string') return value;
      const parts = value.split(/(<<marker:0xbaba:\d+>>)/).filter((part) => part !== '');
      const each = parts.map((part) => markers[part] ?? part);
      return each.length === 1 ? each[0] : each;
    });
    const distributionDomain = { 'Fn::GetAtt': [logicalIdOf(stack.web.distribution), 'DomainName'] };
    expect(resolved).toEqual({
      apiUrl: { 'Fn::GetAtt': [logicalIdOf(stack.api.httpApi), 'ApiEndpoint'] },
      auth: {
        kind: 'cognito',
        authority: { 'Fn::GetAtt': [logicalIdOf(stack.users.userPool), 'ProviderURL'] },
        clientId: { Ref: logicalIdOf(stack.users.client) },
        domain: [
          'https://',
          { Ref: logicalIdOf(stack.users.domain) },
          '.auth.',
          { Ref: 'AWS::Region' },
          '.amazoncognito.com',
        ],
        redirectUri: ['https://', distributionDomain, '/callback'],
        logoutUri: ['https://', distributionDomain, '/'],
      },
    });
  });

  it('stops synthesis, saying what to run, when the web app was not built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-web-'));
    const app = new App({ context: appContext('dev') });
    expect(() => secretariatStack(app, { webAssets: empty })).toThrow(/run npm run build:web first/);
  });
});

describe('the stack’s outputs for the web app', () => {
  const { stack, template } = synth('dev');
  const outputs = template.toJSON().Outputs;

  it('name the web URL and the sign-in domain', () => {
    expect(outputs.WebUrl.Value).toEqual(distributionOrigin(logicalIdOf(stack.web.distribution), ''));
    expect(JSON.stringify(outputs.SignInDomain.Value)).toContain(logicalIdOf(stack.users.domain));
  });
});

describe('the alarm e-mail', () => {
  it('is subscribed to the alarm topic when -c alarmEmail is given, and nothing is otherwise', () => {
    const { stack, template } = synthWith({ alarmEmail: 'ops@example.org' });
    expect(Object.values(resourcesOfType(template, 'AWS::SNS::Subscription'))).toEqual([
      expect.objectContaining({
        Properties: {
          Protocol: 'email',
          Endpoint: 'ops@example.org',
          TopicArn: { Ref: logicalIdOf(stack.observability.alarmTopic) },
        },
      }),
    ]);
    expect(resourcesOfType(synth('dev').template, 'AWS::SNS::Subscription')).toEqual({});
  });
});

describe('the site’s context values', () => {
  const read = (values: Record<string, unknown>) => parseSiteSettings((key) => values[key]);

  it('are all optional', () => {
    expect(read({})).toEqual({});
  });

  it('read a prefix, a domain with its certificate and an e-mail address', () => {
    expect(
      read({
        authDomainPrefix: 'kenya-crc',
        webDomain: 'app.example.org',
        webCertificateArn: certificateArn,
        alarmEmail: 'ops@example.org',
      }),
    ).toEqual({
      authDomainPrefix: 'kenya-crc',
      webDomain: { name: 'app.example.org', certificateArn },
      alarmEmail: 'ops@example.org',
    });
  });

  it.each([
    [{ authDomainPrefix: 'Kenya' }, /authDomainPrefix="Kenya" is not valid/],
    [{ authDomainPrefix: 'my-cognito-login' }, /refuses aws, amazon and cognito/],
    [{ webDomain: 'app.example.org' }, /webDomain and -c webCertificateArn go together/],
    [
      { webDomain: 'app.example.org', webCertificateArn: certificateArn.replace('us-east-1', 'eu-west-1') },
      /ACM certificate in us-east-1/,
    ],
    [{ webDomain: 'https://app.example.org', webCertificateArn: certificateArn }, /a lowercase host name/],
    [{ alarmEmail: 'ops' }, /alarmEmail="ops" is not valid: an e-mail address/],
  ])('refuse %j', (values, message) => {
    expect(() => read(values)).toThrow(message);
  });
});
