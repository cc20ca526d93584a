#!/usr/bin/env node
// The npm registry mirror reachable here serves only the linux-x64 builds of packages that ship
// one optional package per platform (@swc/core-*, @unrs/resolver-binding-*). npm then leaves the
// other platforms out of package-lock.json, and `npm ci` refuses the lock as "out of sync".
// This script adds lock entries for those foreign-platform packages, with the os/cpu they are built
// for, so `npm ci` accepts the lock and skips them on linux-x64 as it would with a full lock.
// Run it after every `npm install` that changes package-lock.json: `node tools/lockfile-foreign-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p) || p === 'armv7' || p === 'arm64');
  const libc = parts.some((p) => p.startsWith('musl')) ? 'musl' : parts.some((p) => p.startsWith('gnu')) ? 'glibc' : undefined;
  return { os, cpu: cpu === 'armv7' ? 'arm' : cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  const base = path === '' ? '' : `${path}/`;
  for (const [dep, spec] of Object.entries(entry.optionalDependencies)) {
    const direct = `${base}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (lock.packages[direct] || lock.packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue; // not a per-platform binary: leave it to npm
    lock.packages[hoisted] = {
      version: spec.replace(/^[\^~=]/, ''),
      ...(cpu && { cpu: [cpu] }),
      ...(os && { os: [os] }),
      ...(libc && { libc: [libc] }),
      ...(entry.dev && { dev: true }),
      optional: true,
    };
    added++;
  }
}
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile: added ${added} foreign-platform optional entries`);
