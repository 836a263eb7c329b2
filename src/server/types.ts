/**
 * The server target's types, derived from the generated contract
 * (generated/schema.d.ts and the `operations` table): one handler per
 * operationId, receiving typed path/query/body and returning a response of a
 * status the contract declares for that operation, with that status's body.
 * A new operation in the contract appears here with no edit.
 */
import type { operations as OperationTypes } from '../../generated/schema.js';
import type { operations, OperationId } from '../../generated/operations.ts';

type Op<K extends OperationId> = OperationTypes[K];
type NoParams = Record<string, never>;

/** The path parameters of an operation (decoded), or `{}` when it has none. */
export type PathParams<K extends OperationId> = [NonNullable<Op<K>['parameters']['path']>] extends [never] ? NoParams : NonNullable<Op<K>['parameters']['path']>;

type QueryParamsOf<K extends OperationId> = (typeof operations)[K]['queryParams'][number];
/** Names of the query parameters whose schema has a default: the runtime fills them in. */
type Defaulted<K extends OperationId> = Extract<QueryParamsOf<K>, { schema: { default: unknown } }> extends { name: infer N } ? N : never;
type RawQuery<K extends OperationId> = NonNullable<Op<K>['parameters']['query']>;

/**
 * The query parameters as a handler sees them: coerced to their schema types
 * (integers are numbers) and with every declared default applied, so a
 * parameter with a default is never undefined.
 */
export type QueryParams<K extends OperationId> = [RawQuery<K>] extends [never]
  ? NoParams
  : Omit<RawQuery<K>, Defaulted<K> & keyof RawQuery<K>> & Required<Pick<RawQuery<K>, Defaulted<K> & keyof RawQuery<K>>>;

/** The request body of an operation (validated), or undefined when it takes none. */
export type RequestBody<K extends OperationId> =
  Op<K> extends { requestBody: { content: infer C } } | { requestBody?: { content: infer C } } ? (C extends Record<string, unknown> ? C[keyof C] : undefined) : undefined;

type Responses<K extends OperationId> = Op<K>['responses'];
/** The statuses the contract declares for an operation, as numbers. */
export type DeclaredStatus<K extends OperationId> = Extract<keyof Responses<K>, number>;

type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;
/** The named headers a response declares (its index signature removed). */
type NamedHeaders<R> = R extends { headers: infer H } ? { [P in keyof H as string extends P ? never : P]: H[P] extends number ? number | string : string } : Record<never, never>;

type ResultFor<S, R> = keyof NamedHeaders<R> extends never
  ? { status: S; body: ContentOf<R>; headers?: Record<string, string> }
  : { status: S; body: ContentOf<R>; headers: NamedHeaders<R> & Record<string, string | number> };

/**
 * What a handler returns: one of the declared statuses with that status's
 * body. A status the contract does not declare, or a body of the wrong shape,
 * does not compile. Headers the contract declares for a status (e.g.
 * Retry-After on 429) are required.
 */
export type HandlerResult<K extends OperationId> = { [S in DeclaredStatus<K>]: ResultFor<S, Responses<K>[S]> }[DeclaredStatus<K>];

/** What a handler receives: the validated request, typed. */
export interface HandlerContext<K extends OperationId> {
  operationId: K;
  params: PathParams<K>;
  query: QueryParams<K>;
  body: RequestBody<K>;
  /** The web-standard request, for headers and the URL (its body has been read already). */
  request: Request;
}

export type Handler<K extends OperationId> = (ctx: HandlerContext<K>) => HandlerResult<K> | Promise<HandlerResult<K>>;

/** One handler per operation of the contract. */
export type Handlers = { [K in OperationId]: Handler<K> };

export type { OperationId };
