/**
 * The request object openapi-fetch builds for every call, and the fetch it
 * hands that object to. openapi-fetch lets a client replace both (its
 * `Request` and `fetch` options). Constructing a WHATWG Request costs about a
 * third of a loopback round trip on Node (see docs/benchmarks.md), so the
 * client uses this plain holder and passes its fields straight to
 * `fetch(url, init)`. Middleware sees the same shape it would on a Request:
 * url, method, headers (a real Headers), body and signal.
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly signal: AbortSignal | undefined;
  readonly redirect: RequestRedirect | undefined;
  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body;
    this.signal = init.signal ?? undefined;
    this.redirect = init.redirect;
  }
  clone(): LightRequest {
    return new LightRequest(this.url, { method: this.method, headers: new Headers(this.headers), body: this.body ?? null, signal: this.signal ?? null, redirect: this.redirect });
  }
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The `fetch` given to openapi-fetch: unpacks a LightRequest into fetch(url, init). */
export function lightFetch(fetchImpl: FetchLike): (req: LightRequest) => Promise<Response> {
  return (req) =>
    fetchImpl(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body ?? null,
      signal: req.signal ?? null,
      redirect: req.redirect ?? 'follow',
    });
}
