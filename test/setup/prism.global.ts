// Placeholder until the Prism harness lands: nothing to start yet.
export default async function setup(): Promise<void> {}
