/**
 * The contract read as tables: each operation (method, path, parameters,
 * body, responses, the names of its validators) and each server message, in
 * the shapes the generated targets are printed from; and the check that every
 * operationId is used once.
 */
import type { OpenApiDocument } from './contract.ts';
import { GenerateError } from './generate-error.ts';
import { HTTP_METHODS, resolveRef } from './openapi.ts';

export interface ParameterEntry {
  name: string;
  required: boolean;
  /** The parameter's schema as the bundle has it (refs kept). */
  schema: Record<string, unknown>;
}

export interface OperationEntry {
  operationId: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  summary?: string;
  /** Path parameters in the order they appear in the path template. */
  pathParams: ParameterEntry[];
  queryParams: ParameterEntry[];
  hasBody: boolean;
  bodyRequired: boolean;
  requestContentType?: string;
  requestSchema?: string;
  successStatus: number;
  responses: Record<string, { error: boolean; contentType?: string; schema?: string }>;
  errorStatuses: number[];
}

export function refName(ref: unknown): string | undefined {
  if (typeof ref !== 'string') return undefined;
  const m = /^#\/components\/(?:schemas)\/([^/]+)$/.exec(ref);
  return m?.[1];
}
/** One entry per operationId, in path order: what the client needs to know without the spec. */
export function operationTable(doc: OpenApiDocument): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [p, itemRaw] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef(doc, itemRaw);
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op) continue;
      if (!op.operationId) throw new GenerateError(`${method.toUpperCase()} ${p} has no operationId`);
      const body = op.requestBody ? resolveRef(doc, op.requestBody) : undefined;
      const params = parameters(doc, item.parameters, op.parameters, `${method.toUpperCase()} ${p}`);
      const pathParams = [...p.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
        const param = params.find((x) => x.in === 'path' && x.name === name);
        if (!param) throw new GenerateError(`${method.toUpperCase()} ${p} declares no path parameter "${name}"`);
        return param.entry;
      });
      const unknownPath = params.find((x) => x.in === 'path' && !pathParams.some((e) => e.name === x.name));
      if (unknownPath) throw new GenerateError(`${method.toUpperCase()} ${p} declares path parameter "${unknownPath.name}", which is not in the path`);
      const unsupported = params.find((x) => x.in !== 'path' && x.in !== 'query');
      if (unsupported) throw new GenerateError(`${method.toUpperCase()} ${p}: ${unsupported.in} parameter "${unsupported.name}" is not supported by the generated targets yet (path and query only)`);
      const bodyType = body ? Object.keys(body.content ?? {})[0] : undefined;
      const responses: OperationEntry['responses'] = {};
      for (const [status, rRaw] of Object.entries<any>(op.responses ?? {})) {
        const r = resolveRef(doc, rRaw);
        const ct = Object.keys(r?.content ?? {})[0];
        const code = Number(status);
        responses[status] = {
          error: !(code >= 200 && code < 300),
          ...(ct ? { contentType: ct } : {}),
          ...(ct && refName(r.content[ct].schema?.$ref) ? { schema: refName(r.content[ct].schema.$ref) } : {}),
        };
      }
      const success = Object.keys(responses)
        .map(Number)
        .filter((c) => c >= 200 && c < 300)
        .sort((a, b) => a - b);
      if (!success.length) throw new GenerateError(`operation ${op.operationId} declares no 2xx response`);
      out.push({
        operationId: op.operationId,
        method,
        path: p,
        ...(op.summary ? { summary: op.summary } : {}),
        pathParams,
        queryParams: params.filter((x) => x.in === 'query').map((x) => x.entry),
        hasBody: Boolean(body),
        bodyRequired: Boolean(body?.required),
        ...(bodyType ? { requestContentType: bodyType } : {}),
        ...(bodyType && refName(body.content[bodyType].schema?.$ref) ? { requestSchema: refName(body.content[bodyType].schema.$ref) } : {}),
        successStatus: success[0]!,
        responses,
        errorStatuses: Object.keys(responses)
          .map(Number)
          .filter((c) => !(c >= 200 && c < 300))
          .sort((a, b) => a - b),
      });
    }
  }
  return out.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

