/**
 * Code samples for the reference docs, made from the contract itself: for every
 * operation, a curl command and a TypeScript snippet that calls this package's
 * client the way its generated method signature says, `(pathParam..., query?,
 * body?)`. Path parameters and required query parameters come from the
 * parameters' `example`s; the body from the operation's `minimal` request
 * example when it has one, else its first named example. A new operation gets
 * samples with no hand edit. They are attached as `x-codeSamples` to a COPY of
 * the document (the docs' copy); generated/openapi.* never carry them.
 *
 * The TypeScript samples are compiled against the real client types by
 * test/docs.samples.test.ts, and the curl samples are run against the Prism
 * mock, so the docs cannot show code that does not build or a request the
 * contract rejects.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApiDocument } from './contract.ts';
import { HTTP_METHODS, resolveRef } from './openapi.ts';
import { ROOT } from './paths.ts';
import { shellQuote } from './cli.ts';
import { ToolError } from './errors.ts';

/**
 * The environment variable both samples read the API key from: the one the
 * client itself reads when no `token` is given (src/client.ts ENV_TOKEN;
 * test/docs.samples.test.ts keeps the two equal).
 */
export const TOKEN_ENV = 'INTERACTLY_API_KEY';
/** The request example a body is built from when the operation has it (else its first named example). */
export const DEFAULT_SAMPLE_EXAMPLE = 'minimal';

export interface CodeSample {
  /** The language, as `x-codeSamples` defines it. */
  lang: string;
  /** The tab's label in the rendered docs. */
  label: string;
  source: string;
}

export interface CodeSampleOptions {
  /**
   * Which named request example to build an operation's body from, by
   * operationId. Default: `minimal` when the operation has it, else its first
   * named example. Naming an operation or example that does not exist is an error.
   */
  examples?: Record<string, string>;
  /** npm package name the TypeScript sample imports (default: the `name` in package.json). */
  packageName?: string;
  /** Base URL in the curl sample (default: the spec's production server). */
  serverUrl?: string;
}

export class CodeSampleError extends ToolError {
  constructor(message: string) {
    super(`code samples: ${message}`);
  }
}

let packageNameCache: string | undefined;
/** The package's npm name, read from package.json (the name users install). */
export function packageName(): string {
  if (packageNameCache) return packageNameCache;
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name?: unknown };
  if (typeof pkg.name !== 'string' || !pkg.name) throw new CodeSampleError('package.json has no "name"; the TypeScript sample imports the package by it');
  packageNameCache = pkg.name;
  return pkg.name;
}

/** Follow local `$ref`s, turning a dangling or circular one into an error that says where it was met. */
function resolveAt<T = any>(doc: OpenApiDocument, value: unknown, where: string): T {
  if (value && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string' && !(value as { $ref: string }).$ref.startsWith('#/')) {
    throw new CodeSampleError(`${where}: only local $refs can be followed, got ${(value as { $ref: string }).$ref}`);
  }
  try {
    return resolveRef<T>(doc, value);
  } catch (err) {
    throw new CodeSampleError(`${where}: ${(err as Error).message}`);
  }
}

/** The production server: the first whose description names production, else the first server. */
export function productionServerUrl(doc: OpenApiDocument): string {
  const servers = Array.isArray(doc.servers) ? (doc.servers as Array<{ url?: unknown; description?: unknown }>) : [];
  const prod = servers.find((s) => typeof s.description === 'string' && /\bproduction\b/i.test(s.description)) ?? servers[0];
  if (!prod || typeof prod.url !== 'string') throw new CodeSampleError('the document has no `servers` entry to put in the curl sample');
  return prod.url.replace(/\/+$/, '');
}

export { shellQuote };

/**
 * A curl command: the method, the full URL (path parameters and query already
 * in it), the bearer token from the environment and, when there is one, the
 * JSON body.
 */
