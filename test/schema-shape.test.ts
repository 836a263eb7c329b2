/**
 * What a validator compiles of a schema (scripts/lib/schema-shape.ts), shared by
 * the generated validators and Redocly's kept example validators: annotations
 * go at every schema position and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { subschemasOf, withoutAnnotations } from '../scripts/lib/schema-shape.ts';

const NOTES = new Set(['title', 'description']);

describe('withoutAnnotations', () => {
  it('removes annotations wherever a subschema sits: properties, lists, single subschemas, draft-4 dependencies', () => {
    const schema = {
      description: 'd',
      properties: { a: { type: 'string', title: 't' } },
      allOf: [{ description: 'x', minimum: 0 }],
      items: [{ title: 'tuple', type: 'integer' }],
      not: { description: 'n', const: 1 },
      dependencies: { a: ['b'], c: { description: 'y', required: ['d'] } },
    };
    expect(withoutAnnotations(schema, NOTES)).toEqual({
      properties: { a: { type: 'string' } },
      allOf: [{ minimum: 0 }],
      items: [{ type: 'integer' }],
      not: { const: 1 },
      dependencies: { a: ['b'], c: { required: ['d'] } },
    });
  });

  it('keeps a property named like an annotation, and keywords it does not know whole (discriminator, enum, const)', () => {
    const schema = {
      properties: { description: { type: 'string' }, title: { enum: [{ title: 'kept' }] } },
      discriminator: { propertyName: 'kind', mapping: { title: '#/components/schemas/T' } },
      const: { description: 'data, not a keyword' },
    };
    expect(withoutAnnotations(schema, NOTES)).toEqual(schema);
  });

  it('drops extensions at schema positions only when asked', () => {
    const schema = { 'x-internal': true, properties: { a: { 'x-note': 1, type: 'string' } } };
    expect(withoutAnnotations(schema, NOTES)).toEqual(schema);
    expect(withoutAnnotations(schema, NOTES, { extensions: true })).toEqual({ properties: { a: { type: 'string' } } });
  });

  it('lists the direct subschemas', () => {
    expect(subschemasOf({ type: 'object', properties: { a: { type: 'string' } }, anyOf: [{ minimum: 1 }], enum: [{ type: 'x' }] })).toEqual([{ type: 'string' }, { minimum: 1 }]);
  });
});
