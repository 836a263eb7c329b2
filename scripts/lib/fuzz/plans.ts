/**
 * Plans: fast-check arbitraries that choose, for each case, its target (an
 * operation or a server message, weighted), the part it breaks (body, path or
 * query), its kind and the valid values around it. A plan is data; cases.ts
 * turns it into the exact request.
 */
import fc from 'fast-check';
import { operations, type OperationId } from '../../../generated/operations.ts';
import { messageByOperationId, partsOf, type CaseKind, type CaseOptions, type Op, type Param, type Part } from './case-types.ts';
import { FuzzSchemaError, type ContractSchemas } from './contract-schemas.ts';
import { isWellFormed, paramString, paramTextArbitrary, type ParamText } from './param-texts.ts';
import { anyString, schemaArbitrary } from './schema-values.ts';
import { isOperation, targetIds } from './targets.ts';

export interface Plan {
  target: string;
  part: Part | 'message';
  kind: CaseKind;
  pick: number;
  alt: number;
  depth: number;
  body: unknown;
  /** Valid texts per path parameter, and one invalid text per path parameter. */
  path: Record<string, ParamText>;
  pathBad: Record<string, ParamText>;
  /** Valid texts per query parameter, which optional ones are sent, and one invalid text each (when there is one). */
  query: Record<string, ParamText>;
  queryBad: Record<string, ParamText | undefined>;
  optional: boolean[];
  /** Unknown query parameters (names never equal to a declared one, whatever the case, nor Prism's "__" control names). */
  extra: [string, string][];
  order: number;
}

type Weighted<T> = { arbitrary: fc.Arbitrary<T>; weight: number };
const kinds = (list: [CaseKind, number][]): fc.Arbitrary<CaseKind> => fc.oneof(...list.filter(([, w]) => w > 0).map(([k, w]) => ({ arbitrary: fc.constant(k), weight: w })));

function bodyKinds(http: boolean, opts: CaseOptions): [CaseKind, number][] {
  return [
    ['valid', 40],
    ['missing-required', 10],
    ['wrong-type', 14],
    ['enum-violation', 8],
    ['malformed-json', http ? 7 : 0],
    ['wrong-content-type', http ? 5 : 0],
    ['empty-body', http ? 2 : 0],
    ['not-an-object', 4],
    ['deep-valid', 4],
    ['deep-invalid', 4],
    ['known-prism-defect', http && opts.includeKnownDefects ? 4 : 0],
  ];
}

