/**
 * Processes by id, for the Prism helper, the compiled build's pruning and the
 * bench. Plain JavaScript, like scripts/lib/compiled.mjs, which runs under node
 * without a loader and uses it too.
 */

/** Whether a process with this id exists. One of another user (EPERM) counts as alive; a negative id asks about that process group (any process left in it). */
export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err?.code === 'EPERM';
  }
}

/** Send `signal` to the process group `pgid` (its leader's pid); a group already gone is no error. */
export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}
