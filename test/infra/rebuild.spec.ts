import { describe, expect, it } from 'vitest';
import { TABLE_ENV } from '../../functions/commons/config';
import { parseLiveSlot, parseProjectorPaused } from '../../infra/read-model-slots';
import { logicalIdOf, resourceOf, resourcesOfType, synth, synthWith } from './synth';

const environmentOf = (synthesized: ReturnType<typeof synthWith>, fn: Parameters<typeof resourceOf>[1]) =>
  resourceOf(synthesized.template, fn).Properties.Environment.Variables;

describe('the rebuild function', () => {
  const { stack, template } = synth('dev');
  const fn = resourceOf(template, stack.rebuild.function);
  const functionId = logicalIdOf(stack.rebuild.function);

  it('reads the Events table and writes the standby read models, and is told no other table', () => {
    expect(fn.Properties.Environment.Variables).toEqual({
      [TABLE_ENV.Events]: { Ref: logicalIdOf(stack.tables.events) },
      [TABLE_ENV.RebuildTarget]: { Ref: logicalIdOf(stack.tables.standbyReadModels) },
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('may run for Lambda’s longest, 15 minutes', () => {
    expect(fn.Properties.Timeout).toBe(900);
  });

  it('is invoked by hand only: no event source, no permission for any service to call it', () => {
    const mappings = Object.values(resourcesOfType(template, 'AWS::Lambda::EventSourceMapping'));
    expect(mappings.map((m) => m.Properties.FunctionName)).not.toContainEqual({ Ref: functionId });
    const permissions = Object.values(resourcesOfType(template, 'AWS::Lambda::Permission'));
    expect(JSON.stringify(permissions.map((p) => p.Properties.FunctionName))).not.toContain(functionId);
  });
});

describe('blue and green read models', () => {
  const blue = synthWith({ readModels: 'blue' });
  const green = synthWith({ readModels: 'green' });
  const views = (s: typeof blue) => {
    const fn = s.stack.api.functions.get('BudgetViews');
    if (!fn) throw new Error('no BudgetViews function');
    return fn;
  };

  it('are blue by default, blue keeping the logical id of the single ReadModels table before them', () => {
    expect(parseLiveSlot(undefined)).toBe('blue');
    const { tables } = synth('dev').stack;
    expect(logicalIdOf(tables.readModels)).toMatch(/^EventStoreReadModels[0-9A-F]{8}$/);
    expect(logicalIdOf(tables.standbyReadModels)).toMatch(/^EventStoreReadModelsGreen[0-9A-F]{8}$/);
  });

  it('switch over by the readModels context: queries and projector move to green, the rebuild to blue', () => {
    const [blueTable, greenTable] = [blue.stack.tables.readModels, blue.stack.tables.standbyReadModels].map(
      logicalIdOf,
    );
    expect(logicalIdOf(green.stack.tables.readModels)).toBe(greenTable);
    expect(logicalIdOf(green.stack.tables.standbyReadModels)).toBe(blueTable);
    expect(environmentOf(green, views(green))[TABLE_ENV.ReadModels]).toEqual({ Ref: greenTable });
    expect(environmentOf(green, green.stack.projector.function)[TABLE_ENV.ReadModels]).toEqual({
      Ref: greenTable,
    });
    expect(environmentOf(green, green.stack.rebuild.function)[TABLE_ENV.RebuildTarget]).toEqual({
      Ref: blueTable,
    });
  });

  it('keep the same two tables whichever is live, so switching replaces no table', () => {
    const tableIds = (s: typeof blue) =>
      Object.keys(resourcesOfType(s.template, 'AWS::DynamoDB::Table')).sort();
    expect(tableIds(green)).toEqual(tableIds(blue));
  });

  it.each(['purple', 'Blue', ''])('refuse the slot %j, naming the two', (slot) => {
    expect(() => parseLiveSlot(slot)).toThrow(/Unknown read-model slot .*blue or green/);
    expect(() => synthWith({ readModels: slot })).toThrow('Unknown read-model slot');
  });
});

describe('pausing the projector for a rebuild', () => {
  const mappingOf = (s: ReturnType<typeof synthWith>) =>
    Object.values(resourcesOfType(s.template, 'AWS::Lambda::EventSourceMapping'))[0]?.Properties;

  it('disables the stream event source with -c projector=paused, and only then', () => {
    expect(mappingOf(synthWith({ projector: 'paused' }))?.Enabled).toBe(false);
    expect(mappingOf(synthWith({}))?.Enabled).toBe(true);
  });

  it('refuses an unknown projector state', () => {
    expect(parseProjectorPaused('running')).toBe(false);
    expect(() => parseProjectorPaused('stopped')).toThrow(/Unknown projector state "stopped"/);
  });
});
