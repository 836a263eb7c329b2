/**
 * Call status helpers. The platform's pages disagree on the terminal status
 * of a call: Get Call and the status-update event say `finished`, Connect
 * Call's response (and the server-URL events page's example) say `completed`.
 * The contract accepts both (openapi/components/schemas/ConversationStatus.yaml),
 * and so does this helper. `forwarded` is not terminal: the call goes on with
 * another party, and its end is reported later (an end-of-call-report).
 */
import type { components } from '../generated/schema.js';

/** The statuses that mean the call is over. */
export type TerminalStatus = Extract<components['schemas']['ConversationStatus'], 'finished' | 'completed'>;

/** True for `finished` and `completed`, the two spellings of "the call has ended". */
export function isTerminalStatus(status: string | null | undefined): status is TerminalStatus {
  return status === 'finished' || status === 'completed';
}
