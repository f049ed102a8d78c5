import { describe, expect, it } from 'vitest';
import { httpFunctions } from '../../functions/routes';
import { allDataActions, allowedStatements, dataActionsOn, referencedIds, writeActions } from './iam';
import { logicalIdOf, resourceOf, resourcesOfType, synth } from './synth';

describe('least privilege', () => {
  const { stack, template } = synth('dev');
  const { events, readModels, standbyReadModels: standby } = stack.tables;
  // A table is reached through its ARN, its stream ARN (same logical id) or its key.
  const eventsData = [events, events.encryptionKey].filter((it) => it !== undefined);
  const readModelsData = [readModels, readModels.encryptionKey].filter((it) => it !== undefined);
  const standbyData = [standby, standby.encryptionKey].filter((it) => it !== undefined);
  const functionOf = (name: string) => {
    const fn = stack.api.functions.get(name);
    if (!fn) throw new Error(`no function for route ${name}`);
    return fn;
  };
  const commands = httpFunctions.filter((fn) => fn.access === 'command').map((fn) => fn.name);
  const queries = httpFunctions.filter((fn) => fn.access === 'query').map((fn) => fn.name);
  const logReaders = httpFunctions.filter((fn) => fn.readsEvents).map((fn) => fn.name);
  const publics = httpFunctions.filter((fn) => fn.access === 'public').map((fn) => fn.name);
  const callers = httpFunctions.filter((fn) => fn.access === 'caller').map((fn) => fn.name);
  const audits = httpFunctions.filter((fn) => fn.access === 'audit').map((fn) => fn.name);

  it('finds every table’s key', () => {
    expect(eventsData).toHaveLength(2);
    expect(readModelsData).toHaveLength(2);
    expect(standbyData).toHaveLength(2);
  });

  describe.each(commands)('command %s', (name) => {
    const fn = functionOf(name);

    it('may read and append to Events, and use its key', () => {
      expect(dataActionsOn(template, fn, [events]).sort()).toEqual([
        'dynamodb:ConditionCheckItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
      ]);
      expect(
        dataActionsOn(
          template,
          fn,
          [events.encryptionKey].filter((k) => k !== undefined),
        ),
      ).toEqual(expect.arrayContaining(['kms:Decrypt', 'kms:Encrypt']));
    });

    it('cannot update or delete an event', () => {
      const actions = dataActionsOn(template, fn, eventsData);
      for (const action of [
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:*',
      ])
        expect(actions).not.toContain(action);
    });

    it('cannot touch ReadModels', () => {
      expect(dataActionsOn(template, fn, readModelsData)).toEqual([]);
    });
  });

  describe.each(queries)('query %s', (name) => {
    const fn = functionOf(name);

    it('may read ReadModels', () => {
      expect(dataActionsOn(template, fn, [readModels])).toEqual(
        expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']),
      );
    });

    it('cannot write anything', () => {
      expect(writeActions(allDataActions(template, fn))).toEqual([]);
    });

    if (!logReaders.includes(name))
      it('cannot touch Events', () => {
        expect(dataActionsOn(template, fn, eventsData)).toEqual([]);
      });
  });

  describe.each(logReaders)('query %s, which serves views as of a date', (name) => {
    const fn = functionOf(name);

    it('may only get and query Events, its byProcess index included, and decrypt them', () => {
      expect(dataActionsOn(template, fn, [events]).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
      const onEvents = allowedStatements(template, fn).filter((s) =>
        referencedIds(s.Resource).has(logicalIdOf(events)),
      );
      expect(onEvents.some((s) => JSON.stringify(s.Resource).includes('/index/*'))).toBe(true);
      expect(
        dataActionsOn(
          template,
          fn,
          [events.encryptionKey].filter((k) => k !== undefined),
        ),
      ).toEqual(['kms:Decrypt']);
    });
  });

  it('has an audit function', () => {
    expect(audits).not.toHaveLength(0);
  });

  describe.each(audits)('audit %s', (name) => {
    const fn = functionOf(name);

    it('may only get and query Events, its byProcess index included, and decrypt them', () => {
      expect(dataActionsOn(template, fn, [events]).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
      // readProcess queries the byProcess index, which IAM names apart from the table.
      const onEvents = allowedStatements(template, fn).filter((s) =>
        referencedIds(s.Resource).has(logicalIdOf(events)),
      );
      expect(onEvents.some((s) => JSON.stringify(s.Resource).includes('/index/*'))).toBe(true);
      expect(
        dataActionsOn(
          template,
          fn,
          [events.encryptionKey].filter((k) => k !== undefined),
        ),
      ).toEqual(['kms:Decrypt']);
    });

    it('cannot write anything, scan, or read the stream; signs only with the anchor key', () => {
      const actions = allDataActions(template, fn);
      // kms:Sign writes nothing: it signs the anchor each report carries (test/infra/anchoring.spec.ts).
      expect(writeActions(actions)).toEqual(['kms:Sign']);
      expect(dataActionsOn(template, fn, [stack.anchoring.signingKey])).toContain('kms:Sign');
      for (const action of ['dynamodb:Scan', 'dynamodb:GetRecords', 'dynamodb:BatchGetItem'])
        expect(actions).not.toContain(action);
    });

    it('may only query ReadModels, for the streams a donor’s report rests on, and decrypt them', () => {
      expect(dataActionsOn(template, fn, [readModels])).toEqual(['dynamodb:Query']);
      expect(
        dataActionsOn(
          template,
          fn,
          [readModels.encryptionKey].filter((k) => k !== undefined),
        ),
      ).toEqual(['kms:Decrypt']);
      expect(dataActionsOn(template, fn, standbyData)).toEqual([]);
    });
  });

  describe.each(publics)('public %s', (name) => {
    it('may touch no table and no key', () => {
      expect(allDataActions(template, functionOf(name))).toEqual([]);
    });
  });

  it('has a function answering from the caller’s token alone', () => {
    expect(callers).not.toHaveLength(0);
  });

  describe.each(callers)('caller %s', (name) => {
    it('may touch no table and no key: the token is all it reads', () => {
      expect(allDataActions(template, functionOf(name))).toEqual([]);
    });
  });

  describe('the projector', () => {
    const fn = stack.projector.function;

    it('reads the Events stream and re-reads Events for gaps', () => {
      expect(dataActionsOn(template, fn, [events])).toEqual(
        expect.arrayContaining([
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:DescribeStream',
          'dynamodb:Query',
        ]),
      );
    });

    it('cannot write Events', () => {
      expect(writeActions(dataActionsOn(template, fn, eventsData))).toEqual([]);
    });

    it('may write ReadModels', () => {
      expect(dataActionsOn(template, fn, [readModels])).toEqual(
        expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:DeleteItem']),
      );
    });
  });

  describe('the rebuild', () => {
    const fn = stack.rebuild.function;

    it('only scans Events, decrypting with its key', () => {
      expect(dataActionsOn(template, fn, [events])).toEqual(['dynamodb:Scan']);
      expect(
        dataActionsOn(
          template,
          fn,
          [events.encryptionKey].filter((k) => k !== undefined),
        ),
      ).toEqual(['kms:Decrypt']);
    });

    it('only scans and batch-writes the standby read models', () => {
      expect(dataActionsOn(template, fn, [standby]).sort()).toEqual([
        'dynamodb:BatchWriteItem',
        'dynamodb:Scan',
      ]);
    });

    it('cannot touch the live read models', () => {
      expect(dataActionsOn(template, fn, readModelsData)).toEqual([]);
    });
  });

  it('lets nothing but the rebuild reach the standby read models', () => {
    for (const fn of [...stack.api.functions.values(), stack.projector.function]) {
      // The projector's stream grant lists stream ARNs on `*`: metadata, no item of any table.
      const actions = dataActionsOn(template, fn, standbyData).filter((a) => a !== 'dynamodb:ListStreams');
      expect(actions, fn.node.path).toEqual([]);
    }
  });

  it('gives each function a role of its own with no managed policy and no inline policy', () => {
    const functions = [
      ...stack.api.functions.values(),
      stack.projector.function,
      stack.rebuild.function,
      stack.anchoring.function,
      stack.users.tokenClaims,
    ];
    const roles = functions.map((fn) => {
      if (!fn.role) throw new Error(`${fn.node.path} has no role`);
      return resourceOf(template, fn.role);
    });
    expect(new Set(roles).size).toBe(functions.length);
    for (const role of roles) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      expect(role.Properties.Policies).toBeUndefined();
    }
  });

  it('lets each function write logs only to its own log group', () => {
    const functions = [
      ...stack.api.functions.values(),
      stack.projector.function,
      stack.rebuild.function,
      stack.anchoring.function,
      stack.users.tokenClaims,
    ];
    for (const fn of functions) {
      const own = resourceOf(template, fn).Properties.LoggingConfig.LogGroup.Ref;
      const logStatements = allowedStatements(template, fn).filter((statement) =>
        [statement.Action ?? []].flat().some((action) => action.startsWith('logs:')),
      );
      expect(logStatements.length, fn.node.path).toBeGreaterThan(0);
      for (const statement of logStatements)
        expect([...referencedIds(statement.Resource)], fn.node.path).toEqual([own]);
    }
  });

  it('lets no principal into the data through a key policy, only through the role grants above', () => {
    const accountRoot = {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']],
    };
    for (const key of [events.encryptionKey, readModels.encryptionKey, standby.encryptionKey]) {
      if (!key) throw new Error('table without a customer-managed key');
      // The default key policy only delegates to IAM in this account.
      expect(resourceOf(template, key).Properties.KeyPolicy.Statement).toEqual([
        { Effect: 'Allow', Action: 'kms:*', Principal: { AWS: accountRoot }, Resource: '*' },
      ]);
    }
  });

  it('gives no table a resource policy', () => {
    for (const table of Object.values(resourcesOfType(template, 'AWS::DynamoDB::Table'))) {
      expect(table.Properties.ResourcePolicy).toBeUndefined();
    }
  });
});
