// How far each source link can be trusted: the publisher's own page or a secondary copy, and why a source is weak.
import type { SourceRow } from './sources.ts';

/** What the link of a source row points at. */
export type LinkKind = 'publisher' | 'secondary' | 'none';

/** Why a source is weak; a row may have several reasons. */
export const WEAK_REASONS = ['raw-ip', 'aggregator', 'partisan', 'staging', 'recalled'] as const;
export type WeakReason = (typeof WEAK_REASONS)[number];

export interface SourceStanding {
  link: LinkKind;
  weak: readonly WeakReason[];
}

/**
 * Sites that gather or re-post other outlets' reporting, or whose standing as a publisher could not be
 * established; a figure read there may have been altered or shorn of its context.
 */
export const AGGREGATOR_HOSTS: readonly string[] = [
  'europesays.com',
  'particle.news',
  'dailydigest360.com',
  'oilmarketcap.com',
  'mfame.guru',
  'menafn.com',
  'world-news.tech',
  'cryptospotters.net',
  'ccbsnews.info',
  'yemennownews.com',
  'seantel.news',
  'dailyguardian.eu',
  'brinksreport.com',
  'pravasisamwad.com',
  'legistrack.vercel.app',
];

/** State-run or state-aligned media of a party to the war, and the Pravda re-posting network. */
export const PARTISAN_HOSTS: readonly string[] = ['tass.com', '1prime.ru', 'iz.ru', 'news-pravda.com'];

/** Back-end or staging servers: a page there is not the publisher's public page. */
export const STAGING_HOSTS: readonly string[] = ['federaldbsite.hocalwire.in', 'stg-gpi.jabil.com'];

/**
 * Rows whose publisher text does not say "via" but whose link is still a copy of someone else's figure:
 * a news report of Bloomberg's, CREA's or a government's numbers.
 */
const SECONDARY_WITHOUT_VIA: ReadonlySet<string> = new Set(['B1', 'B15', 'B16', 'K4']);

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

/** True when `host` is `domain` or one of its subdomains. */
const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

const isRawIp = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');

/**
 * The standing of a row's link, from the data file's own words: "via X" or "copy" means the publisher's
 * figure was read in a secondary outlet; ᵃ marks a figure recalled rather than read. The host lists above
 * add what the words do not say.
 */
export function sourceStanding(row: SourceRow): SourceStanding {
  const weak: WeakReason[] = [];
  if ([row.value, row.publisher, row.figure].some((text) => text.includes('ᵃ'))) weak.push('recalled');
  const host = row.url ? hostOf(row.url) : null;
  if (!host) return { link: 'none', weak };
  if (isRawIp(host)) weak.push('raw-ip');
  if (AGGREGATOR_HOSTS.some((domain) => within(host, domain))) weak.push('aggregator');
  if (PARTISAN_HOSTS.some((domain) => within(host, domain))) weak.push('partisan');
  if (STAGING_HOSTS.some((domain) => within(host, domain))) weak.push('staging');
  // The link belongs to the first outlet named; the others after ';' are further sources of the row.
  const linked = row.publisher.split(';')[0] ?? '';
  const secondary = /\bvia\b|\bcopy\b|\bciting\b/i.test(linked) || SECONDARY_WITHOUT_VIA.has(row.id);
  // A copy on an IP address, an aggregator or a staging server is never the publisher's page; a partisan
  // outlet's own page is, and is flagged as weak all the same.
  const copyHost = weak.some((reason) => reason === 'raw-ip' || reason === 'aggregator' || reason === 'staging');
  return { link: secondary || copyHost ? 'secondary' : 'publisher', weak };
}
