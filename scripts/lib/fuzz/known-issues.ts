/**
 * Misbehaviour of Prism measured on these machines that the fuzzer leaves out
 * of its default cases, so that a run tests the contract rather than
 * re-finding it. `--known-prism-defects` puts the cases back (they then show
 * up as disagreements, or stop the mock); test/fuzz.test.ts checks that the
 * ones seen at the default log level are still there, so an entry is removed
 * once fixed.
 */

/** Prism 5.14.2 (its mock server, and ajv-formats 2.1.1 inside it). */
export const KNOWN_PRISM_DEFECTS = {
  /**
   * At Prism's default log level "info" only (scripts/lib/prism.ts runs it at
   * "warn"): a valid body whose log line Prism's CLI "repairs" with jsonrepair
   * into something else (a string holding "[" inside an array); the CLI then
   * throws in constructPrefix and the mock exits.
   */
  infoLevelCrashBody: '{"direction":"outbound","phoneNumberId":"x","customer":{},"assistant":{"hints":["M-:q_[fXE"],"endCallMessage":"/V","assistantAnalysis":{"k":[";DU5/:Mp;H"]}}}',
  /** At "info", a body nested about 4500+ levels deep kills the mock after it answers. */
  infoLevelCrashDepth: 4500,
  /** At "info", a body nested about 8000+ levels deep gets a 500. */
  infoLevelServerErrorDepth: 8000,
  /** Content types Prism answers 500 to (a media type with an empty parameter), at any log level. */
  serverErrorContentTypes: ['application/json;'],
  /** Media types Prism accepts as JSON although the contract declares only application/json. */
  lenientContentTypes: ['application/vnd.api+json', 'application/problem+json', 'application/json-patch+json'],
  /**
   * A path whose percent-encoding is not UTF-8 (or not percent-encoding)
   * makes decodeURIComponent throw inside Prism's getPathParams, uncaught:
   * the mock process exits, at any log level. No client produces these
   * (encodeURIComponent always writes well-formed UTF-8).
   */
  malformedPathEncodings: ['%FF', '%C3', '%', '%zz', '%ED%A0%80'],
  /**
   * Prism splits a path value at every raw "," (uri-template-lite's match)
   * and rejects the array as "must be string", although simple style splits
   * only array and object values. Clients encode "," as %2C, which Prism accepts.
   */
  rawCommaPathValues: ['a,b', 'CC-1,2', ','],
} as const;
