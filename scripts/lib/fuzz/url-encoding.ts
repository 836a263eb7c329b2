/** Paths and query pairs of a fuzz case's URL, encoded as the client and openapi-fetch encode them. */
import { FuzzSchemaError } from './contract-schemas.ts';

/**
 * A path value as one path segment, as the client encodes it (src/client.ts):
 * encodeURIComponent, and "." as %2E. Exported for the judges and tests.
 */
export const encodeSegment = (text: string): string => encodeURIComponent(text).replace(/\./g, '%2E');
/** A query pair as openapi-fetch serialises it. */
export const encodePair = (name: string, text: string): string => `${encodeURIComponent(name)}=${encodeURIComponent(text)}`;

/** Fill a path template with already-encoded segments. */
export function fillPath(template: string, segments: Record<string, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
    const s = segments[name];
    if (s === undefined) throw new FuzzSchemaError(`no value for path parameter "${name}" of ${template}`);
    return s;
  });
}
