/**
 * Server message rules (OpenAPI `webhooks`): the platform (the
 * implementation, "servers" here) posts them to a receiver written by the
 * API's user ("clients" here). The data flows the other way from an
 * operation's: a message body and its headers are judged like a response
 * (fewer fields, or a field that may now be missing, breaks receivers; a
 * wider set of values breaks strict receivers; a narrower one asks the
 * platform to stop sending values), and what the receiver answers is judged
 * like a request.
 */
import type { Comparison } from '../comparison.ts';
import { join } from '../pointers.ts';
import { body, type BodyRules } from './bodies.ts';
import { statuses, type StatusRules } from './responses.ts';
import { operationKeys, parameters, sitesOf, type OpSite, type ParameterRules } from './sites.ts';

/** Parameters of a server message (headers the platform sends): judged like response headers. */
const MESSAGE_PARAMETERS: ParameterRules = {
  side: 'response',
  message: true,
  removed: (name) => ({
    client: { breaking: true, reason: `breaking for clients: receivers that read ${name} no longer get it` },
    server: { breaking: false, reason: `compatible for servers: the platform may stop sending ${name}` },
  }),
  required: (name) => ({
    client: { breaking: false, reason: `compatible for clients: ${name} is now always sent` },
    server: { breaking: true, reason: `breaking for servers: the platform must always send ${name}` },
  }),
  optional: (name) => ({
    client: { breaking: true, reason: `breaking for clients: ${name} was always sent and may now be missing` },
    server: { breaking: false, reason: `compatible for servers: the platform may leave ${name} out` },
  }),
  added: (name, required) => ({
    client: { breaking: false, reason: `compatible for clients: ${name} is new; receivers ignore what they do not read` },
    server: required ? { breaking: true, reason: `breaking for servers: the platform must always send ${name}` } : { breaking: false, reason: `compatible for servers: the platform may send ${name}` },
  }),
};

/** The body of a server message: what the platform posts, judged like a response. */
const MESSAGE_BODY: BodyRules = {
  side: 'response',
  message: true,
  kind: 'message-body',
  added: () => ({
    client: { breaking: false, reason: 'compatible for clients: the message now carries a body; receivers that ignore it keep working' },
    server: { breaking: true, reason: 'breaking for servers: the platform must send the new body' },
  }),
  removed: {
    client: { breaking: true, reason: 'breaking for clients: the message no longer carries the body receivers read' },
    server: { breaking: false, reason: 'compatible for servers: the platform may stop sending the body' },
  },
  required: {
    client: { breaking: false, reason: 'compatible for clients: the message now always carries a body' },
    server: { breaking: true, reason: 'breaking for servers: the platform must always send a body' },
  },
  optional: {
    client: { breaking: true, reason: 'breaking for clients: the message may now come without a body' },
    server: { breaking: false, reason: 'compatible for servers: the platform may leave the body out' },
  },
};

/** What a receiver answers to a server message: judged like a request (the receiver sends it, the platform reads it). */
const ANSWERS: StatusRules = {
  noun: 'answer',
  side: 'request',
  headers: false,
  removed: (status) => ({
    kind: 'answer-removed',
    client: { breaking: true, reason: `breaking for clients: receivers that answer ${status} no longer give an answer the contract describes` },
    server: { breaking: false, reason: `compatible for servers: the platform no longer has to understand ${status}` },
  }),
  added: (status) => ({
    kind: 'answer-added',
    client: { breaking: false, reason: `compatible for clients: receivers may also answer ${status}` },
    server: { breaking: true, reason: `breaking for servers: the platform must understand the answer ${status}` },
  }),
};

export function webhooks(c: Comparison): void {
  const keyOf = (name: string, m: string) => `${name} ${m}`;
  const bw = sitesOf(c, 'base', 'webhooks', keyOf);
  const hw = sitesOf(c, 'head', 'webhooks', keyOf);
  for (const [key, b] of bw) {
    const h = hw.get(key);
    const label = `webhook ${b.path}`;
    if (!h) {
      c.add({
        pointer: b.ptr,
        where: label,
        kind: 'webhook-removed',
        side: 'operation',
        client: { breaking: true, reason: `breaking for clients: receivers written for ${b.path} messages no longer get them; whatever they did on that event stops happening` },
        server: { breaking: false, reason: `compatible for servers: the platform may stop sending ${b.path} messages` },
      });
      continue;
    }
    webhook(c, b, h, label);
  }
  for (const [key, h] of hw) {
    if (bw.has(key)) continue;
    c.add({
      pointer: h.ptr,
      where: `webhook ${h.path}`,
      kind: 'webhook-added',
      side: 'operation',
      client: { breaking: false, reason: `compatible for clients: ${h.path} is a new server message; receivers written for the released contract never asked for it` },
      server: { breaking: true, reason: `breaking for servers: the platform must send ${h.path} messages as described` },
    });
  }
}

function webhook(c: Comparison, b: OpSite, h: OpSite, label: string): void {
  // Who authenticates whom on a webhook is not something this checker can tell.
  operationKeys(c, b, h, label, { renamed: 'generated receiver code names handlers and types', security: 'security of a server message' });
  parameters(c, b, h, label, MESSAGE_PARAMETERS);
  body(c, b.op.requestBody, h.op.requestBody, join(b.ptr, 'requestBody'), join(h.ptr, 'requestBody'), `${label} › message body`, MESSAGE_BODY);
  statuses(c, b.op.responses ?? {}, h.op.responses ?? {}, join(b.ptr, 'responses'), join(h.ptr, 'responses'), label, ANSWERS);
}
