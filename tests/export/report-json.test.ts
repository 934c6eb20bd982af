// Proves the page's JSON download is byte for byte what `npm run simulate` prints for the same link.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import { reportParts } from '../../src/app/model-report-parts.ts';
import { reportForLink } from '../../src/export/report-for-link.ts';
import { reportJson } from '../../src/export/report-json.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT_MS = 30_000;

/** Runs the command as tests/cli/simulate.test.ts does and returns what it printed. */
function simulate(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['src/cli/simulate.ts', ...args], {
      cwd: projectRoot,
      timeout: TIMEOUT_MS,
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(stdout) : reject(new Error(`simulate exited ${status}`))));
  });
}

const LINKS = [
  // A page link as the address bar holds it: a scenario, a pinned A, the language, a lesson, a value to adjust.
  'https://example.org/crude-leverage/?v=1&m=2&drop=10&india=1.234&tariff-china=50&a=1&a.drop=5&lang=zh-Hant&lock=india&embed=1',
  // A page opened from disk keeps the scenario after '#'.
  'file:///media/usb/crude-leverage-offline.html#v=1&m=2&drop=-5&zzz=1',
];

describe('the JSON report download', () => {
  it.each(LINKS)(
    'equals npm run simulate byte for byte: %s',
    async (link) => {
      const [printed] = await Promise.all([simulate(link)]);
      // The page's pairing: its first-load declaration and report parts; the command's is the declaration as written.
      const downloaded = reportJson(reportForLink(reportParts, model, link));
      expect(downloaded).toBe(printed);
      expect(downloaded.endsWith('}\n')).toBe(true);
    },
    TIMEOUT_MS,
  );
});
