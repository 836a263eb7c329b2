/**
 * Types for the three openapi-typescript modules that scripts/lib/generate-types.ts
 * imports directly (the package's exports map publishes `./*.js` for them;
 * it ships declarations for its main entry only). Each is typed as the main
 * entry re-exports it, so a change of signature upstream fails `tsc`.
 */
declare module 'openapi-typescript/dist/transform/index.js' {
  const transformSchema: typeof import('openapi-typescript').transformSchema;
  export default transformSchema;
}
declare module 'openapi-typescript/dist/lib/utils.js' {
  export const scanDiscriminators: typeof import('openapi-typescript').scanDiscriminators;
  export const resolveRef: typeof import('openapi-typescript').resolveRef;
}
declare module 'openapi-typescript/dist/lib/ts.js' {
  export const astToString: typeof import('openapi-typescript').astToString;
}
