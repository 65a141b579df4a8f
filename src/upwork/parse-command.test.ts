// `npm run --silent parse` as a child process over every fixture: JSON on stdout only, in
// DESIGN.md's shape; one-line reasons on stderr and a non-zero exit on bad input.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MILESTONE_STATUSES } from '../core/types';
import { fixtures } from './test-fixtures';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = 'test/fixtures/upwork/';
const tsx = `${root}node_modules/.bin/tsx`;
const parse = (args: string[]) => run(tsx, ['src/dev/parse.ts', ...args], { cwd: root });

function expectDesignShape(reading: Record<string, unknown>): void {
  expect(Object.keys(reading)).toEqual(expect.arrayContaining(['kind', 'contractId', 'roomId', 'contract', 'milestones', 'messages', 'problems']));
  expect(['workroom', 'room', 'contracts', 'unknown']).toContain(reading.kind);
  for (const id of [reading.contractId, reading.roomId]) expect(id === null || typeof id === 'string').toBe(true);
  if (typeof reading.roomId === 'string') expect(reading.roomId).toMatch(/^room_/);
  if (typeof reading.contractId === 'string') expect(reading.contractId).toMatch(/^\d+$/);
  const contract = reading.contract as Record<string, unknown> | null;
  if (contract) {
    expect(contract).toMatchObject({ id: expect.any(String), title: expect.any(String), type: expect.stringMatching(/^(fixed|hourly)$/), currency: expect.stringMatching(/^[A-Z]{3}$/) });
    expect(contract.budget === null || typeof contract.budget === 'number').toBe(true);
    expect(contract.startedOn === null || /^\d{4}-\d{2}-\d{2}$/.test(String(contract.startedOn))).toBe(true);
  }
  for (const m of reading.milestones as Record<string, unknown>[]) {
    expect(typeof m.title).toBe('string');
    expect(m.amount === null || typeof m.amount === 'number').toBe(true);
    expect(m.currency).toMatch(/^[A-Z]{3}$/);
    expect(m.dueOn === null || /^\d{4}-\d{2}-\d{2}$/.test(String(m.dueOn))).toBe(true);
    expect(MILESTONE_STATUSES).toContain(m.status);
  }
  for (const m of reading.messages as Record<string, unknown>[]) {
    expect(m).toMatchObject({ id: expect.any(String), text: expect.any(String) });
    expect(m.author === null || typeof m.author === 'string').toBe(true);
    expect(['client', 'freelancer', 'system']).toContain(m.sender);
    expect(m.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  }
  expect(Array.isArray(reading.problems)).toBe(true);
}

describe.concurrent('parse command', () => {
  for (const [name, { url, today }] of Object.entries(fixtures)) {
    it(`prints the reading of ${name}`, async () => {
      const { stdout, stderr } = await parse(['--url', url, `${dir}${name}`, '--today', today]);
      expect(stderr).toBe('');
      const reading = JSON.parse(stdout);
      expectDesignShape(reading);
      expect(reading).toEqual(JSON.parse(readFileSync(`${root}${dir}${name.replace(/\.html$/, '.expected.json')}`, 'utf8')));
    }, 30_000);
  }

  it('accepts --url after the file', async () => {
    const { stdout } = await parse([`${dir}workroom-hourly.html`, '--url', 'https://www.upwork.com/nx/wm/workroom/38600006/overview']);
    expect(JSON.parse(stdout).contract.type).toBe('hourly');
  }, 30_000);

  it.each([
    [['--url', 'https://www.upwork.com/nx/wm/workroom/1/overview', `${dir}missing.html`], /cannot read/],
    [['--url', 'not a url', `${dir}workroom-hourly.html`], /not a URL/],
    [[`${dir}workroom-hourly.html`], /missing --url/],
    [['--url', 'https://www.upwork.com/'], /expected one HTML file/],
    [['--bogus'], /unknown option/],
  ])('fails with a one-line reason: %j', async (args, reason) => {
    const error = await parse(args as string[]).then(() => null, (e: { code: number; stdout: string; stderr: string }) => e);
    expect(error).not.toBeNull();
    expect(error?.code).not.toBe(0);
    expect(error?.stdout).toBe('');
    expect(error?.stderr).toMatch(reason);
    expect(error?.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
