/**
 * `par score … | head -1`: once the reader has gone, stdout fails with EPIPE. Exit quietly (with the exit code
 * decided so far) instead of printing a stack trace; any other stream error is left to crash loudly.
 */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
