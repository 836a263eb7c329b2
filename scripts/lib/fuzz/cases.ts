/**
 * The cases a run sends, derived from the contract's tables
 * (generated/operations.ts `operations` and `serverMessages`), so a new
 * operation or server message is covered with no edit here.
 *
 * A target is an operation (an HTTP request to the mock) or a server message
 * (a body judged by two validators). For an operation, each case breaks at
 * most one part of an otherwise valid request (its body, a path parameter or
 * its query) in one known way, and says what the contract expects: accept or
 * reject, and the JSON Pointer of what was broken (`/query/<name>` and
 * `/path/<name>` for parameters). Same seed and count, same cases.
 *
 * The modules beside it: case-types.ts (what a case is), plans.ts (the
 * arbitraries that choose each case), body-mutations.ts (how a body is
 * broken), url-encoding.ts (the URL as the client sends it), and the value
 * generators they use: contract-schemas.ts (the schemas, resolved),
 * schema-values.ts (bodies), param-texts.ts (parameter texts) and
 * date-times.ts; this one turns a plan into the exact request and makes a
 * run's list.
 */
import fc from 'fast-check';
import { operations, type OperationId } from '../../../generated/operations.ts';
import { escapePointer } from '../../../src/pointer.ts';
import { bodyCase, nested } from './body-mutations.ts';
import { messageByOperationId, partsOf, type CaseKind, type CaseOptions, type FuzzCase, type Op, type Param } from './case-types.ts';
import type { ContractSchemas } from './contract-schemas.ts';
import { DATE_TIME_EDGES } from './date-times.ts';
import { KNOWN_PRISM_DEFECTS } from './known-issues.ts';
import { opPlanArbitrary, planArbitrary, targetWeights, type Plan } from './plans.ts';
import { isOperation } from './targets.ts';
import { encodePair, encodeSegment, fillPath } from './url-encoding.ts';

