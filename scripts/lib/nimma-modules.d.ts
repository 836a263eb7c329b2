/**
 * nimma 0.2.3 ships declarations (dist/cjs/index.d.ts) that its exports map
 * does not point to; scripts/lib/spectral-nimma.ts uses the class's
 * constructor and `query`, typed here as those declarations type them.
 */
declare module 'nimma' {
  export type EmittedScope = { readonly path: (string | number)[]; readonly value: unknown };
  export default class Nimma {
    readonly sourceCode: string;
    constructor(expressions: string[], opts?: { customShorthands?: Record<string, string> | null; fallback?: object | null; unsafe?: boolean; output?: 'ES2018' | 'ES2021' | 'auto' });
    query(input: Record<string, unknown> | unknown[], callbacks: Record<string, (scope: EmittedScope) => void>): void;
  }
}
