/**
 * Whether a process with this id exists. Plain JavaScript, like
 * scripts/lib/compiled.mjs, which runs under node without a loader and uses it
 * too. A process of another user (EPERM) counts as alive; a negative id asks
 * about that process group (any process left in it).
 */
export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err?.code === 'EPERM';
  }
}
