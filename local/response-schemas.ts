import ts from 'typescript';
import { httpFunctions, type RouteKey } from '../functions/routes';

type JsonSchema = Record<string, unknown>;

/** What `functions/openapi/responses.json` holds: each route's success answer, and the shapes they share. */
export interface ResponseSchemas {
  readonly routes: Record<string, JsonSchema>;
  readonly schemas: Record<string, JsonSchema>;
}

/** The document itself is described by the OpenAPI specification, not repeated here. */
const DOCUMENT_ROUTE: RouteKey = 'GET /openapi.json';
const theDocument = {
  type: 'object',
  description: 'An OpenAPI 3.1 document: https://spec.openapis.org/oas/v3.1.0',
  properties: {
    openapi: { type: 'string', const: '3.1.0' },
    info: { type: 'object', properties: { title: { type: 'string' }, version: { type: 'string' } } },
    paths: { type: 'object', additionalProperties: { type: 'object' } },
    components: { type: 'object', additionalProperties: { type: 'object' } },
  },
  required: ['openapi', 'info', 'paths', 'components'],
};

const version = { type: 'integer', minimum: 1, description: 'The stream’s version: its ETag, for If-Match.' };

/**
 * Every route's success answer, read from the TypeScript types of what its endpoint answers, so the
 * document says what the code says without a second copy of each shape:
 * - `stateRoute`: the decider's state (less the state before any event, which answers 404) and `version`;
 * - a query: the value given to each `json(status, value)` in the endpoint's declaration;
 * - a command: what its plan's `result` returns, and the `version` `aggregateCommand` adds to it.
 * A route whose answer is not one of these (a file in another media type) gets none here.
 */
export function responseSchemas(): ResponseSchemas {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json not readable');
  const entries = httpFunctions.map((fn) => fn.entry);
  const program = ts.createProgram(entries, config.options);
  const checker = program.getTypeChecker();
  const converter = new SchemaOf(checker);
  const routes: Record<string, JsonSchema> = {};
  for (const fn of httpFunctions) {
    const source = program.getSourceFile(fn.entry);
    if (!source) throw new Error(`${fn.entry} not found`);
    const endpoints = dispatchedEndpoints(source, checker);
    for (const route of fn.routes) {
      if (route.key === DOCUMENT_ROUTE) {
        routes[route.key] = theDocument;
        continue;
      }
      const declaration = endpoints.get(route.endpoint);
      if (!declaration) throw new Error(`${route.key}: no endpoint ${route.endpoint} in ${fn.entry}`);
      const schema = answerOf(declaration, checker, converter, route.key);
      if (schema) routes[route.key] = schema;
    }
  }
  return { routes: sortedByKey(routes), schemas: sortedByKey(used(routes, converter.shared)) };
}

/** The shared schemas some answer references, directly or through another: a versioned state copies its own. */
function used(
  routes: Record<string, JsonSchema>,
  shared: Record<string, JsonSchema>,
): Record<string, JsonSchema> {
  const names = new Set<string>();
  const visit = (value: unknown) => {
    for (const [, name] of JSON.stringify(value).matchAll(/"#\/components\/schemas\/(\w+)"/g))
      if (name && !names.has(name)) {
        names.add(name);
        visit(shared[name]);
      }
  };
  visit(routes);
  return Object.fromEntries(Object.entries(shared).filter(([name]) => names.has(name)));
}

const sortedByKey = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** The expression each endpoint name of `dispatch('Name', { … })` stands for, followed to its declaration. */
function dispatchedEndpoints(source: ts.SourceFile, checker: ts.TypeChecker): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && calleeName(node) === 'dispatch') {
      const endpoints = node.arguments[1];
      if (endpoints && ts.isObjectLiteralExpression(endpoints))
        for (const property of endpoints.properties) {
          const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
          if (!name) continue;
          if (ts.isShorthandPropertyAssignment(property)) {
            const symbol = checker.getShorthandAssignmentValueSymbol(property);
            const initializer = symbol && initializerOf(symbol, checker);
            if (initializer) found.set(name, initializer);
          } else if (ts.isPropertyAssignment(property)) found.set(name, property.initializer);
        }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function initializerOf(symbol: ts.Symbol, checker: ts.TypeChecker): ts.Expression | undefined {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.valueDeclaration;
  return declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
}

const calleeName = (call: ts.CallExpression): string | undefined => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isCallExpression(callee)) return calleeName(callee);
  return undefined;
};

function answerOf(
  endpoint: ts.Expression,
  checker: ts.TypeChecker,
  converter: SchemaOf,
  key: RouteKey,
): JsonSchema | undefined {
  let expression = endpoint;
  // `withContract(endpoint, contract)` wraps an endpoint built by hand.
  if (ts.isCallExpression(expression) && calleeName(expression) === 'withContract') {
    const wrapped = expression.arguments[0];
    const symbol = wrapped && ts.isIdentifier(wrapped) ? checker.getSymbolAtLocation(wrapped) : undefined;
    expression = (symbol && initializerOf(symbol, checker)) ?? expression;
  }
  if (ts.isCallExpression(expression) && calleeName(expression) === 'stateRoute')
    return withVersion(
      converter.convert(stateOf(expression, checker, key), key, false),
      converter.shared,
      key,
    );
  const answersIn = (node: ts.Node) => [
    ...jsonAnswers(node, checker, converter, key),
    ...results(node, checker, converter, key),
  ];
  let answers = answersIn(expression);
  const builder = answers.length === 0 ? builderOf(expression, checker) : undefined;
  if (builder) answers = answersIn(builder);
  if (answers.length === 0) return undefined;
  return answers.length === 1 ? answers[0] : { anyOf: answers };
}

