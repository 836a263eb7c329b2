/**
 * Body values for differential fuzzing: fast-check arbitraries read from the
 * contract's own schemas (schemaArbitrary), so they follow the contract as it
 * changes, with the formats it uses.
 */
import fc from 'fast-check';
import { ANNOTATIONS, FuzzSchemaError, SUPPORTED, typesOf, type ContractSchemas, type Schema } from './contract-schemas.ts';
import { someDate, validDateTime } from './date-times.ts';

/** Strings as a client might send them: mostly printable, sometimes any Unicode (lone surrogates included). */
export const anyString = (min = 0, max = 16): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: max }), weight: 1 },
    // fast-check's units never produce a lone surrogate; JSON.stringify sends one as a \udxxx escape.
    {
      arbitrary: fc.tuple(fc.string({ minLength: Math.max(0, min - 1), maxLength: Math.max(0, max - 1) }), fc.integer({ min: 0xd800, max: 0xdfff })).map(([s, c]) => s + String.fromCharCode(c)),
      weight: 1,
    },
  );
const jsonLeaf = fc.jsonValue({ maxDepth: 2 });

export function schemaArbitrary(contract: ContractSchemas, schema: Schema | boolean, at = '#', stack: string[] = []): fc.Arbitrary<unknown> {
  if (schema === false) throw new FuzzSchemaError(`schema at ${at} is false: nothing can be generated`);
  if (schema === true || Object.keys(schema).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'))) return jsonLeaf;
  if (schema.$ref) {
    if (stack.includes(schema.$ref)) throw new FuzzSchemaError(`recursive schema at ${at} (${schema.$ref}) is not supported by the fuzzer`);
    return schemaArbitrary(contract, contract.resolve(schema, at), schema.$ref, [...stack, schema.$ref]);
  }
  for (const k of Object.keys(schema)) {
    if (!SUPPORTED.has(k) && !ANNOTATIONS.has(k) && !k.startsWith('x-'))
      throw new FuzzSchemaError(`schema keyword "${k}" at ${at} is not supported by the fuzzer; teach scripts/lib/fuzz/schema-values.ts to generate it`);
  }
  if (schema.allOf) return schemaArbitrary(contract, contract.resolve(schema, at), at, stack);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const types = typesOf(schema);
  if (!types.length) throw new FuzzSchemaError(`schema at ${at} has no type`);
  return fc.oneof(...types.map((t) => typedArbitrary(contract, schema, t, at, stack)));
}

function typedArbitrary(contract: ContractSchemas, s: Schema, type: string, at: string, stack: string[]): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string': {
      if (s.format !== undefined) return formatArbitrary(s.format, at);
      if (s.pattern !== undefined) return fc.stringMatching(new RegExp(s.pattern));
      return anyString(s.minLength ?? 0, Math.max(s.minLength ?? 0, Math.min(s.maxLength ?? 16, 16)));
    }
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e12, max: s.maximum ?? 1e12, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(s.items ? schemaArbitrary(contract, s.items, `${at}/items`, stack) : jsonLeaf, {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'object': {
      const props: Record<string, Schema> = s.properties ?? {};
      const required: string[] = s.required ?? [];
      const declared = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, schemaArbitrary(contract, v, `${at}/properties/${k}`, stack)])), {
        requiredKeys: required.filter((k) => k in props),
      });
      const requiredUndeclared = required.filter((k) => !(k in props));
      const ap = s.additionalProperties;
      const extraValue = ap === undefined || ap === true ? jsonLeaf : ap === false ? undefined : schemaArbitrary(contract, ap, `${at}/additionalProperties`, stack);
      const extraKey = anyString(1, 10).filter((k) => !(k in props));
      const extras = extraValue ? fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, { arbitrary: fc.dictionary(extraKey, extraValue, { maxKeys: 3 }), weight: 1 }) : fc.constant({});
      const forced = requiredUndeclared.length ? fc.record(Object.fromEntries(requiredUndeclared.map((k) => [k, extraValue ?? jsonLeaf]))) : fc.constant({});
      return fc.tuple(declared, extras, forced).map(([d, e, f]) => ({ ...e, ...d, ...f }));
    }
    default:
      throw new FuzzSchemaError(`type "${type}" at ${at} is not supported by the fuzzer`);
  }
}

function formatArbitrary(format: string, at: string): fc.Arbitrary<string> {
  switch (format) {
    case 'date-time':
      return validDateTime;
    case 'date':
      return someDate.map((x) => x.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl();
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    default:
      throw new FuzzSchemaError(`string format "${format}" at ${at} is not supported by the fuzzer`);
  }
}
