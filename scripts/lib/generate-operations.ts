/**
 * generated/operations.ts: the operation table, the routes, the validator
 * modules' names, the typed method signatures, the server messages and the
 * servers, printed from the tables (scripts/lib/generate-tables.ts) as one
 * TypeScript module that the client, the mock and the server target import.
 */
import type { OpenApiDocument } from './contract.ts';
import { tsHeader } from './bundle-text.ts';
import { validatorNames, type OperationEntry, type ServerMessageEntry } from './generate-tables.ts';
import { resolveRef } from './openapi.ts';

function jsdoc(lines: string[], indent = ''): string {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => `${indent} *${l ? ` ${l.replace(/\*\//g, '*\\/')}` : ''}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */`;
}

export function operationsModule(doc: OpenApiDocument, ops: OperationEntry[], events: ServerMessageEntry[], hash: string): string {
  const table = Object.fromEntries(ops.map((o) => [o.operationId, o]));
  const servers = (doc.servers ?? []).map((s: any) => ({ ...(s['x-server-name'] ? { name: s['x-server-name'] } : {}), url: s.url, description: s.description }));
  const named = servers.filter((s: { name?: string }) => s.name);
  const methods = ops.map((o) => {
    const op = resolveRef(doc, doc.paths[o.path])[o.method];
    const T = `OperationTypes[${JSON.stringify(o.operationId)}]`;
    const ok = `${T}['responses'][${o.successStatus}]`;
    const result = o.responses[String(o.successStatus)]?.contentType ? `${ok}['content'][${JSON.stringify(o.responses[String(o.successStatus)]!.contentType)}]` : 'void';
    const args: string[] = o.pathParams.map((p) => `${/^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : 'param'}: ${T}['parameters']['path'][${JSON.stringify(p.name)}]`);
    if (o.queryParams.length) {
      const required = o.queryParams.some((p) => p.required);
      args.push(`query${required ? '' : '?'}: ${T}['parameters']['query']`);
    }
    if (o.hasBody && o.requestContentType) {
      args.push(`body: NonNullable<${T}['requestBody']>['content'][${JSON.stringify(o.requestContentType)}]${o.bodyRequired ? '' : ' | undefined'}`);
    }
    args.push('options?: CallOptions');
    const checked = [o.pathParams.length ? 'path parameters' : '', o.queryParams.length ? 'query' : '', o.hasBody ? 'body' : ''].filter(Boolean).join(', ');
    const docLines = [
      `${o.summary ?? o.operationId}: \`${o.method.toUpperCase()} ${o.path}\``,
      '',
      ...(op.description ? [String(op.description).trim(), ''] : []),
      ...o.pathParams.map((p) => `@param ${p.name} percent-encoded into the path, so it can never change which path is requested.`),
      `Resolves to the ${o.successStatus} response body. Throws ApiError for ${o.errorStatuses.join(', ')} (and any other non-2xx status),`,
      `${checked ? `RequestValidationError before sending when the ${checked} break the contract, ` : ''}ResponseError for a 2xx whose body is not what the contract promises, TimeoutError, NetworkError or UserAbortError.`,
      ...(o.method === 'post' || o.method === 'patch' ? ['Never retried automatically: it is not idempotent.'] : []),
    ];
    return `${jsdoc(docLines, '  ')}\n  ${o.operationId}(${args.join(', ')}): Promise<${result}>;`;
  });
  const route = (o: OperationEntry) => {
    const v = validatorNames(o);
    return `  ${o.operationId}: { method: ${JSON.stringify(o.method)}, path: ${JSON.stringify(o.path)}, pathParams: ${JSON.stringify(o.pathParams.map((p) => p.name))}, query: ${o.queryParams.length > 0}, ${o.queryParams.some((p) => p.schema['default'] !== undefined) ? `queryDefaults: ${JSON.stringify(Object.fromEntries(o.queryParams.filter((p) => p.schema['default'] !== undefined).map((p) => [p.name, p.schema['default']])))}, ` : ''}hasBody: ${o.hasBody}, json: ${JSON.stringify(o.responses[String(o.successStatus)]?.contentType?.includes('json') ?? false)}, status: ${o.successStatus}, validators: ${JSON.stringify({ ...(v.path ? { path: v.path } : {}), ...(v.query ? { query: v.query } : {}), ...(v.request ? { body: v.request } : {}), responses: v.responses })} },`;
  };
  return `${tsHeader(hash)}
import type { operations as OperationTypes, components } from './schema.js';

/** Every operation of the contract, keyed by operationId. The client builds one method per entry. */
export const operations = ${JSON.stringify(table, null, 2)} as const;

export type OperationId = keyof typeof operations;

/**
 * What the client runtime needs of each operation, and no more (kept small for
 * browser bundles): method, path template, path parameter names in order,
 * whether it takes a query (and the defaults its parameters declare) and a body, the success status, whether that
 * status carries JSON, and the names of the validators in its module.
 */
export const routes = {
${ops.map(route).join('\n')}
} as const;

/**
 * Each operation's validators, one module per operation, loaded on first use:
 * bundlers split every module into its own chunk, so an app that calls one
 * operation never loads (or ships up front) the others' validators.
 */
export const validatorModules = {
${ops.map((o) => `  ${o.operationId}: () => import('./validators/${o.operationId}.js'),`).join('\n')}
} as const;

/** One typed method per operation; CallOptions is supplied by the client runtime. */
export interface OperationMethods<CallOptions> {
${methods.join('\n')}
}

/** The server messages (the contract's webhooks), by \`message.type\`. */
export const serverMessages = {
${events.map((e) => `  ${JSON.stringify(e.type)}: { operationId: ${JSON.stringify(e.operationId)}, schema: ${JSON.stringify(e.schema)}, validator: ${JSON.stringify(e.validator)} },`).join('\n')}
} as const;

export type ServerMessageType = keyof typeof serverMessages;

/** Every server message the platform may post to the assistant's server URL, narrowed by \`message.type\`. */
export type ServerMessage = ${events.map((e) => `components['schemas'][${JSON.stringify(e.schema)}]`).join(' | ') || 'never'};

/** The servers the contract declares; the first is the client's default base URL. */
export const servers = ${JSON.stringify(servers, null, 2)} as const;

export const defaultServerUrl = ${JSON.stringify(servers[0]?.url ?? '')};

/** The servers by their \`x-server-name\`: choose one with the client's \`server\` option. */
export const serverUrls = ${JSON.stringify(Object.fromEntries(named.map((s: { name: string; url: string }) => [s.name, s.url])), null, 2)} as const;

export type ServerName = keyof typeof serverUrls;

/** info.version of the contract these files were generated from. */
export const contractVersion = ${JSON.stringify(doc.info.version)};
`;
}