/** The state a `stateRoute` answers: the decider's state, without the one before any event (404). */
function stateOf(call: ts.CallExpression, checker: ts.TypeChecker, key: string): ts.Type {
  const subject = call.arguments[1];
  if (!subject) throw new Error(`${key}: stateRoute without a subject`);
  const [signature] = checker.getTypeAtLocation(subject).getCallSignatures();
  const tuple = signature && checker.getReturnTypeOfSignature(signature);
  const decider =
    tuple && checker.isTupleType(tuple) ? checker.getTypeArguments(tuple as ts.TypeReference)[1] : undefined;
  const initial = decider?.getProperty('initialState');
  if (!initial) throw new Error(`${key}: the subject's decider has no initialState`);
  return checker.getTypeOfSymbol(initial);
}

function jsonAnswers(node: ts.Node, checker: ts.TypeChecker, converter: SchemaOf, key: string): JsonSchema[] {
  const found: JsonSchema[] = [];
  const visit = (inner: ts.Node) => {
    if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === 'json') {
      const body = inner.arguments[1];
      if (body) found.push(converter.convert(checker.getTypeAtLocation(body), key, true));
    }
    ts.forEachChild(inner, visit);
  };
  visit(node);
  return found;
}

/**
 * The function an endpoint's declaration calls to build it (`progressRoute('…')`), when it is one of
 * this project's: the answer is found in its body.
 */
function builderOf(node: ts.Node, checker: ts.TypeChecker): ts.Node | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  let callee: ts.Expression = node.expression;
  while (ts.isCallExpression(callee)) callee = callee.expression;
  if (!ts.isIdentifier(callee)) return undefined;
  const symbol = checker.getSymbolAtLocation(callee);
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target?.valueDeclaration;
  if (!declaration || declaration.getSourceFile().fileName.includes('/node_modules/')) return undefined;
  // The generic builders of functions/commons/ answer nothing of their own, but for a record's history,
  // whose answer is the same for every record.
  const file = declaration.getSourceFile().fileName;
  if (!file.includes('/functions/') || (/\/commons\//.test(file) && callee.text !== 'historyRoute'))
    return undefined;
  if (ts.isFunctionDeclaration(declaration)) return declaration.body;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) return declaration.initializer;
  return undefined;
}

/** A command's `result`: the whole answer of a `multiStream` plan; an `aggregateCommand` adds the version. */
function results(node: ts.Node, checker: ts.TypeChecker, converter: SchemaOf, key: string): JsonSchema[] {
  const found: JsonSchema[] = [];
  const visit = (inner: ts.Node, multi: boolean) => {
    if (ts.isPropertyAssignment(inner) && ts.isIdentifier(inner.name) && inner.name.text === 'result') {
      const [signature] = checker.getTypeAtLocation(inner.initializer).getCallSignatures();
      if (signature) {
        const answer = converter.convert(checker.getReturnTypeOfSignature(signature), key, false);
        found.push(multi ? answer : withVersion(answer, converter.shared, key));
        return;
      }
    }
    const inMulti = multi || (ts.isCallExpression(inner) && calleeName(inner) === 'multiStream');
    ts.forEachChild(inner, (child) => visit(child, inMulti));
  };
  visit(node, false);
  return found;
}

/** The answer with the version added: to each alternative, and to a copy of a shared shape. */
function withVersion(schema: JsonSchema, shared: Record<string, JsonSchema>, key: string): JsonSchema {
  if (Array.isArray(schema.anyOf))
    return { ...schema, anyOf: schema.anyOf.map((inner) => withVersion(inner, shared, key)) };
  const ref =
    typeof schema.$ref === 'string' ? shared[schema.$ref.replace('#/components/schemas/', '')] : undefined;
  if (ref) return withVersion(ref, shared, key);
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (schema.type !== 'object' || !properties)
    throw new Error(`${key}: a versioned answer must be an object`);
  return {
    ...schema,
    properties: { ...properties, version },
    required: [...((schema.required as string[]) ?? []), 'version'],
  };
}

/**
 * A TypeScript type as the JSON Schema of its `JSON.stringify`: `undefined` fields are left out (so
 * optional), an object names every field it may have and no other. A named type (an interface or a
 * type alias without parameters) is described once among the components and referenced.
 */
class SchemaOf {
  readonly shared: Record<string, JsonSchema> = {};
  private readonly named = new Map<string, ts.Type>();
  private readonly inProgress = new Set<ts.Type>();

  constructor(private readonly checker: ts.TypeChecker) {}

