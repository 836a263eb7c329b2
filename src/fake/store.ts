/**
 * An in-memory store of calls with the contract's lifecycle, shared by the
 * reference server and MSW's stateful mode (one implementation, so both
 * behave alike): Connect Call creates a queued call echoing the request, Get
 * Call returns it with its transcript, List Calls pages over the calls
 * created, Control Call `say` adds to the transcript and `end` moves the call
 * to its terminal status. Deterministic given a seed (ids) and a clock (times).
 *
 * What the contract leaves open, this fake decides as follows (and says so):
 * - the terminal status reported by Get/List Calls is `finished` (Get Call's
 *   page; Connect Call's `completed` means the same);
 * - List Calls' window compares `startAt` (the call's creation time) with
 *   `startDate`/`endDate`, both bounds inclusive; the order is ascending,
 *   ties broken by creation order;
 * - an instruction to a call that has ended is answered 200 with
 *   `data.success: false` (not applied);
 * - only `say` and `end` change the call; `forward`, `dtmf` and `sms` are
 *   acknowledged as applied and change nothing.
 */
import type { components } from '../../generated/schema.js';

type S = components['schemas'];
export type Call = S['Call'];
export type Conversation = S['Conversation'];
export type ConversationSummary = S['ConversationSummary'];
export type ConnectCallRequest = S['ConnectCallRequest'];
export type ControlCallRequest = S['ControlCallRequest'];
export type ControlCallResponse = S['ControlCallResponse'];
export type ListCallsResponse = S['ListCallsResponse'];

export interface CallStoreOptions {
  /** Seed for call ids: the same seed gives the same ids in the same order. Default: random. */
  seed?: string | number;
  /** The clock: the time of each change. Default: the real time. */
  now?: () => Date | number | string;
  /** The teamId every call is reported under. Default "team-fake". */
  teamId?: string;
  /** Longest list of calls kept; creating one more drops the oldest. Default 10 000. */
  maxCalls?: number;
}

interface Stored {
  seq: number;
  id: string;
  request: ConnectCallRequest;
  controlUrl: string;
  createdAt: string;
  updatedAt: string;
  endAt?: string;
  status: NonNullable<Conversation['status']>;
  messages: NonNullable<Conversation['messages']>;
}

