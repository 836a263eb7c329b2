/**
 * Spectral's Ajv instances and compiled JSON Schemas, kept for the life of
 * the thread.
 *
 * Spectral's `schema` function (@stoplight/spectral-functions; the OWASP
 * rules and several spectral:oas rules call it with a schema in their
 * options) makes a new set of Ajv instances for every run (the library keeps
 * them for one run on purpose, spectral#1845): every lint sets up Ajv with its
 * formats and error messages again, compiles the JSON Schema meta-schemas it
 * checks each schema against, and compiles each rule's schema again. In the
 * lint thread that stays warm between saves (`npm run dev`) that was about a
 * third of a run at four operations (docs/toolchain-notes.md). (oas3-schema
 * does not go through it: spectral-rulesets ships that validator precompiled.)
 *
 * `installSpectralAjvCache` replaces the function that makes those per-run
 * instances (`createAjvInstances`, read by the `schema` function at each run)
 * with one that hands every run the same instances and validators, keyed by
 * what Ajv compiles: the dialect, the allErrors flag and the schema's JSON
 * text (non-finite numbers, which JSON writes as null, spelled out). An edited
 * schema is new text and is compiled afresh; an unchanged one is not compiled
 * again. A schema whose meaning can depend on other schemas registered in the
 * same Ajv instance (one that declares an `$id`, `$anchor` or
 * `$dynamicAnchor` anywhere, has a `$ref` that is not local to it, or names
 * a `$schema` other than the standard meta-schemas) is not
 * kept: it is compiled in instances made for that run alone, which is what
 * the library does for every schema. The cache is dropped whole when it holds
 * `MAX_SCHEMAS`, so a long editing session does not grow it without bound.
 */

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type Assign = (schema: Record<string, unknown>, dialect: string, allErrors: boolean) => Validator;
interface AjvModule {
  createAjvInstances: () => Assign;
}

/** Distinct schemas kept before the cache starts over (a lint of this contract compiles a handful). */
export const MAX_SCHEMAS = 5_000;

export interface SpectralAjvCache {
  /** Validators compiled in the shared instances since the cache was installed (a hit compiles nothing). */
  readonly compiled: number;
  /** Validators handed out from the cache. */
  readonly hits: number;
  /** Schemas compiled in a run's own instances because they could depend on other schemas. */
  readonly perRun: number;
}

const IDENTIFIERS = new Set(['$id', '$anchor', '$dynamicAnchor']);
/** The standard meta-schemas, which every instance has; any other `$schema` is looked up in the instance. */
const STANDARD_META = new Set([
  'http://json-schema.org/draft-04/schema',
  'http://json-schema.org/draft-06/schema',
  'http://json-schema.org/draft-07/schema',
  'https://json-schema.org/draft/2019-09/schema',
  'https://json-schema.org/draft/2020-12/schema',
]);
const REFERENCES = new Set(['$ref', '$dynamicRef', '$recursiveRef']);

/**
 * The cache key of `schema`, or undefined when it must not be shared across
 * runs (it names itself or a part of itself for other schemas to use, refers
 * outside itself or to a meta-schema of its own, or cannot be written as JSON).
 */
export function cacheKey(schema: unknown, dialect: string, allErrors: boolean): string | undefined {
  let shareable = true;
  let text: string;
  try {
    text = JSON.stringify(schema, (key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) return { '\u0000number': String(value) };
      if (typeof value === 'string') {
        if (IDENTIFIERS.has(key) || (key === 'id' && dialect === 'draft4')) shareable = false;
        else if (REFERENCES.has(key) && !value.startsWith('#')) shareable = false;
        else if (key === '$schema' && !STANDARD_META.has(value.replace(/#$/, ''))) shareable = false;
      }
      return value;
    });
  } catch {
    return undefined; // a cycle: leave it to Ajv, as the library does
  }
  return shareable ? `${dialect}\u0000${allErrors ? 1 : 0}\u0000${text}` : undefined;
}

const installed = new WeakMap<AjvModule, SpectralAjvCache>();

/**
 * Install the cache on @stoplight/spectral-functions' `dist/schema/ajv`
 * module exports (`module`), once per module instance; returns its counters.
 */
export function installSpectralAjvCache(module: AjvModule, maxSchemas = MAX_SCHEMAS): SpectralAjvCache {
  const existing = installed.get(module);
  if (existing) return existing;
  const makeInstances = module.createAjvInstances;
  if (typeof makeInstances !== 'function') {
    throw new Error('@stoplight/spectral-functions/dist/schema/ajv no longer exports createAjvInstances: revisit scripts/lib/spectral-ajv.ts');
  }
  const stats = { compiled: 0, hits: 0, perRun: 0 };
  let shared = makeInstances();
  let byContent = new Map<string, Validator>();
  /** What the `schema` function gets for one run. */
  const forRun = (): Assign => {
    let own: Assign | undefined; // that run's instances, made on first need
    return (schema, dialect, allErrors) => {
      const key = cacheKey(schema, dialect, allErrors);
      if (key === undefined) {
        stats.perRun++;
        own ??= makeInstances();
        return own(schema, dialect, allErrors);
      }
      const hit = byContent.get(key);
      if (hit) {
        stats.hits++;
        return hit;
      }
      if (byContent.size >= maxSchemas) {
        shared = makeInstances();
        byContent = new Map();
      }
      const validator = shared(schema, dialect, allErrors);
      stats.compiled++;
      byContent.set(key, validator);
      return validator;
    };
  };
  // A read-only view of the exports (an ES namespace, a getter, a frozen
  // object) would leave the library making its own instances: say so.
  try {
    module.createAjvInstances = forRun;
  } catch {
    // reported below
  }
  if (module.createAjvInstances !== forRun) {
    throw new Error('could not replace createAjvInstances on @stoplight/spectral-functions/dist/schema/ajv (not the module exports object): revisit scripts/lib/spectral-ajv.ts');
  }
  const counters: SpectralAjvCache = {
    get compiled() {
      return stats.compiled;
    },
    get hits() {
      return stats.hits;
    },
    get perRun() {
      return stats.perRun;
    },
  };
  installed.set(module, counters);
  return counters;
}