export function materialize(contract: ContractSchemas, plan: Plan, index: number, opts: CaseOptions = {}): FuzzCase {
  if (!isOperation(plan.target)) {
    const m = messageByOperationId(plan.target)!;
    const b = bodyCase(contract, contract.schema(m.schema), plan, opts);
    return {
      index,
      target: plan.target,
      channel: 'message',
      kind: b.kind,
      expected: b.expected,
      description: b.description,
      method: 'POST',
      url: '',
      contentType: 'application/json',
      body: b.body,
      ...(b.pointer !== undefined ? { pointer: b.pointer } : {}),
    };
  }
  const op = operations[plan.target] as Op;
  const pathParams = op.pathParams as readonly Param[];
  const queryParams = op.queryParams as readonly Param[];
  let kind: CaseKind = plan.kind;
  let expected: 'accept' | 'reject' = 'accept';
  let description = '';
  let pointer: string | undefined;

  // Path: valid segments, or one broken.
  const segments = Object.fromEntries(pathParams.map((p) => [p.name, encodeSegment(plan.path[p.name]!.text)]));
  if (plan.part === 'path' && pathParams.length) {
    const p = pathParams[plan.pick % pathParams.length]!;
    if (kind === 'path-invalid') {
      const bad = plan.pathBad[p.name]!;
      segments[p.name] = encodeSegment(bad.text);
      expected = bad.valid ? 'accept' : 'reject';
      description = `path parameter ${p.name} = ${JSON.stringify(bad.text)} (${bad.note})`;
      if (!bad.valid) pointer = `/path/${escapePointer(p.name)}`;
    } else if (kind === 'known-prism-defect') {
      const raw =
        plan.alt % 2
          ? KNOWN_PRISM_DEFECTS.malformedPathEncodings[plan.pick % KNOWN_PRISM_DEFECTS.malformedPathEncodings.length]!
          : KNOWN_PRISM_DEFECTS.rawCommaPathValues[plan.pick % KNOWN_PRISM_DEFECTS.rawCommaPathValues.length]!;
      segments[p.name] = raw;
      const malformed = plan.alt % 2 === 1;
      expected = malformed ? 'reject' : 'accept';
      description = `KNOWN PRISM DEFECT: path parameter ${p.name} written raw as ${JSON.stringify(raw)} (${malformed ? 'not UTF-8 percent-encoding: Prism crashes' : 'a raw comma: Prism splits it'})`;
    } else {
      description = `path parameters ${pathParams.map((q) => `${q.name} = ${JSON.stringify(truncate(plan.path[q.name]!.text, 80))}`).join(', ')}`;
    }
  }
  const path = fillPath(op.path, segments);

  // Query: the required parameters and some optional ones, valid; or broken one way.
  let pairs: [string, string][] = queryParams.filter((p, i) => p.required || plan.optional[i]).map((p) => [p.name, plan.query[p.name]!.text]);
  let rawQuery: string | undefined;
  const qp = (list: readonly Param[]) => list[plan.pick % list.length]!;
  if (plan.part === 'query' && queryParams.length) {
    switch (kind) {
      case 'query-invalid-value': {
        const withBad = queryParams.filter((p) => plan.queryBad[p.name]);
        const p = qp(withBad);
        const bad = plan.queryBad[p.name]!;
        pairs = pairs.filter(([n]) => n !== p.name).concat([[p.name, bad.text]]);
        expected = 'reject';
        pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} = ${JSON.stringify(truncate(bad.text, 80))} (${bad.note})`;
        break;
      }
      case 'query-missing-required': {
        const p = qp(queryParams.filter((q) => q.required));
        pairs = pairs.filter(([n]) => n !== p.name);
        expected = 'reject';
        pointer = `/query/${escapePointer(p.name)}`;
        description = `required query parameter ${p.name} left out`;
        break;
      }
      case 'query-repeated': {
        const p = qp(queryParams);
        const first = plan.query[p.name]!.text;
        const second = plan.alt % 3 === 0 ? first : plan.alt % 3 === 1 || !plan.queryBad[p.name] ? plan.query[p.name]!.text : plan.queryBad[p.name]!.text;
        pairs = pairs
          .filter(([n]) => n !== p.name)
          .concat([
            [p.name, first],
            [p.name, second],
          ]);
        expected = 'reject';
        pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} given twice: ${JSON.stringify(truncate(first, 60))} and ${JSON.stringify(truncate(second, 60))}`;
        break;
      }
      case 'query-unknown':
        pairs = pairs.concat(plan.extra);
        description = `unknown query parameters ${plan.extra.map(([n, v]) => `${JSON.stringify(truncate(n, 30))}=${JSON.stringify(truncate(v, 30))}`).join(', ')}`;
        break;
      case 'query-name-case': {
        const p = qp(queryParams);
        const variant = plan.alt % 2 ? p.name.toUpperCase() : p.name.charAt(0).toUpperCase() + p.name.slice(1);
        const renamed = variant === p.name ? p.name.toLowerCase() : variant;
        const text = plan.alt % 4 >= 2 && plan.queryBad[p.name] ? plan.queryBad[p.name]!.text : plan.query[p.name]!.text;
        pairs = pairs.filter(([n]) => n !== p.name).concat([[renamed, text]]);
        // The contract's names are case-sensitive: the renamed one is an unknown parameter, the declared one is missing.
        expected = p.required ? 'reject' : 'accept';
        if (p.required) pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} sent as ${renamed} = ${JSON.stringify(truncate(text, 60))}`;
        break;
      }
      case 'query-date-time-edge': {
        // generateCases numbers these plans in order (alt), so a batch walks the whole list.
        const p = qp(queryParams.filter((q) => q.schema.format === 'date-time'));
        const edge = DATE_TIME_EDGES[plan.alt % DATE_TIME_EDGES.length]!;
        pairs = pairs.filter(([n]) => n !== p.name).concat([[p.name, edge.text]]);
        expected = edge.valid ? 'accept' : 'reject';
        if (!edge.valid) pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} = ${JSON.stringify(edge.text)} (date-time edge: ${edge.note})`;
        break;
      }
      default:
        description = `query ${pairs.map(([n, v]) => `${n}=${JSON.stringify(truncate(v, 40))}`).join('&') || '(none)'}`;
    }
    // Order is free in a query: shuffle deterministically.
    if (pairs.length > 1) {
      const k = plan.order % pairs.length;
      pairs = [...pairs.slice(k), ...pairs.slice(0, k)];
    }
  }
  if (rawQuery === undefined) rawQuery = pairs.map(([n, v]) => encodePair(n, v)).join('&');
  const url = rawQuery ? `${path}?${rawQuery}` : path;

  // Body: valid, or broken.
  let contentType: string | null = null;
  let body: string | null = null;
  if (op.hasBody && 'requestSchema' in op) {
    contentType = op.requestContentType;
    const schema = contract.schema(op.requestSchema);
    if (plan.part === 'body') {
      if (kind === 'known-prism-defect') {
        const k = knownBodyDefect(plan, JSON.stringify(plan.body), op.operationId);
        ({ expected, description } = k);
        body = k.body;
        contentType = k.contentType;
      } else {
        const b = bodyCase(contract, schema, plan, opts);
        kind = b.kind;
        expected = b.expected;
        description = b.description;
        body = b.body;
        if (b.contentType !== undefined) contentType = b.contentType;
        pointer = b.pointer;
      }
    } else body = JSON.stringify(plan.body);
  }
  if (!description) description = 'a valid request';
  return { index, target: op.operationId, channel: 'http', kind, expected, description, method: op.method.toUpperCase(), url, contentType, body, ...(pointer !== undefined ? { pointer } : {}) };
}

