import { jest } from '@jest/globals';
import { main } from './main';

/** Runs `par ...` in-process through the real entry point and captures what it prints (tests only). */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  const c = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (err += a.join(' ') + '\n'));
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'par', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    c.mockRestore();
    process.exitCode = undefined;
  }
}