export function curlSample(method: string, url: string, body?: unknown): string {
  const lines = [`curl --request ${method.toUpperCase()} ${shellQuote(url)}`, `  --header "Authorization: Bearer $${TOKEN_ENV}"`];
  if (body !== undefined) lines.push(`  --header 'Content-Type: application/json'`, `  --data ${shellQuote(JSON.stringify(body, null, 2))}`);
  const server = new URL(url).origin;
  return `# Calls production (${server}): this acts on real calls. To try it, use the QA server or a mock (npm run mock).\n${lines.join(' \\\n')}`;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function tsString(s: string): string {
  return `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
/** A TypeScript expression for a JSON value, laid out the way a person would write it. */
export function tsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (value === null) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${IDENT.test(k) ? k : tsString(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
  }
  throw new CodeSampleError(`a request example holds a ${typeof value}, which JSON cannot carry`);
}

/** What one call of the client takes: its arguments, in the order of the generated method signature. */
export interface SampleCall {
  operationId: string;
  method: string;
  /** Path parameter values, in the order they appear in the path template. */
  pathParams: Array<{ name: string; value: unknown }>;
  /** The query object, when the operation takes a query (required parameters only, from their examples). */
  query?: Record<string, unknown>;
  /** The request body, when the operation takes one. */
  body?: unknown;
  /** The name of the 200 response's schema component, if any (names the result variable). */
  resultSchema?: string;
}

/** The variable the result is held in: the success schema's name in camelCase, else `result`. */
function resultName(schema: string | undefined): string {
  if (!schema || !IDENT.test(schema)) return 'result';
  return schema.charAt(0).toLowerCase() + schema.slice(1);
}

/**
 * The TypeScript sample: the client's method for the operation, called with
 * the arguments of its generated signature, `(pathParam..., query?, body?)`:
 * `client.getCall(id)`, `client.listCalls(query)`, `client.controlCall(id, body)`.
 */
export function typescriptSample(call: SampleCall, pkg: string): string {
  const args = [
    ...call.pathParams.map((p) => tsLiteral(p.value, '  ')),
    ...(call.query !== undefined ? [tsLiteral(call.query, '  ')] : []),
    ...(call.body !== undefined ? [tsLiteral(call.body, '  ')] : []),
  ];
  const result = resultName(call.resultSchema);
  const unsafe = call.method === 'post' || call.method === 'patch';
  return [
    `import { createConnectCallClient, ApiError } from ${tsString(pkg)};`,
    ``,
    `// Production: this acts on real calls. To try it, use { server: 'qa' } or a mock's baseUrl.`,
    `// The token comes from the ${TOKEN_ENV} environment variable.`,
    `const client = createConnectCallClient({ server: 'production' });`,
    ``,
    `try {`,
    `  const ${result} = await client.${call.operationId}(${args.join(', ')});`,
    `  console.log(${result});`,
    `} catch (err) {`,
    ...(unsafe ? [`  // Not idempotent: never retry blindly, the request may already have taken effect.`] : []),
    `  if (err instanceof ApiError) {`,
    `    console.error(err.status, err.problem?.title, err.fieldErrors);`,
    `  }`,
    `  throw err;`,
    `}`,
  ].join('\n');
}

export interface OperationSamples {
  method: string;
  path: string;
  operationId: string;
  /** What the samples send, for tests and other renderings. */
  call: SampleCall;
  /** The URL the curl sample requests (server, path parameters and query filled in). */
  url: string;
  samples: CodeSample[];
}

/** The value a parameter's samples use: its `example`, else its first named example's `value`. */
function parameterExample(doc: OpenApiDocument, param: Record<string, any>, where: string): unknown {
  if ('example' in param) return param.example;
  const named = param.examples && typeof param.examples === 'object' ? Object.entries(param.examples as Record<string, unknown>) : [];
  if (named.length) {
    const [name, raw] = named[0]!;
    const ex = resolveAt<{ value?: unknown }>(doc, raw, `${where} example "${name}"`);
    if (ex && 'value' in ex) return ex.value;
  }
  throw new CodeSampleError(`${where} has no \`example\`; the samples fill it in from there`);
}

/** Path-item and operation parameters merged (the operation's win by location and name), refs resolved. */
function operationParameters(doc: OpenApiDocument, item: Record<string, any>, op: Record<string, any>, where: string): Array<Record<string, any>> {
  const byKey = new Map<string, Record<string, any>>();
  for (const [i, raw] of [...(item.parameters ?? []), ...(op.parameters ?? [])].entries()) {
    const prm = resolveAt<Record<string, any>>(doc, raw, `${where} parameter #${i + 1}`);
    byKey.set(`${prm.in}:${prm.name}`, prm);
  }
  return [...byKey.values()];
}

/** The request example to build a body from: the one asked for, else `minimal`, else the first named one. */
function pickExample(media: Record<string, any>, asked: string | undefined, where: string): string | undefined {
  const names = Object.keys(media.examples ?? {});
  if (asked !== undefined) {
    if (!names.includes(asked)) {
      throw new CodeSampleError(`${where}: request example "${asked}" not found (the operation has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'no named examples'})`);
    }
    return asked;
  }
  return names.includes(DEFAULT_SAMPLE_EXAMPLE) ? DEFAULT_SAMPLE_EXAMPLE : names[0];
}