/** FNV-1a over the seed's text, then mulberry32: small, fast and repeatable. */
function prng(seed: string | number): () => number {
  let h = 0x811c9dc5;
  for (const ch of String(seed)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let a = h;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A clock for tests: starts at `start` and moves `stepMs` forward on every reading. */
export function steppingClock(start: string | number | Date, stepMs = 1000): () => Date {
  let t = new Date(start).getTime();
  if (Number.isNaN(t)) throw new TypeError(`steppingClock: start is not a date: ${JSON.stringify(start)}`);
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
}

export class CallStore {
  readonly #random: () => number;
  readonly #now: () => Date | number | string;
  readonly #teamId: string;
  readonly #max: number;
  readonly #calls = new Map<string, Stored>();
  #seq = 0;

  constructor(options: CallStoreOptions = {}) {
    this.#random = prng(options.seed ?? `${Date.now()}-${Math.random()}`);
    this.#now = options.now ?? (() => new Date());
    this.#teamId = options.teamId ?? 'team-fake';
    this.#max = options.maxCalls ?? 10_000;
    if (!(Number.isInteger(this.#max) && this.#max > 0)) throw new RangeError(`CallStore: maxCalls must be a positive integer, got ${String(options.maxCalls)}`);
  }

  #time(): string {
    const t = new Date(this.#now());
    if (Number.isNaN(t.getTime())) throw new RangeError('CallStore: the clock returned an invalid date');
    return t.toISOString();
  }

  /** A fresh id in the reference's `CC-<uuid>` form, drawn from the seeded generator. */
  #newId(): string {
    for (;;) {
      const hex = Array.from({ length: 32 }, () => Math.floor(this.#random() * 16).toString(16));
      hex[12] = '4';
      hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
      const h = hex.join('');
      const id = `CC-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
      if (!this.#calls.has(id)) return id;
    }
  }

  /** How many calls the store holds. */
  get size(): number {
    return this.#calls.size;
  }

  /** Forget every call (ids and times continue from where they were). */
  clear(): void {
    this.#calls.clear();
  }

  /**
   * Connect Call: store a new queued call echoing the request and return its
   * Call record. `baseUrl` is where this API is served; the record's
   * `monitor.controlUrl` points at its Control Call there.
   */
  create(request: ConnectCallRequest, baseUrl: string): Call {
    const id = this.#newId();
    const now = this.#time();
    const stored: Stored = {
      seq: ++this.#seq,
      id,
      request: structuredClone(request),
      controlUrl: `${baseUrl.replace(/\/+$/, '')}/calls/v1/conversations/${encodeURIComponent(id)}/control`,
      createdAt: now,
      updatedAt: now,
      status: 'queued',
      messages: [],
    };
    this.#calls.set(id, stored);
    if (this.#calls.size > this.#max) this.#calls.delete(this.#calls.keys().next().value!);
    return this.#asCall(stored);
  }

  #asCall(c: Stored): Call {
    const r = c.request;
    return {
      id: c.id,
      teamId: this.#teamId,
      ...(r.assistantId !== undefined ? { assistantId: r.assistantId } : {}),
      phoneNumberId: r.phoneNumberId,
      direction: r.direction,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      customer: structuredClone(r.customer),
      status: 'queued',
      ...(r.metadata !== undefined ? { metadata: structuredClone(r.metadata) } : {}),
      monitor: { controlUrl: c.controlUrl },
    };
  }

  #asSummary(c: Stored): ConversationSummary {
    const r = c.request;
    return {
      id: c.id,
      teamId: this.#teamId,
      ...(r.assistantId !== undefined ? { assistantId: r.assistantId } : {}),
      callType: 'phone',
      direction: r.direction,
      startAt: c.createdAt,
      ...(c.endAt !== undefined ? { endAt: c.endAt } : {}),
      ...(r.customer.number !== undefined ? { userNumber: r.customer.number } : {}),
      status: c.status,
      monitor: { controlUrl: c.controlUrl },
    };
  }

  /** Get Call: the call with its transcript, or undefined for an unknown id. */
  get(id: string): Conversation | undefined {
    const c = this.#calls.get(id);
    return c && { ...this.#asSummary(c), messages: structuredClone(c.messages) };
  }

  /** List Calls: the calls whose startAt lies in [startDate, endDate], sorted ascending by `sort`, one page of `size`. */
  list(query: { startDate: string; endDate: string; page: number; size: number; sort: 'startAt' | 'endAt' | 'status' | 'conversationId' }): ListCallsResponse {
    const from = Date.parse(query.startDate);
    const to = Date.parse(query.endDate);
    const inWindow = [...this.#calls.values()].filter((c) => {
      const t = Date.parse(c.createdAt);
      return t >= from && t <= to;
    });
    const key = (c: Stored): string => (query.sort === 'conversationId' ? c.id : query.sort === 'status' ? c.status : query.sort === 'endAt' ? (c.endAt ?? '\uffff') : c.createdAt);
    inWindow.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.seq - b.seq));
    const { page, size } = query;
    const conversations = page >= 1 && size >= 1 ? inWindow.slice((page - 1) * size, page * size).map((c) => this.#asSummary(c)) : [];
    return { totalCount: inWindow.length, conversations };
  }

  /** Control Call: apply an instruction; undefined for an unknown id. */
  control(id: string, instruction: ControlCallRequest): ControlCallResponse | undefined {
    const c = this.#calls.get(id);
    if (!c) return undefined;
    if (c.status === 'finished' || c.status === 'completed') return { message: 'Call could not be controlled: it has ended.', data: { success: false } };
    const now = this.#time();
    if (instruction.type === 'say') {
      c.messages.push({ messageId: `${c.id}-m${c.messages.length + 1}`, role: 'assistant', text: instruction.message, timestamp: now });
    } else if (instruction.type === 'end') {
      c.status = 'finished';
      c.endAt = now;
    }
    c.updatedAt = now;
    return { message: 'Call controlled successfully.', data: { success: true } };
  }
}

export function createCallStore(options: CallStoreOptions = {}): CallStore {
  return new CallStore(options);
}
