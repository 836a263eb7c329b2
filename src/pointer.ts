/** JSON Pointer helpers shared by the client, the verify and fuzz scripts, and the tests. */

/** Escape one property name for a JSON Pointer (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Undo escapePointer for one segment of a JSON Pointer (RFC 6901). */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The shape of an Ajv error that matters here. */
export interface AjvErrorLike {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * The JSON Pointer an Ajv error is about. Ajv reports a missing required
 * property at its parent; this names the property itself ("/customer").
 */
export function errorPointer(e: AjvErrorLike): string {
  const missing = e.keyword === 'required' ? e.params['missingProperty'] : undefined;
  return typeof missing === 'string' ? `${e.instancePath}/${escapePointer(missing)}` : e.instancePath;
}

/** A precompiled (Ajv standalone) validator as the client and the receiver call it. */
export type ValidatorLike = ((data: unknown) => boolean) & { errors?: AjvErrorLike[] | null };

/**
 * The issues of a failed validator run, one JSON Pointer each (under
 * `prefix`, e.g. "/query"), an enum's allowed values spelled out.
 */
export function validatorIssues(errors: AjvErrorLike[] | null | undefined, prefix = ''): Array<{ path: string; keyword: string; message: string }> {
  return (errors ?? []).map((e) => {
    const allowed = e.keyword === 'enum' && Array.isArray(e.params['allowedValues']) ? `: ${(e.params['allowedValues'] as unknown[]).join(', ')}` : '';
    return { path: prefix + errorPointer(e), keyword: e.keyword, message: `${e.message ?? 'is invalid'}${allowed}` };
  });
}
