// How a process that holds the embedded database (PGlite: PostgreSQL in WebAssembly memory, which never
// shrinks) is started, for a small footprint on a laptop: V8 sized for memory rather than speed, and
// allocations of 128 KB and more (an import's megabytes of JSON, query buffers) given back to the
// system when freed instead of kept in glibc's heap. Measured on a 10,000 × 10,000-paragraph import
// through the web server: peak 480–501 MB instead of 578–633 MB; reader renders no slower (README, Books).
export const smallFootprint = {
  nodeFlags: ['--optimize-for-size'],
  env: {MALLOC_MMAP_THRESHOLD_: '131072'},
} as const;

/** True when this process was started that way. */
export const startedSmall = () => smallFootprint.nodeFlags.every((flag) => process.execArgv.includes(flag));
