// The page's address as one immutable value: every query read and every link built goes through it.
// It is the only module that uses URLSearchParams or joins a query by hand (tests/link/address-only.test.ts).
//
// Keys are declared, not scattered: the format keys below, each parameter (src/link/link-format.ts), the
// view keys (LINK_VIEW_PARAMETERS in view-params.ts) and the lesson keys (LESSON_KEYS). A future view key is
// one declaration there and nothing here changes, as `present` (the presenter view) is, e.g.
//   const from: ViewParameter<'from'> = { key: 'from', parse: parseMonth, format: (m) => m ?? null };
// added to LINK_VIEW_PARAMETERS; decodeLink, encodeLink, the README table test and the round-trip property pick them up.

/** The link format's own keys (never parameters). */
export const FORMAT_KEY = {
  /** Link format version. */
  version: 'v',
  /** Model version the link was made with. */
  model: 'm',
  /** `a=1` pins a comparison scenario (the baseline, or the `a.<key>` values). */
  pinned: 'a',
  /** An edited model, compressed (src/remix/remix-format.ts). */
  remix: 'x',
  /** A student's answers (src/classroom/answers-link.ts). */
  answers: 'p',
} as const;

/** Keys whose value is a comma-separated list: written with plain commas so `lock=india,drop` stays readable. */
const LIST_KEYS: ReadonlySet<string> = new Set(['lock', 'hide']);

/** Where the query sits: after `?` on a server, after `#` on a page opened from disk (file://). */
export type AddressForm = 'query' | 'fragment';

/** The parts of window.location an address is made from. */
export type PageLocation = Pick<Location, 'protocol' | 'origin' | 'pathname'>;

type Pair = readonly [string, string];

/** One `key=value` written as a form would write it; a list key keeps its commas. */
function writePair([key, value]: Pair): string {
  const text = new URLSearchParams([[key, value]]).toString();
  return LIST_KEYS.has(key) ? text.replace(/%2C/gi, ',') : text;
}

function readQuery(query: string): Pair[] {
  try {
    return [...new URLSearchParams(query).entries()];
  } catch {
    return [];
  }
}

export class Address {
  private constructor(
    /** Everything before the query: `https://host/path`, `file:///…/page.html`, or '' for a bare query. */
    readonly base: string,
    readonly form: AddressForm,
    private readonly pairs: readonly Pair[],
    /** A fragment after a `?` query (`#results`), kept as it was. */
    readonly tail: string,
  ) {}

  /**
   * Reads a whole URL, a `?query`, a `#fragment` or a bare query. Never throws. The query after `?` wins;
   * without one, the fragment is the query (the offline edition's form).
   */
  static parse(input: unknown): Address {
    const text = typeof input === 'string' ? input.trim() : '';
    const question = text.indexOf('?');
    const hash = text.indexOf('#');
    if (question !== -1) {
      const end = hash > question ? hash : text.length;
      return new Address(text.slice(0, question), 'query', readQuery(text.slice(question + 1, end)), text.slice(end));
    }
    if (hash !== -1) return new Address(text.slice(0, hash), 'fragment', readQuery(text.slice(hash + 1)), '');
    // A bare query has no base; a page address alone has no query yet (kept after `#` when opened from disk).
    if (/^(https?|file):/i.test(text)) return new Address(text, /^file:/i.test(text) ? 'fragment' : 'query', [], '');
    return new Address('', 'query', readQuery(text), '');
  }

  /** The page at `location` with `query`: after `#` when the page was opened from disk, as url-sync keeps it. */
  static forPage({ protocol, origin, pathname }: PageLocation, query = ''): Address {
    const fromDisk = protocol === 'file:';
    const base = fromDisk ? `${protocol}//${pathname}` : `${origin}${pathname}`;
    return new Address(base, fromDisk ? 'fragment' : 'query', readQuery(query), '');
  }

