import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, unzip, zip } from './zip';

const entries = [
  { path: 'manifest.json', data: Buffer.from('{"manifest_version":3}\n'.repeat(20)) },
  { path: 'a/b/tiny.txt', data: Buffer.from('x') },
  { path: 'run.sh', data: Buffer.from('#!/bin/sh\necho ok\n'), executable: true },
  { path: 'ünïcode name.txt', data: Buffer.from('héllo') },
];

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('gives the same bytes for the same files in any order', () => {
    const a = zip(entries);
    const b = zip([...entries].reverse().map((e) => ({ ...e, data: Buffer.from(e.data) })));
    expect(a.equals(b)).toBe(true);
  });

  it('reads back what it wrote, in path order, with the executable bit', () => {
    const back = unzip(zip(entries));
    expect(back.map((e) => e.path)).toEqual(['a/b/tiny.txt', 'manifest.json', 'run.sh', 'ünïcode name.txt']);
    for (const entry of entries) {
      const found = back.find((e) => e.path === entry.path);
      expect(Buffer.from(found?.data ?? []).equals(Buffer.from(entry.data))).toBe(true);
      expect(found?.executable).toBe(Boolean(entry.executable));
    }
  });

  it('writes a file the system unzip tool tests clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scope-guard-zip-'));
    try {
      writeFileSync(join(dir, 'test.zip'), zip(entries));
      const result = spawnSync('unzip', ['-t', join(dir, 'test.zip')], { encoding: 'utf8' });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses paths that would escape the folder', () => {
    expect(() => zip([{ path: '../evil', data: Buffer.from('') }])).toThrow(/Unsafe path/);
    expect(() => zip([{ path: '/etc/passwd', data: Buffer.from('') }])).toThrow(/Unsafe path/);
  });
});
