/**
 * Ajv's draft 2020-12 engine with ajv-formats, holding a whole bundled
 * document under one id, so that each schema in it is found by its JSON
 * Pointer and its `#/components/...` refs resolve as written. Compiled at run
 * time, independently of the generated validators: lint's value checks
 * (scripts/lib/lint-values.ts), the fuzzer's independent judge
 * (scripts/lib/fuzz/judges.ts) and the tests' schema helpers use it.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// CommonJS modules seen through ESM: the constructor/function is on .default.
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof import('ajv/dist/2020.js').default;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as typeof import('ajv-formats').default;

export type BundleValidator = NonNullable<ReturnType<InstanceType<typeof Ajv2020>['getSchema']>>;

export interface BundleAjv {
  /** The validator of the schema at `pointer` (e.g. /components/schemas/Call), or undefined when there is none. */
  at(pointer: string): BundleValidator | undefined;
}

/**
 * Ajv over `doc` registered as `id`, with every error reported (allErrors)
 * and unknown keywords allowed (the contract's `x-` annotations).
 * `validateSchema: false` skips checking the document against the meta-schema.
 */
export function bundleAjv(doc: object, id: string, opts: { validateSchema?: boolean } = {}): BundleAjv {
  const ajv = new Ajv2020({ allErrors: true, strict: false, ...(opts.validateSchema === false ? { validateSchema: false } : {}) });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: id });
  return { at: (pointer) => ajv.getSchema(`${id}#${pointer}`) };
}