export function opPlanArbitrary(contract: ContractSchemas, id: OperationId, opts: CaseOptions): fc.Arbitrary<Plan> {
  const op = operations[id] as Op;
  const parts = partsOf(op);
  const maxDepth = Math.max(2, opts.maxDepth ?? 10_000);
  const pathParams = op.pathParams as readonly Param[];
  const queryParams = op.queryParams as readonly Param[];
  const pathArbs = Object.fromEntries(pathParams.map((p) => [p.name, paramTextArbitrary(p.schema, 'path', `${id} path parameter ${p.name}`)]));
  const queryArbs = Object.fromEntries(queryParams.map((p) => [p.name, paramTextArbitrary(p.schema, 'query', `${id} query parameter ${p.name}`)]));
  const declaredLower = new Set(queryParams.map((p) => p.name.toLowerCase()));
  const extraName = anyString(1, 12).filter((n) => isWellFormed(n) && !declaredLower.has(n.toLowerCase()) && !n.startsWith('__'));
  const partKind: Weighted<[Part, CaseKind]>[] = [];
  const add = (part: Part, list: [CaseKind, number][], partWeight: number) => {
    const total = list.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of list) if (w > 0) partKind.push({ arbitrary: fc.constant([part, k] as [Part, CaseKind]), weight: Math.max(1, Math.round((w / total) * 100 * partWeight)) });
  };
  if (parts.includes('body')) add('body', bodyKinds(true, opts), 1);
  const dateTimes = queryParams.some((p) => p.schema.format === 'date-time');
  if (parts.includes('path'))
    add(
      'path',
      [
        ['path-valid', 70],
        ['path-invalid', 30],
        ['known-prism-defect', opts.includeKnownDefects ? 8 : 0],
      ],
      0.6,
    );
  if (parts.includes('query'))
    add(
      'query',
      [
        ['query-valid', 30],
        ['query-invalid-value', queryParams.some((p) => queryArbs[p.name]!.invalid) ? 25 : 0],
        ['query-missing-required', queryParams.some((p) => p.required) ? 10 : 0],
        ['query-repeated', 10],
        ['query-unknown', 15],
        ['query-name-case', 10],
        ['query-date-time-edge', dateTimes ? 8 : 0],
      ],
      1,
    );
  if (!partKind.length) throw new FuzzSchemaError(`operation ${id} has neither a body nor parameters: nothing to fuzz`);
  return fc
    .record({
      target: fc.constant(id as string),
      pk: fc.oneof(...partKind),
      pick: fc.nat(),
      alt: fc.nat(),
      depth: fc.integer({ min: 2, max: maxDepth }),
      body: parts.includes('body')
        ? schemaArbitrary(contract, contract.schema((op as { requestSchema: string }).requestSchema), `#/components/schemas/${(op as { requestSchema: string }).requestSchema}`)
        : fc.constant(undefined),
      path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, pathArbs[p.name]!.valid]))),
      pathBad: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, pathArbs[p.name]!.invalid ?? pathArbs[p.name]!.valid]))),
      query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, queryArbs[p.name]!.valid]))),
      queryBad: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, queryArbs[p.name]!.invalid ?? fc.constant(undefined)]))),
      optional: fc.array(fc.boolean(), { minLength: queryParams.length, maxLength: queryParams.length }),
      extra: fc.array(fc.tuple(extraName, fc.oneof(paramString(0), fc.constant(''))), { minLength: 1, maxLength: 3 }),
      order: fc.nat(),
    })
    .map(({ pk, ...rest }) => ({ ...rest, part: pk[0], kind: pk[1] }) as Plan);
}

function messagePlanArbitrary(contract: ContractSchemas, id: string, opts: CaseOptions): fc.Arbitrary<Plan> {
  const m = messageByOperationId(id)!;
  const maxDepth = Math.max(2, opts.maxDepth ?? 10_000);
  return fc.record({
    target: fc.constant(id),
    part: fc.constant('message' as const),
    kind: kinds(bodyKinds(false, opts)),
    pick: fc.nat(),
    alt: fc.nat(),
    depth: fc.integer({ min: 2, max: maxDepth }),
    body: schemaArbitrary(contract, contract.schema(m.schema), `#/components/schemas/${m.schema}`),
    path: fc.constant({}),
    pathBad: fc.constant({}),
    query: fc.constant({}),
    queryBad: fc.constant({}),
    optional: fc.constant([]),
    extra: fc.constant([]),
    order: fc.nat(),
  });
}

/** How often each target comes up: an operation by its parts (1 + how many of body/path/query it has), a server message 0.4. */
export function targetWeights(opts: CaseOptions = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of targetIds()) {
    if (opts.target !== undefined && id !== opts.target) continue;
    out[id] = isOperation(id) ? 1 + partsOf(operations[id] as Op).length : 0.4;
  }
  if (!Object.keys(out).length) throw new FuzzSchemaError(`unknown target ${JSON.stringify(opts.target)}: one of ${targetIds().join(', ')}`);
  return out;
}

export function planArbitrary(contract: ContractSchemas, opts: CaseOptions = {}): fc.Arbitrary<Plan> {
  const weights = targetWeights(opts);
  return fc.oneof(
    ...Object.entries(weights).map(([id, w]) => ({ arbitrary: isOperation(id) ? opPlanArbitrary(contract, id, opts) : messagePlanArbitrary(contract, id, opts), weight: Math.round(w * 10) })),
  );
}
