/** What the breaking-change checker reports: one classified change, and the error it stops with. */
import { ToolError } from '../errors.ts';

export type Classification = 'breaking' | 'compatible';
export type Side = 'request' | 'response' | 'operation' | 'document';

export interface Impact {
  breaking: boolean;
  /** One line, starting with "breaking for clients:" / "compatible for servers:" etc. */
  reason: string;
}

export interface Change {
  /** JSON Pointer (RFC 6901, with a leading '#') to the node that changed. */
  pointer: string;
  /** Which operation and which part of it the change is reached from, for people. */
  where: string;
  /** Rule that matched, e.g. `property-removed`, `enum`, `operation-removed`. */
  kind: string;
  side: Side;
  /** Follows `client.breaking`. */
  classification: Classification;
  client: Impact;
  server: Impact;
  /** Other places the same change is reached from (a shared component). */
  also: string[];
}

/** What a rule says about a change, for clients and for servers. */
export type Impacts = Pick<Change, 'client' | 'server'>;

/** The checker cannot compare (a release or the contract cannot be read, a bad version): exit code 2, as a bad command line. */
export class DiffError extends ToolError {
  override readonly exitCode: number = 2;
}
