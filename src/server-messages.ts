/**
 * parseServerMessage: the receiving end of the contract's webhooks (the
 * server messages the platform POSTs to an assistant's server URL). Takes the
 * request body as received (a string, bytes, or an already parsed value),
 * refuses anything hostile or off-contract with InvalidServerMessageError
 * naming each JSON Pointer, and returns the message typed by `message.type`.
 *
 * Its own module: an app that only calls the API never loads the event
 * validators, and one that only receives messages never loads the client.
 */
import * as validators from '../generated/validators.js';
import { serverMessages, type ServerMessage, type ServerMessageType } from '../generated/operations.ts';
import { ConnectCallError, InvalidServerMessageError, type ValidationIssue } from './errors.ts';
import { escapePointer, validatorIssues, type ValidatorLike } from './pointer.ts';

/** The largest input accepted by default: 1 MiB (bytes for a Uint8Array, characters for a string). */
export const DEFAULT_MAX_MESSAGE_SIZE = 1024 * 1024;
/** The deepest nesting of objects and arrays accepted by default (the contract's messages need fewer than 10). */
export const DEFAULT_MAX_MESSAGE_DEPTH = 64;

export interface ParseServerMessageOptions {
  /** Largest input: bytes of a Uint8Array, characters of a string, objects and arrays in a parsed value. Default 1 MiB. */
  maxSize?: number;
  /** Deepest nesting of objects and arrays. Default 64. */
  maxDepth?: number;
}

/** The server message of one `message.type`, e.g. ServerMessageOf<'status-update'>. */
export type ServerMessageOf<T extends ServerMessageType> = Extract<ServerMessage, { message: { type: T } }>;

const byName = validators as unknown as Record<string, ValidatorLike | undefined>;
const OPERATION = 'serverMessage';
const KNOWN = Object.keys(serverMessages).join(', ');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(path: string, keyword: string, message: string, type?: string, cause?: unknown): InvalidServerMessageError {
  return new InvalidServerMessageError(OPERATION, type, [{ path, keyword, message }], cause);
}

function limit(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!(Number.isInteger(v) && v >= 1)) throw new TypeError(`parseServerMessage: option "${name}" must be an integer >= 1, got ${String(value)}`);
  return v;
}

/**
 * One iterative walk over the parsed value (no recursion, so no depth can
 * overflow the stack): refuses nesting deeper than maxDepth, more than
 * maxNodes objects and arrays, and prototype-pollution keys (`__proto__`
 * anywhere, `prototype` under `constructor`).
 */
function scan(root: unknown, maxDepth: number, maxNodes: number): ValidationIssue | undefined {
  const stack: Array<{ value: object; path: string; depth: number }> = [];
  if (typeof root === 'object' && root !== null) stack.push({ value: root, path: '', depth: 0 });
  let nodes = 0;
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > maxNodes) return { path, keyword: 'maxSize', message: `holds more than ${maxNodes} objects and arrays (maxSize)` };
    if (depth >= maxDepth) return { path, keyword: 'maxDepth', message: `is nested deeper than ${maxDepth} levels (maxDepth)` };
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const length = keys ? keys.length : (value as unknown[]).length;
    for (let i = 0; i < length; i++) {
      const key = keys ? keys[i]! : String(i);
      if (keys && (key === '__proto__' || (key === 'prototype' && path.endsWith('/constructor')))) {
        return { path: `${path}/${escapePointer(key)}`, keyword: 'forbidden', message: 'is a prototype-pollution key and is not accepted' };
      }
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: `${path}/${escapePointer(key)}`, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Parse and validate one server message. `input` is the request body: the raw
 * text, its bytes (UTF-8), or a value a body parser already produced. Returns
 * the message typed by `message.type`; throws InvalidServerMessageError (with
 * `issues`, one JSON Pointer each) for anything else, never another error.
 */
export function parseServerMessage(input: unknown, options: ParseServerMessageOptions = {}): ServerMessage {
  const maxSize = limit('maxSize', options.maxSize, DEFAULT_MAX_MESSAGE_SIZE);
  const maxDepth = limit('maxDepth', options.maxDepth, DEFAULT_MAX_MESSAGE_DEPTH);
  let value = input;
  if (value instanceof Uint8Array) {
    if (value.byteLength > maxSize) throw refuse('', 'maxSize', `is ${value.byteLength} bytes, more than maxSize (${maxSize})`);
    try {
      value = new TextDecoder('utf-8', { fatal: true }).decode(value);
    } catch (err) {
      throw refuse('', 'encoding', 'is not valid UTF-8', undefined, err);
    }
  }
  if (typeof value === 'string') {
    if (value.length > maxSize) throw refuse('', 'maxSize', `is ${value.length} characters, more than maxSize (${maxSize})`);
    try {
      value = JSON.parse(value);
    } catch (err) {
      // V8 parses any depth today; a RangeError (stack exhausted) is still possible elsewhere.
      throw refuse('', 'json', err instanceof RangeError ? 'is nested too deeply to parse' : `is not JSON (${err instanceof Error ? err.message : String(err)})`, undefined, err);
    }
  }
  let type: string | undefined;
  try {
    const problem = scan(value, maxDepth, maxSize);
    if (problem) throw new InvalidServerMessageError(OPERATION, undefined, [problem]);
    if (!isObject(value)) throw refuse('', 'type', 'must be an object with a "message" object');
    const message = value['message'];
    if (!isObject(message)) throw refuse('/message', message === undefined ? 'required' : 'type', 'must be an object');
    const t = message['type'];
    if (typeof t !== 'string') throw refuse('/message/type', t === undefined ? 'required' : 'type', `must be a string, one of: ${KNOWN}`);
    type = t;
    const entry = Object.hasOwn(serverMessages, t) ? serverMessages[t as ServerMessageType] : undefined;
    if (!entry) throw refuse('/message/type', 'enum', `is ${JSON.stringify(t.slice(0, 40))}, not a known server message type (known: ${KNOWN})`, t);
    const validate = byName[entry.validator];
    if (!validate) throw new ConnectCallError(`parseServerMessage: the validators module has no ${entry.validator} (regenerate the package)`, entry.operationId);
    if (!validate(value)) throw new InvalidServerMessageError(entry.operationId, t, validatorIssues(validate.errors));
    return value as ServerMessage;
  } catch (err) {
    if (err instanceof ConnectCallError) throw err;
    // A hostile parsed value (a getter or Proxy that throws) ends here.
    throw refuse('', 'unreadable', `could not be read (${err instanceof Error ? err.name : typeof err})`, type, err);
  }
}
