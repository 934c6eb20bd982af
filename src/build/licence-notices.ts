// Build-time only: the licence notices of the packages bundled into the site, as `licenses.txt` and inside the offline file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const LICENCE_FILE_NAME = 'licenses.txt';

/** The folder of each node_modules package a bundled module came from (the innermost, for nested installs). */
export function bundledPackageDirs(moduleIds: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const id of moduleIds) {
    const path = id.replace(/^\0/, '').split('?')[0]!.replace(/\\/g, '/');
    const match = /^(.*\/node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(path);
    // Greedy: the last node_modules segment wins, so a nested copy is credited, not its parent.
    if (match) dirs.add(match[1]! + match[2]!);
  }
  return [...dirs].sort();
}

interface PackageNotice {
  name: string;
  version: string;
  licence: string;
  /** NOTICE, then the licence text, as the package ships them. */
  texts: string[];
}

function readNotice(dir: string): PackageNotice | null {
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name?: string;
    version?: string;
    license?: unknown;
  };
  // Apache-2.0 asks for the NOTICE file to travel with the work (mathjs ships one).
  const files = readdirSync(dir).filter((file) => /^(notice|licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
  files.sort((a, b) => Number(/^notice/i.test(b)) - Number(/^notice/i.test(a)) || a.localeCompare(b));
  return {
    name: manifest.name ?? dir,
    version: manifest.version ?? '',
    licence: typeof manifest.license === 'string' ? manifest.license : 'see the licence text',
    texts: files.map((file) => readFileSync(join(dir, file), 'utf8').trim()),
  };
}

/** One plain-text document: a list of the packages and their licences, then each package's notice and licence text. */
export function licenceNoticesText(packageDirs: readonly string[]): string {
  const notices = packageDirs
    .map(readNotice)
    .filter((notice): notice is PackageNotice => notice !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
  const rule = '='.repeat(72);
  return [
    'Crude Leverage is MIT-licensed (see LICENSE). The built site bundles these packages:',
    '',
    ...notices.map((n) => `  ${n.name} ${n.version}: ${n.licence}`),
    '',
    ...notices.flatMap((n) => [
      rule,
      `${n.name} ${n.version} (${n.licence})`,
      rule,
      '',
      ...n.texts.flatMap((t) => [t, '']),
    ]),
  ].join('\n');
}

/** The notices as an HTML comment: nothing in them may end the comment early. */
export function licenceComment(text: string): string {
  return `<!--\n${text.replace(/--!?>|<!--/g, (match) => match.split('').join(' '))}\n-->\n`;
}

/**
 * Emits licenses.txt beside index.html, and (`inHtml`, the offline edition) appends the same notices to
 * every HTML file as a comment, since that file travels alone. Every module of the build counts, including
 * chunks the page loads later (mathjs for remixing).
 */
export function licenceNotices({ inHtml = false }: { inHtml?: boolean } = {}): Plugin {
  return {
    name: 'crude-leverage:licence-notices',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const text = licenceNoticesText(bundledPackageDirs(this.getModuleIds()));
        if (!inHtml) {
          this.emitFile({ type: 'asset', fileName: LICENCE_FILE_NAME, source: text });
          return;
        }
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html'))
            file.source = `${String(file.source)}${licenceComment(text)}`;
        }
      },
    },
  };
}
