// Tests what the link notice holds: each key once, a capped list with how many more, an unsupported language, newer and older versions.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { MAX_NOTICE_ITEMS, linkNotice } from '../../src/link/link-notice.ts';

const model = compileModel(crudeLeverageModel);
const notice = (link: string) => linkNotice(decodeLink(model, link));

describe('linkNotice', () => {
  it('is null for a link read as written', () => {
    expect(notice('?v=1&m=2&drop=10&lang=zh-Hant')).toBeNull();
  });

  it('names each ignored key once and counts the rest past the cap', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    const link = `?${[...keys, ...keys, ...keys].map((key) => `${key}=1`).join('&')}`;
    const result = notice(link)!;
    expect(result.ignored).toEqual(keys.slice(0, MAX_NOTICE_ITEMS));
    expect(result.ignoredMore).toBe(30 - MAX_NOTICE_ITEMS);
  });

  it('names each adjusted key and reason once, however often the link repeats it', () => {
    const link = `?drop=99&${Array.from({ length: 5000 }, () => 'drop=1').join('&')}&india=abc`;
    const result = notice(link)!;
    expect(result.adjusted.map((item) => [item.key, item.reason])).toEqual([
      ['drop', 'above-max'],
      ['drop', 'repeated'],
      ['india', 'not-a-number'],
    ]);
    expect(result.adjustedMore).toBe(0);
  });

  it('reports an unsupported language as such, not among the unknown settings', () => {
    const result = notice('?drop=10&lang=fr&zzz=1')!;
    expect(result.unsupportedLanguage).toBe('fr');
    expect(result.ignored).toEqual(['zzz']);
    // A `lang` repeated with a valid value first is read, not reported.
    expect(notice('?lang=zh-TW')).toBeNull();
  });

  it('says when a link comes from a newer format or model, and from an older model', () => {
    expect(notice('?v=9&m=7&drop=10')!.fromNewer).toEqual({ formatVersion: 9, modelVersion: 7 });
    expect(notice('?v=1&m=7')!.fromNewer).toEqual({ formatVersion: null, modelVersion: 7 });
    expect(notice('?v=2&m=1')!.fromNewer).toEqual({ formatVersion: 2, modelVersion: null });
    expect(notice('?v=1&m=0')).toMatchObject({ fromNewer: null, olderModelVersion: 0 });
  });

  it('carries the reason an edited model was refused', () => {
    expect(linkNotice(decodeLink(model, '?v=1&m=2'), 'bad edit')).toMatchObject({ remixProblem: 'bad edit' });
  });
});

describe('linkNotice for a retired key', () => {
  it('names budget-sensitivity, retired in model version 2, and nothing as ignored', () => {
    const retired = linkNotice(decodeLink(model, '?v=1&m=2&budget-sensitivity=0.2'));
    expect(retired).toMatchObject({ retired: ['budget-sensitivity'], ignored: [], olderModelVersion: null });
  });
});
