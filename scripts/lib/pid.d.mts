/** Types for scripts/lib/pid.mjs. */
/** Whether a process with this id exists (one of another user counts as alive); `-pgid` asks about a process group. */
export declare function pidAlive(pid: number): boolean;
/** Send `signal` to the process group `pgid` (its leader's pid); a group already gone is no error. */
export declare function signalGroup(pgid: number, signal: NodeJS.Signals): void;