  convert(type: ts.Type, where: string, share: boolean): JsonSchema {
    const name = share ? this.nameOf(type) : undefined;
    if (name) {
      if (!this.named.has(name)) {
        this.named.set(name, type);
        this.shared[name] = {};
        this.shared[name] = this.inline(type, where);
      }
      return { $ref: `#/components/schemas/${name}` };
    }
    if (this.inProgress.has(type)) throw new Error(`${where}: a recursive type without a name`);
    this.inProgress.add(type);
    try {
      return this.inline(type, where);
    } finally {
      this.inProgress.delete(type);
    }
  }

  /** The name to share a type under, when it has one of its own and no other type already took it. */
  private nameOf(type: ts.Type): string | undefined {
    if (type.isUnion() && !type.aliasSymbol) return undefined;
    const symbol = type.aliasSymbol ?? (type.flags & ts.TypeFlags.Object ? type.getSymbol() : undefined);
    if (!symbol || type.aliasTypeArguments?.length) return undefined;
    const name = symbol.getName();
    if (!/^[A-Z]\w*$/.test(name) || ['Array', 'ReadonlyArray', 'Record', 'Date'].includes(name))
      return undefined;
    if ((type as ts.TypeReference).typeArguments?.length) return undefined;
    const taken = this.named.get(name);
    return taken === undefined || taken === type ? name : undefined;
  }

  private inline(type: ts.Type, where: string): JsonSchema {
    const { checker } = this;
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (flags & ts.TypeFlags.StringLiteral)
      return { type: 'string', const: (type as ts.StringLiteralType).value };
    if (flags & ts.TypeFlags.NumberLiteral)
      return { type: 'number', const: (type as ts.NumberLiteralType).value };
    if (flags & ts.TypeFlags.BooleanLiteral)
      return {
        type: 'boolean',
        const: (type as unknown as { intrinsicName: string }).intrinsicName === 'true',
      };
    if (flags & ts.TypeFlags.String || flags & ts.TypeFlags.TemplateLiteral) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & ts.TypeFlags.Null) return { type: 'null' };
    if (type.isUnion()) return this.union(type.types, where);
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const items = checker.getTypeArguments(type as ts.TypeReference);
      if (checker.isTupleType(type))
        return {
          type: 'array',
          prefixItems: items.map((item) => this.convert(item, where, true)),
          minItems: items.length,
          maxItems: items.length,
        };
      return { type: 'array', items: items[0] ? this.convert(items[0], where, true) : {} };
    }
    if (type.getSymbol()?.getName() === 'Date') return { type: 'string', format: 'date-time' };
    if (flags & ts.TypeFlags.Object || type.isIntersection()) return this.object(type, where);
    throw new Error(`${where}: cannot describe the type ${checker.typeToString(type)}`);
  }

  private union(members: readonly ts.Type[], where: string): JsonSchema {
    // Answers never hold `undefined` (JSON leaves the field out) nor the state before any event.
    const kept = members.filter((member) => !(member.flags & ts.TypeFlags.Undefined) && !this.isNone(member));
    const booleans = kept.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
    const others = kept.filter((member) => !(member.flags & ts.TypeFlags.BooleanLiteral));
    const schemas = [
      ...others.map((member) => this.convert(member, where, true)),
      ...(booleans.length === 2 ? [{ type: 'boolean' }] : booleans.map((b) => this.convert(b, where, true))),
    ];
    const literals = schemas.filter((schema) => schema.type === 'string' && 'const' in schema);
    if (literals.length > 1 && literals.length === schemas.length)
      return { type: 'string', enum: literals.map((schema) => schema.const) };
    if (schemas.length === 1) return schemas[0] as JsonSchema;
    return { anyOf: schemas };
  }

  /** A state's `{ status: 'none' }`: what a stream without events folds to, never answered. */
  private isNone(type: ts.Type): boolean {
    const status = type.flags & ts.TypeFlags.Object ? type.getProperty('status') : undefined;
    if (!status || this.checker.getPropertiesOfType(type).length !== 1) return false;
    const literal = this.checker.getTypeOfSymbol(status);
    return literal.isStringLiteral() && literal.value === 'none';
  }

  private object(type: ts.Type, where: string): JsonSchema {
    const { checker } = this;
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const propertyType = checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length) continue;
      const name = property.getName();
      const optional =
        property.flags & ts.SymbolFlags.Optional ||
        (propertyType.isUnion() &&
          propertyType.types.some((member) => member.flags & ts.TypeFlags.Undefined));
      if (propertyType.flags & ts.TypeFlags.Undefined) continue;
      properties[name] = this.convert(propertyType, `${where} .${name}`, true);
      const description = ts.displayPartsToString(property.getDocumentationComment(checker));
      if (description && !('$ref' in properties[name]))
        properties[name] = { description, ...properties[name] };
      if (!optional) required.push(name);
    }
    const [index] = checker.getIndexInfosOfType(type);
    return {
      type: 'object',
      ...(Object.keys(properties).length ? { properties } : {}),
      ...(required.length ? { required } : {}),
      additionalProperties: index ? this.convert(index.type, `${where} []`, true) : false,
    };
  }
}