  /**
   * The page's own address as the browser shows it, relative to the document (`/path/?query`): the query,
   * or on a page opened from disk the fragment. What url-sync reads and writes.
   */
  static current(location: Pick<Location, 'protocol' | 'pathname' | 'search' | 'hash'>): Address {
    const fromDisk = location.protocol === 'file:';
    const query = (fromDisk ? location.hash : location.search).replace(/^[?#]/, '');
    return new Address(location.pathname, fromDisk ? 'fragment' : 'query', readQuery(query), '');
  }

  /** Just a query, built from pairs in order (repeats kept, as a link may carry them). */
  static fromPairs(pairs: readonly Pair[]): Address {
    return new Address(
      '',
      'query',
      pairs.map(([key, value]) => [String(key), String(value)] as const),
      '',
    );
  }

  /** The first value of `key`, or null when the address does not have it. */
  get(key: string): string | null {
    return this.pairs.find(([name]) => name === key)?.[1] ?? null;
  }

  has(key: string): boolean {
    return this.pairs.some(([name]) => name === key);
  }

  /** Every key=value in the order written, repeats included. */
  get entries(): readonly Pair[] {
    return this.pairs;
  }

  get keys(): string[] {
    return this.pairs.map(([key]) => key);
  }

  /** The model version the address says it was made with (`m`), or null when it does not say or says nonsense. */
  get modelVersion(): number | null {
    const m = this.get(FORMAT_KEY.model);
    return m !== null && /^\d{1,6}$/.test(m) ? Number(m) : null;
  }

  /** The link format version (`v`), or null. */
  get formatVersion(): number | null {
    const v = this.get(FORMAT_KEY.version);
    return v !== null && /^\d{1,6}$/.test(v) ? Number(v) : null;
  }

  /**
   * A copy with keys set (in place of the first, repeats dropped; new keys at the end) or removed
   * (null or undefined). `this` never changes.
   */
  with(updates: Readonly<Record<string, string | null | undefined>>): Address {
    const pairs: Pair[] = [];
    const done = new Set<string>();
    for (const [key, value] of this.pairs) {
      if (!Object.hasOwn(updates, key)) pairs.push([key, value]);
      else if (!done.has(key)) {
        done.add(key);
        const next = updates[key];
        if (next !== null && next !== undefined) pairs.push([key, next]);
      }
    }
    for (const [key, value] of Object.entries(updates))
      if (!done.has(key) && value !== null && value !== undefined) pairs.push([key, value]);
    return new Address(this.base, this.form, pairs, this.tail);
  }

  /** A copy without these keys. */
  without(keys: Iterable<string>): Address {
    const gone = new Set(keys);
    return new Address(
      this.base,
      this.form,
      this.pairs.filter(([key]) => !gone.has(key)),
      this.tail,
    );
  }

  /** The same page with another query (a query string, with or without `?`). */
  withQuery(query: string): Address {
    return new Address(
      this.base,
      this.form,
      Address.parse(query.startsWith('?') ? query : `?${query}`).pairs,
      this.tail,
    );
  }

  /** The query, without `?` or `#`. */
  get query(): string {
    return this.pairs.map(writePair).join('&');
  }

  /** What follows the base: `?query`, or `#query` on a page opened from disk (what another copy of the file needs). */
  get suffix(): string {
    return this.toString().slice(this.base.length);
  }

  /** The whole address: base, `?` or `#`, query, and any fragment that followed a query. */
  toString(): string {
    const query = this.query;
    if (query === '') return `${this.base}${this.tail}`;
    return `${this.base}${this.form === 'fragment' ? '#' : '?'}${query}${this.tail}`;
  }
}

/**
 * The page an address points at, for telling this simulator's links from others: scheme, host and path, with
 * `index.html` and a trailing slash dropped and case folded where URLs ignore it; null when it is not a URL.
 */
export function pageIdentity(address: string | Address): string | null {
  const base = address instanceof Address ? address.base : Address.parse(address).base;
  try {
    const url = new URL(base);
    const path = url.pathname.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
    return `${url.protocol}//${url.host.toLowerCase()}${path}`;
  } catch {
    return null;
  }
}