/** Path-item and operation parameters merged (the operation's win by name and location), refs resolved. */
function parameters(doc: OpenApiDocument, itemParams: unknown, opParams: unknown, where: string): Array<{ in: string; name: string; entry: ParameterEntry }> {
  const byKey = new Map<string, { in: string; name: string; entry: ParameterEntry }>();
  for (const raw of [...((itemParams as unknown[]) ?? []), ...((opParams as unknown[]) ?? [])]) {
    const prm = resolveRef<any>(doc, raw);
    if (!prm?.schema) throw new GenerateError(`${where}: parameter "${prm?.name}" has no schema (content-typed parameters are not supported)`);
    byKey.set(`${prm.in}:${prm.name}`, { in: prm.in, name: prm.name, entry: { name: prm.name, required: prm.in === 'path' || Boolean(prm.required), schema: prm.schema } });
  }
  return [...byKey.values()];
}

/** A JSON Schema for one location's parameters, validated as an object of typed values. */
export function parameterSchema(params: ParameterEntry[]): Record<string, unknown> {
  const required = params.filter((p) => p.required).map((p) => p.name);
  return { type: 'object', properties: Object.fromEntries(params.map((p) => [p.name, p.schema])), ...(required.length ? { required } : {}) };
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Export names of the validators for one operation. */
export function validatorNames(op: OperationEntry): { request?: string; query?: string; path?: string; responses: Record<string, string> } {
  const responses: Record<string, string> = {};
  const P = pascal(op.operationId);
  for (const [status, r] of Object.entries(op.responses)) if (r.schema) responses[status] = `validate${P}Response${status}`;
  return {
    ...(op.requestSchema ? { request: `validate${P}Request` } : {}),
    ...(op.queryParams.length ? { query: `validate${P}Query` } : {}),
    ...(op.pathParams.length ? { path: `validate${P}Path` } : {}),
    responses,
  };
}

/** One entry per webhook (server message): its wire type, operationId and body schema. */
export interface ServerMessageEntry {
  type: string;
  operationId: string;
  schema: string;
  validator: string;
}
export function serverMessageTable(doc: OpenApiDocument): ServerMessageEntry[] {
  const out: ServerMessageEntry[] = [];
  for (const [type, itemRaw] of Object.entries(doc.webhooks ?? {})) {
    const op = resolveRef<any>(doc, itemRaw)?.post;
    if (!op?.operationId) throw new GenerateError(`webhook "${type}" has no POST operation with an operationId`);
    const body = op.requestBody ? resolveRef<any>(doc, op.requestBody) : undefined;
    const schema = refName(body?.content?.['application/json']?.schema?.$ref);
    if (!schema) throw new GenerateError(`webhook "${type}": its application/json body must be a $ref to #/components/schemas/*`);
    out.push({ type, operationId: op.operationId, schema, validator: `validate${schema}` });
  }
  return out.sort((a, b) => a.type.localeCompare(b.type));
}

/**
 * Each operation and server message needs its own operationId: the client's
 * methods, the operation table's keys and the validator modules' file names
 * are made from it. Lint says so too (operation-operationId-unique), but
 * `npm run generate` runs without lint.
 */
export function uniqueOperationIds(ops: OperationEntry[], events: ServerMessageEntry[]): void {
  const seen = new Map<string, string>();
  const all = [...ops.map((o) => ({ id: o.operationId, where: `${o.method.toUpperCase()} ${o.path}` })), ...events.map((e) => ({ id: e.operationId, where: `server message "${e.type}"` }))];
  for (const { id, where } of all) {
    const first = seen.get(id);
    if (first !== undefined)
      throw new GenerateError(
        `operationId "${id}" is used by both ${first} and ${where}: give each its own (the client's methods and the validator modules are named by it; npm run lint names the file and line)`,
      );
    seen.set(id, where);
  }
}