function knownBodyDefect(plan: Plan, validBody: string, id: string): { expected: 'accept' | 'reject'; description: string; body: string; contentType: string } {
  const which = (plan.pick ^ plan.alt) % 4;
  if (which === 0)
    return {
      expected: 'accept',
      description: `KNOWN PRISM DEFECT: a valid body sent as ${KNOWN_PRISM_DEFECTS.serverErrorContentTypes[0]}`,
      body: validBody,
      contentType: KNOWN_PRISM_DEFECTS.serverErrorContentTypes[0],
    };
  if (which === 1) {
    const type = KNOWN_PRISM_DEFECTS.lenientContentTypes[plan.alt % KNOWN_PRISM_DEFECTS.lenientContentTypes.length]!;
    return { expected: 'reject', description: `KNOWN PRISM DEFECT: a valid body sent as ${type}`, body: validBody, contentType: type };
  }
  if (which === 2) {
    const depth = KNOWN_PRISM_DEFECTS.infoLevelServerErrorDepth;
    return { expected: 'reject', description: `KNOWN PRISM DEFECT (at log level info): the whole body nested ${depth} levels deep`, body: nested(depth, 0), contentType: 'application/json' };
  }
  // The crash body is a connectCall body; for another operation it is simply a body of the wrong shape.
  return {
    expected: id === 'connectCall' ? 'accept' : 'reject',
    description: 'KNOWN PRISM DEFECT (at log level info): a body whose log line jsonrepair corrupts',
    body: KNOWN_PRISM_DEFECTS.infoLevelCrashBody,
    contentType: 'application/json',
  };
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/**
 * The cases of a run: `count` plans sampled from the seed (same seed, count
 * and options → same requests). The date-time edge cases take
 * DATE_TIME_EDGES in turn, so a batch with enough of them sends every edge.
 * When count allows (>= 200), each operation with a body in scope also gets
 * one several-MB valid body and one several-MB invalid body, as the last cases.
 */
export function generateCases(contract: ContractSchemas, seed: number, count: number, opts: CaseOptions = {}): FuzzCase[] {
  let edge = 0;
  const plans = fc.sample(planArbitrary(contract, opts), { seed, numRuns: count }).map((p) => (p.kind === 'query-date-time-edge' ? { ...p, alt: edge++ } : p));
  if (count >= 200) {
    const bodyOps = Object.keys(targetWeights(opts)).filter((id) => isOperation(id) && partsOf(operations[id] as Op).includes('body'));
    let at = count - 2 * bodyOps.length;
    for (const id of bodyOps) {
      const sample = fc.sample(opPlanArbitrary(contract, id as OperationId, opts), { seed: seed + at, numRuns: 1 })[0]!;
      plans[at++] = { ...sample, part: 'body', kind: 'big-valid' };
      plans[at++] = { ...sample, part: 'body', kind: 'big-invalid' };
    }
  }
  return plans.map((p, i) => materialize(contract, p, i, opts));
}

/**
 * Every date-time edge (DATE_TIME_EDGES) once per operation with date-time
 * query parameters (the parameters in turn), each in an otherwise valid
 * request (fixed seed): a bounded batch that shows both judges agree on the
 * whole list.
 */
export function dateTimeEdgeCases(contract: ContractSchemas): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (const id of Object.keys(operations) as OperationId[]) {
    const params = (operations[id] as Op).queryParams as readonly Param[];
    const dateTimes = params.filter((p) => p.schema.format === 'date-time');
    if (!dateTimes.length) continue;
    const base = fc.sample(opPlanArbitrary(contract, id, {}), { seed: 1, numRuns: 1 })[0]!;
    // `pick` chooses among the date-time parameters (materialize's qp), `alt` the edge.
    DATE_TIME_EDGES.forEach((_e, alt) => out.push(materialize(contract, { ...base, part: 'query', kind: 'query-date-time-edge', pick: alt % dateTimes.length, alt }, out.length)));
  }
  return out;
}

/** One valid request per operation (fixed seed): what "the mock is still alive" is checked with. */
export function probeCases(contract: ContractSchemas): FuzzCase[] {
  return (Object.keys(operations) as OperationId[]).map((id, i) => {
    const plan = fc.sample(opPlanArbitrary(contract, id, {}), { seed: 1, numRuns: 1 })[0]!;
    const first = partsOf(operations[id] as Op)[0]!;
    return materialize(contract, { ...plan, part: first, kind: first === 'body' ? 'valid' : first === 'path' ? 'path-valid' : 'query-valid', optional: plan.optional.map(() => false) }, i);
  });
}
