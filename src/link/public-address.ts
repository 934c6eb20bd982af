// Which page the links and QR codes we hand out name: this one, or on a page opened from disk, the public address the build was given.
import { OFFLINE_FILE_NAME } from '../export/offline-file-name.ts';
import { Address, type PageLocation, pageIdentity } from './address.ts';

/**
 * The public address as an http(s) page address without query or fragment, or null when the value is absent or not
 * one (a typo in the build's setting must not put a broken address in every lesson link).
 */
export function publicAddress(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

/** VITE_PUBLIC_URL as the build read it (`VITE_PUBLIC_URL=https://… npm run build:offline`; see the README). */
export const BUILD_PUBLIC_URL: string | null = publicAddress(import.meta.env.VITE_PUBLIC_URL);

/**
 * Where a shared link points. `page`: this page (served from a site). `public`: opened from disk, so the public
 * address stands in. `file`: opened from disk with no public address: the link works on this computer only.
 */
export type ShareSource = 'page' | 'public' | 'file';

/** The address to put `query` on for a link someone else will open, and where it points. */
export function shareAddress(
  location: PageLocation,
  query = '',
  publicUrl: string | null = BUILD_PUBLIC_URL,
): { address: Address; source: ShareSource } {
  const page = Address.forPage(location, query);
  if (location.protocol !== 'file:') return { address: page, source: 'page' };
  if (publicUrl === null) return { address: page, source: 'file' };
  return { address: Address.parse(publicUrl).withQuery(query), source: 'public' };
}

/** The addresses that are this simulator, for the class board: this page and the public address, when there is one. */
export function ownPages(location: PageLocation, publicUrl: string | null = BUILD_PUBLIC_URL): string[] {
  const own = [Address.forPage(location).toString()];
  return publicUrl === null ? own : [...own, publicUrl];
}

/** A student's copy of the offline edition, wherever it sits on their disk. */
export function isOfflineCopy(link: string): boolean {
  const page = pageIdentity(link);
  return page !== null && page.startsWith('file:') && page.endsWith(`/${OFFLINE_FILE_NAME}`);
}
