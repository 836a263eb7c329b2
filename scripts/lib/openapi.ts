/** Small helpers for walking a bundled OpenAPI document (components kept as local `$ref`s). */

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The one $ref resolver, shared with the package runtime (src/ref.ts). */
export { resolveRef } from '../../src/ref.ts';
