// How a process that holds the embedded database (PGlite: PostgreSQL in WebAssembly memory, which never
// shrinks) is started, for a small footprint on a laptop: a young generation of 4 MB semi-spaces instead
// of 16, an old generation that grows by 10 % at a time, and allocations of 128 KB and more (an
// import's megabytes of JSON, query buffers) given back to the system when freed instead of kept in
// glibc's heap. A 10,000 × 10,000-paragraph import through the web server peaked at 428–505 MB instead
// of 532–559 (428–461 MB since the import's extra copies went, README, Books); cached reader pages cost
// 1.01 ms of CPU instead of 0.97. `--optimize-for-size` held the peak at 438–458 MB but cost 1.71 ms a
// page.
export const smallFootprint = {
  nodeFlags: ['--max-semi-space-size=4', '--heap-growing-percent=10'],
  env: {MALLOC_MMAP_THRESHOLD_: '131072'},
} as const;

/** True when this process was started that way. */
export const startedSmall = () => smallFootprint.nodeFlags.every((flag) => process.execArgv.includes(flag));
