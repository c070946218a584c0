// The ports the browser tests' servers listen on. TEST_PORT_BASE moves them all, so two
// checkouts on one machine can run their tests side by side; a taken port fails the run
// (strictPort, never reuseExistingServer) rather than testing someone else's server.
const base = Number(process.env.TEST_PORT_BASE ?? 4173);
if (!Number.isInteger(base) || base < 1024 || base > 65_000) {
  throw new Error(`TEST_PORT_BASE must be a port number from 1024 to 65000, not ${String(base)}`);
}

export const ports = {
  preview: base,
  hostile: base + 1,
  nginx: base + 2,
  archive: base + 3,
  signup: base + 7,
};