function successSchemaName(doc: OpenApiDocument, op: Record<string, any>, where: string): string | undefined {
  const status = Object.keys(op.responses ?? {})
    .filter((s) => /^2\d\d$/.test(s))
    .sort()[0];
  if (!status) return undefined;
  const res = resolveAt<Record<string, any>>(doc, op.responses[status], `${where} response ${status}`);
  const media = res?.content?.['application/json'] ?? Object.values<any>(res?.content ?? {})[0];
  const m = /^#\/components\/schemas\/([^/]+)$/.exec(String(media?.schema?.$ref ?? ''));
  return m?.[1];
}

/**
 * The samples for every operation, without touching the document: a curl
 * command and a TypeScript call for each, with path parameters and required
 * query parameters from their `example`s and the body from a named request
 * example. A new operation gets its samples from the contract alone.
 */
export function buildCodeSamples(doc: OpenApiDocument, options: CodeSampleOptions = {}): OperationSamples[] {
  const pkg = options.packageName ?? packageName();
  const server = (options.serverUrl ?? productionServerUrl(doc)).replace(/\/+$/, '');
  const asked = new Map(Object.entries(options.examples ?? {}));
  const out: OperationSamples[] = [];
  for (const [p, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolveAt<Record<string, any>>(doc, rawItem, `paths.${p}`);
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${p}`;
      if (typeof op.operationId !== 'string') throw new CodeSampleError(`${where} has no operationId; the TypeScript sample calls the client method of that name`);
      const params = operationParameters(doc, item, op, where);
      const pathParams = [...p.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
        const prm = params.find((x) => x.in === 'path' && x.name === name);
        if (!prm) throw new CodeSampleError(`${where} declares no path parameter "${name}"`);
        return { name: name!, value: parameterExample(doc, prm, `${where} path parameter "${name}"`) };
      });
      const queryParams = params.filter((x) => x.in === 'query');
      const other = params.find((x) => x.in !== 'path' && x.in !== 'query' && x.required === true);
      if (other) throw new CodeSampleError(`${where}: required ${other.in} parameter "${other.name}" is not supported by the samples (path and query only)`);
      const query = queryParams.length
        ? Object.fromEntries(queryParams.filter((x) => x.required === true).map((x) => [x.name, parameterExample(doc, x, `${where} query parameter "${x.name}"`)]))
        : undefined;

      let body: unknown;
      const rb = op.requestBody && resolveAt<Record<string, any>>(doc, op.requestBody, `${where} requestBody`);
      const exampleAsked = asked.get(op.operationId);
      asked.delete(op.operationId);
      if (rb) {
        const media = rb.content?.['application/json'];
        if (!media) throw new CodeSampleError(`${where}: the request body has no application/json content; the samples send JSON`);
        const name = pickExample(media, exampleAsked, where);
        if (name !== undefined) {
          const example = resolveAt<{ value?: unknown }>(doc, media.examples[name], `${where} example "${name}"`);
          if (!example || !('value' in example)) throw new CodeSampleError(`${where}: request example "${name}" has no inline \`value\``);
          body = example.value;
        } else if ('example' in media) {
          body = media.example;
        } else {
          throw new CodeSampleError(`${where}: the request body has no named example and no \`example\`; the samples send one`);
        }
      } else if (exampleAsked !== undefined) {
        throw new CodeSampleError(`${where}: request example "${exampleAsked}" asked for, but the operation takes no request body`);
      }

      const expanded = p.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(pathParams.find((x) => x.name === name)!.value)));
      const search = query && Object.keys(query).length ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}` : '';
      const url = `${server}${expanded}${search}`;
      const resultSchema = successSchemaName(doc, op, where);
      const call: SampleCall = { operationId: op.operationId, method, pathParams, ...(query !== undefined ? { query } : {}), ...(rb ? { body } : {}), ...(resultSchema ? { resultSchema } : {}) };
      out.push({
        method,
        path: p,
        operationId: op.operationId,
        call,
        url,
        samples: [
          { lang: 'Shell', label: 'curl', source: curlSample(method, url, rb ? body : undefined) },
          { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(call, pkg) },
        ],
      });
    }
  }
  if (asked.size) throw new CodeSampleError(`examples asked for unknown operation(s) ${[...asked.keys()].map((k) => `"${k}"`).join(', ')}`);
  return out;
}

/**
 * A deep copy of the document with `x-codeSamples` on every operation. An
 * operation that already declares samples keeps its own and gets the
 * generated ones after them.
 */
export function withCodeSamples(doc: OpenApiDocument, options: CodeSampleOptions = {}): OpenApiDocument {
  const copy = structuredClone(doc);
  for (const s of buildCodeSamples(copy, options)) {
    const item = resolveAt<Record<string, any>>(copy, copy.paths[s.path], `paths.${s.path}`);
    const op = item[s.method];
    const existing = Array.isArray(op['x-codeSamples']) ? op['x-codeSamples'] : [];
    op['x-codeSamples'] = [...existing, ...s.samples];
  }
  return copy;
}
