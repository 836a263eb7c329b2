/**
 * Code samples for the reference docs, made from the contract itself: for every
 * operation with a JSON request body, a curl command and a TypeScript snippet
 * that uses this package's client, both built from one of the operation's named
 * request examples. They are attached as `x-codeSamples` to a COPY of the
 * document (the docs' copy); generated/openapi.* never carry them.
 *
 * The TypeScript sample is compiled against the real client types by
 * test/docs.samples.test.ts, and the curl sample is run against the Prism mock,
 * so the docs cannot show code that does not build or a request the contract
 * rejects.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApiDocument } from './contract.ts';
import { ROOT } from './paths.ts';

/** The environment variable both samples read the API token from. */
export const TOKEN_ENV = 'CONNECT_CALL_TOKEN';
/** The request example the samples are built from, unless told otherwise. */
export const DEFAULT_SAMPLE_EXAMPLE = 'minimal';

export interface CodeSample {
  /** The language, as `x-codeSamples` defines it. */
  lang: string;
  /** The tab's label in the rendered docs. */
  label: string;
  source: string;
}

export interface CodeSampleOptions {
  /** Name of the request example to build the body from (default `minimal`). */
  example?: string;
  /** npm package name the TypeScript sample imports (default: the `name` in package.json). */
  packageName?: string;
  /** Base URL in the curl sample (default: the spec's production server). */
  serverUrl?: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export class CodeSampleError extends Error {
  constructor(message: string) {
    super(`code samples: ${message}`);
    this.name = 'CodeSampleError';
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

/** Follow local `$ref`s (`#/...`) until a non-reference object is reached. */
function resolveLocal<T = any>(doc: OpenApiDocument, value: unknown, where: string): T {
  let cur: any = value;
  const seen = new Set<string>();
  while (cur && typeof cur === 'object' && typeof cur.$ref === 'string') {
    const ref: string = cur.$ref;
    if (!ref.startsWith('#/')) throw new CodeSampleError(`${where}: only local $refs can be followed, got ${ref}`);
    if (seen.has(ref)) throw new CodeSampleError(`${where}: circular $ref ${ref}`);
    seen.add(ref);
    cur = ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<any>((o, k) => (o && typeof o === 'object' ? o[k] : undefined), doc);
    if (cur === undefined) throw new CodeSampleError(`${where}: $ref ${ref} does not resolve`);
  }
  return cur as T;
}

/** The production server: the first whose description names production, else the first server. */
export function productionServerUrl(doc: OpenApiDocument): string {
  const servers = Array.isArray(doc.servers) ? (doc.servers as Array<{ url?: unknown; description?: unknown }>) : [];
  const prod = servers.find((s) => typeof s.description === 'string' && /\bproduction\b/i.test(s.description)) ?? servers[0];
  if (!prod || typeof prod.url !== 'string') throw new CodeSampleError('the document has no `servers` entry to put in the curl sample');
  return prod.url.replace(/\/+$/, '');
}

/** Quote a string for a POSIX shell: single quotes, with embedded ones closed and escaped. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function curlSample(method: string, url: string, body: unknown): string {
  return [
    `curl --request ${method.toUpperCase()} ${shellQuote(url)} \\`,
    `  --header "Authorization: Bearer $${TOKEN_ENV}" \\`,
    `  --header 'Content-Type: application/json' \\`,
    `  --data ${shellQuote(JSON.stringify(body, null, 2))}`,
  ].join('\n');
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

export function typescriptSample(operationId: string, body: unknown, pkg: string): string {
  return [
    `import { createConnectCallClient, ApiError } from ${tsString(pkg)};`,
    ``,
    `const client = createConnectCallClient({ token: process.env.${TOKEN_ENV}! });`,
    ``,
    `try {`,
    `  const call = await client.${operationId}(${tsLiteral(body, '  ')});`,
    `  console.log(\`call \${call.id} is \${call.status}\`);`,
    `} catch (err) {`,
    `  // Never retry blindly: the customer may already have been dialled.`,
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
  samples: CodeSample[];
}

/** The samples for every operation that has a JSON request body, without touching the document. */
export function buildCodeSamples(doc: OpenApiDocument, options: CodeSampleOptions = {}): OperationSamples[] {
  const exampleName = options.example ?? DEFAULT_SAMPLE_EXAMPLE;
  const pkg = options.packageName ?? packageName();
  const server = (options.serverUrl ?? productionServerUrl(doc)).replace(/\/+$/, '');
  const out: OperationSamples[] = [];
  for (const [p, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolveLocal<Record<string, any>>(doc, rawItem, `paths.${p}`);
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${p}`;
      const rb = op.requestBody && resolveLocal<Record<string, any>>(doc, op.requestBody, `${where} requestBody`);
      const media = rb?.content?.['application/json'];
      if (!media) continue;
      if (typeof op.operationId !== 'string') throw new CodeSampleError(`${where} has no operationId; the TypeScript sample calls the client method of that name`);
      const examples = (media.examples ?? {}) as Record<string, unknown>;
      if (!(exampleName in examples)) {
        const names = Object.keys(examples);
        throw new CodeSampleError(`${where}: request example "${exampleName}" not found (the operation has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'no named examples'})`);
      }
      const example = resolveLocal<{ value?: unknown; externalValue?: unknown }>(doc, examples[exampleName], `${where} example "${exampleName}"`);
      if (!example || !('value' in example)) throw new CodeSampleError(`${where}: request example "${exampleName}" has no inline \`value\``);
      out.push({
        method,
        path: p,
        operationId: op.operationId,
        samples: [
          { lang: 'Shell', label: 'curl', source: curlSample(method, `${server}${p}`, example.value) },
          { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(op.operationId, example.value, pkg) },
        ],
      });
    }
  }
  return out;
}

/**
 * A deep copy of the document with `x-codeSamples` on every operation that has
 * a JSON request body. An operation that already declares samples keeps its own
 * and gets the generated ones after them.
 */
export function withCodeSamples(doc: OpenApiDocument, options: CodeSampleOptions = {}): OpenApiDocument {
  const copy = structuredClone(doc);
  for (const s of buildCodeSamples(copy, options)) {
    const rawItem = copy.paths[s.path]!;
    const item = resolveLocal<Record<string, any>>(copy, rawItem, `paths.${s.path}`);
    const op = item[s.method];
    const existing = Array.isArray(op['x-codeSamples']) ? op['x-codeSamples'] : [];
    op['x-codeSamples'] = [...existing, ...s.samples];
  }
  return copy;
}
