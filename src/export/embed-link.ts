// Links for sharing and embedding: the page's link to a scenario, its embed=1 twin, the iframe snippet, and the sliders an embed shows.
import type { CompiledModel } from '../engine/compile-model.ts';
import { Address, type PageLocation } from '../link/address.ts';
import { viewUpdates } from '../link/link-format.ts';
import { DEFAULT_EMBED_CHART, type EmbedChartId } from '../link/view-params.ts';
import { escapeXml } from './picture-svg.ts';

/** The parts of window.location a link is made from. */
export type PageAddress = PageLocation;

/** The page's link to a scenario query: after `?` on a server, after `#` on a page opened from disk (as url-sync keeps it). */
export function pageLink(address: PageAddress, query: string): string {
  return Address.forPage(address, query).toString();
}

/** The same scenario as the compact embedded view; `chart=` only when it is not the default chart. */
export function embedLink(address: PageAddress, query: string, chart: EmbedChartId = DEFAULT_EMBED_CHART): string {
  return Address.forPage(address, query)
    .with(viewUpdates({ chart, embed: true }))
    .toString();
}

export const IFRAME_HEIGHT_PX = 520;

/** The code a teacher or a newsroom pastes into a page to show the embedded view. */
export function iframeSnippet({ src, title }: { src: string; title: string }): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${IFRAME_HEIGHT_PX}" loading="lazy" style="border:0"></iframe>`;
}

/**
 * The sliders an embedded view shows: the parameters the link's scenario names (not the pinned ones), in
 * declaration order, or the headline sliders when it names none.
 */
export function embedParameterKeys(model: CompiledModel, link: string): string[] {
  const { parameters, groups } = model.declaration;
  const address = Address.parse(link);
  const named = parameters.filter((p) => address.has(p.key)).map((p) => p.key);
  if (named.length > 0) return named;
  const headline = new Set(groups.filter((group) => group.headline).map((group) => group.id));
  return parameters.filter((p) => headline.has(p.group)).map((p) => p.key);
}
