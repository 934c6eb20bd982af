// What the page tells a reader about an opened link: deduplicated and capped lists, an unsupported language, a newer or older version.
import type { Adjustment } from './sanitize-value.ts';
import type { DecodedLink } from './link-format.ts';

/** At most this many adjusted and this many ignored keys are named; the rest are counted. */
export const MAX_NOTICE_ITEMS = 8;

export interface LinkNotice {
  /** Adjusted values, each key and reason once, at most MAX_NOTICE_ITEMS. */
  adjusted: Adjustment[];
  /** How many more distinct adjustments there were. */
  adjustedMore: number;
  /** Ignored keys, each once, at most MAX_NOTICE_ITEMS; an unsupported `lang` is reported apart. */
  ignored: string[];
  ignoredMore: number;
  /** Settings of an older model that no longer exist (the link still opens, unchanged by them); a bounded list. */
  retired: string[];
  /** The language the link asked for that this page does not have. */
  unsupportedLanguage: string | null;
  /** The link comes from a newer page: its format and/or model version. */
  fromNewer: DecodedLink['fromNewer'];
  olderModelVersion: number | null;
  /** Why an edited model in the link was not used. */
  remixProblem: string | null;
}

function distinct<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The notice for a decoded link, or null when the link was read as written. Work and text stay bounded for any link. */
export function linkNotice(decoded: DecodedLink, remixProblem: string | null = null): LinkNotice | null {
  const adjusted = distinct(decoded.adjusted, (item) => `${item.key}\u0000${item.reason}`);
  const ignored = distinct(
    decoded.ignored.filter((key) => !(decoded.unsupportedLanguage !== null && key === 'lang')),
    (key) => key,
  );
  const olderModelVersion = decoded.fromOlderModel ? decoded.modelVersion : null;
  const clean =
    adjusted.length + ignored.length + decoded.retired.length === 0 &&
    decoded.unsupportedLanguage === null &&
    decoded.fromNewer === null &&
    olderModelVersion === null &&
    remixProblem === null;
  if (clean) return null;
  return {
    adjusted: adjusted.slice(0, MAX_NOTICE_ITEMS),
    adjustedMore: Math.max(0, adjusted.length - MAX_NOTICE_ITEMS),
    ignored: ignored.slice(0, MAX_NOTICE_ITEMS),
    ignoredMore: Math.max(0, ignored.length - MAX_NOTICE_ITEMS),
    retired: decoded.retired.slice(0, MAX_NOTICE_ITEMS),
    unsupportedLanguage: decoded.unsupportedLanguage,
    fromNewer: decoded.fromNewer,
    olderModelVersion,
    remixProblem,
  };
}
