/** Types for scripts/lib/pid.mjs. */
/** Whether a process with this id exists (one of another user counts as alive); `-pgid` asks about a process group. */
export declare function pidAlive(pid: number): boolean;
