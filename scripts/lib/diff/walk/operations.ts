/**
 * Operation rules: operations added or removed (matched by method and path
 * template, whatever their path parameters are called), and for each one
 * present in both documents its own keywords, security, parameters, request
 * body and responses.
 */
import type { Comparison } from '../comparison.ts';
import { join, pointerOf } from '../pointers.ts';
import { REQUEST_BODY, body } from './bodies.ts';
import { RESPONSES, statuses } from './responses.ts';
import { security } from './security.ts';
import { operationKeys, parameters, sitesOf, type OpSite, type ParameterRules } from './sites.ts';

/** Parameters of an operation: sent by clients. */
const REQUEST_PARAMETERS: ParameterRules = {
  side: 'request',
  pathBySlot: true,
  removed: (name) => ({
    client: { breaking: true, reason: `breaking for clients: clients that send ${name} lose its effect and may be rejected` },
    server: { breaking: false, reason: `compatible for servers: the implementation may ignore ${name}` },
  }),
  required: (name) => ({
    client: { breaking: true, reason: `breaking for clients: requests without ${name} are now rejected` },
    server: { breaking: false, reason: `compatible for servers: the implementation may rely on ${name}` },
  }),
  optional: (name) => ({
    client: { breaking: false, reason: `compatible for clients: ${name} may now be left out` },
    server: { breaking: true, reason: `breaking for servers: the implementation must handle requests without ${name}` },
  }),
  added: (name, required) => ({
    client: required
      ? { breaking: true, reason: `breaking for clients: requests without the new required ${name} are rejected` }
      : { breaking: false, reason: `compatible for clients: ${name} is new and optional` },
    server: required
      ? { breaking: false, reason: `compatible for servers: the implementation may rely on ${name}` }
      : { breaking: true, reason: `breaking for servers: the implementation must accept and honour ${name}` },
  }),
};

export function operations(c: Comparison): void {
  // Path templates match whatever their parameters are called.
  const keyOf = (p: string, m: string) => `${m.toUpperCase()} ${p.replace(/\{[^}]*\}/g, '{}')}`;
  const bo = sitesOf(c, 'base', 'paths', keyOf);
  const ho = sitesOf(c, 'head', 'paths', keyOf);
  for (const [key, b] of bo) {
    const h = ho.get(key);
    const label = `${b.method.toUpperCase()} ${b.path}`;
    if (!h) {
      c.add({
        pointer: b.ptr,
        where: label,
        kind: 'operation-removed',
        side: 'operation',
        client: { breaking: true, reason: `breaking for clients: calls to ${label} now fail, the operation is gone` },
        server: { breaking: false, reason: 'compatible for servers: the implementation may drop the handler' },
      });
      continue;
    }
    if (b.path !== h.path) c.documentation(pointerOf('paths', h.path), label, 'operation', `path template ${b.path} → ${h.path} (parameter names only)`);
    operation(c, b, h, `${h.method.toUpperCase()} ${h.path}`);
  }
  for (const [key, h] of ho) {
    if (bo.has(key)) continue;
    const label = `${h.method.toUpperCase()} ${h.path}`;
    c.add({
      pointer: h.ptr,
      where: label,
      kind: 'operation-added',
      side: 'operation',
      client: { breaking: false, reason: `compatible for clients: ${label} is a new operation` },
      server: { breaking: true, reason: `breaking for servers: the implementation must serve ${label}` },
    });
  }
}

function operation(c: Comparison, b: OpSite, h: OpSite, label: string): void {
  operationKeys(c, b, h, label, { renamed: 'generated clients name methods and types' });
  security(c, b.op, h.op, b.ptr, h.ptr, label);
  parameters(c, b, h, label, REQUEST_PARAMETERS);
  body(c, b.op.requestBody, h.op.requestBody, join(b.ptr, 'requestBody'), join(h.ptr, 'requestBody'), `${label} › request body`, REQUEST_BODY);
  statuses(c, b.op.responses ?? {}, h.op.responses ?? {}, join(b.ptr, 'responses'), join(h.ptr, 'responses'), label, RESPONSES);
}
