/**
 * The value checks neither linter makes once Spectral's example rules are off
 * (.spectral.yaml says why they are): every schema `default` and every
 * header `example` (or `examples[*].value`) must be valid against its own
 * schema. Redocly checks media-type, parameter and schema examples; it checks
 * no defaults and no header examples. Run on the bundle, with Ajv's 2020-12
 * engine and formats, beside the two linters; each finding carries its
 * bundle path and is placed in the source like Spectral's.
 */
import { bundleAjv } from './bundle-ajv.ts';
import { bundleError, type Finding, type OpenApiDocument } from './findings.ts';
import { escapePointer } from '../../src/pointer.ts';

const BASE = 'https://contract.invalid/bundle.json';
const SCHEMA_KEYS = ['type', 'enum', 'const', '$ref', 'properties', 'items', 'allOf', 'oneOf', 'anyOf'];
/** Keys whose children are names (or data), not schemas or keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions']);
const DATA = new Set(['example', 'examples', 'value', 'x-reference-default']);

export function checkValues(doc: OpenApiDocument): Finding[] {
  const ajv = bundleAjv(doc, BASE, { validateSchema: false });
  const findings: Finding[] = [];
  const check = (schemaPath: string[], value: unknown, valuePath: string[], rule: string, what: string) => {
    const validate = ajv.at(`/${schemaPath.map(escapePointer).join('/')}`);
    if (!validate || validate(value)) return;
    const why = (validate.errors ?? []).map((e) => `${e.instancePath || '(the value)'} ${e.message}`).join('; ');
    findings.push(bundleError(rule, `${what} ${JSON.stringify(value)} is not valid against its schema: ${why}`, valuePath));
  };
  const walk = (node: unknown, at: string[], parentKey: string | undefined): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, [...at, String(i)], undefined));
    const o = node as Record<string, unknown>;
    const isNameMap = parentKey !== undefined && NAME_MAPS.has(parentKey);
    if (!isNameMap) {
      if ('default' in o && SCHEMA_KEYS.some((k) => k in o)) check(at, o['default'], [...at, 'default'], 'connect-call-valid-default', 'default');
      if (parentKey === 'headers' || (at[0] === 'components' && at[1] === 'headers' && at.length === 3)) {
        if ('schema' in o && 'example' in o) check([...at, 'schema'], o['example'], [...at, 'example'], 'connect-call-valid-header-example', 'header example');
        if ('schema' in o && o['examples'] && typeof o['examples'] === 'object') {
          for (const [name, ex] of Object.entries(o['examples'] as Record<string, unknown>)) {
            if (ex && typeof ex === 'object' && 'value' in ex)
              check([...at, 'schema'], (ex as { value: unknown }).value, [...at, 'examples', name, 'value'], 'connect-call-valid-header-example', 'header example');
          }
        }
      }
    }
    for (const [k, child] of Object.entries(o)) if (isNameMap || !DATA.has(k)) walk(child, [...at, k], isNameMap ? undefined : k);
  };
  walk(doc, [], undefined);
  return findings;
}
