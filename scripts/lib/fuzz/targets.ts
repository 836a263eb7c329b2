/**
 * What the fuzzer can aim at: every operation and every server message, by
 * operationId, from the generated tables alone (nothing heavy: `npm run fuzz
 * -- --help` lists them without loading fast-check or the validators).
 */
import { operations, serverMessages, type OperationId } from '../../../generated/operations.ts';

export function targetIds(): string[] {
  return [...Object.keys(operations), ...Object.values(serverMessages).map((m) => m.operationId)];
}

export const isOperation = (id: string): id is OperationId => Object.hasOwn(operations, id);
