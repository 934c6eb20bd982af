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

/**
 * The embedded view's height in CSS pixels, for a host page that runs no script: one base per chart plus
 * one step per slider shown. Measured in Chromium at 360 px wide (the narrowest screen the page is made
 * for; wider hosts need no more), English being taller than Traditional Chinese. With the drop slider
 * alone the views measured 1,071 (income by buyer, waterfall), 1,118 (calculus, with its verdicts), 1,119 px
 * (drop sweep) and 1,238 px (timeline, without from=: a from= link adds the forward sentence, which the
 * resize script covers); with the five headline sliders 1,727 to 1,918 px, so a slider takes 164 to 170 px. Base = one-slider height
 * − 170, plus 16 px for font differences, rounded up to 10. tests/browser/embed-height.test.ts measures
 * again and fails when a number no longer fits or leaves more than 48 px spare. A slider with a longer
 * note than the headline ones may need more: the optional resize script covers that.
 */
export const EMBED_BASE_HEIGHT_PX: Readonly<Record<EmbedChartId, number>> = {
  'income-by-buyer': 920,
  'drop-sweep': 970,
  calculus: 970,
  waterfall: 920,
  timeline: 1090,
};
export const EMBED_SLIDER_HEIGHT_PX = 170;

/** The iframe height that shows the whole embedded view of `chart` with `sliders` sliders, at 360 px or wider. */
export function embedHeightPx(chart: EmbedChartId, sliders: number): number {
  return EMBED_BASE_HEIGHT_PX[chart] + Math.max(0, Math.floor(sliders)) * EMBED_SLIDER_HEIGHT_PX;
}

/** The optional resize script, served beside the page (src/public/embed-resize.js). */
export const RESIZE_SCRIPT_NAME = 'embed-resize.js';

/** Where the resize script is, beside the page; none for a page opened from disk, which has no site to serve it. */
export function resizeScriptUrl({ protocol, origin, pathname }: PageAddress): string | null {
  if (protocol === 'file:') return null;
  return `${origin}${pathname.replace(/[^/]*$/, '')}${RESIZE_SCRIPT_NAME}`;
}

export interface IframeSnippetInput {
  src: string;
  title: string;
  /** The measured height (embedHeightPx), used as is when the host runs no script. */
  heightPx: number;
  /** The optional resize script's address (resizeScriptUrl); left out when there is none. */
  resizeScript?: string | null;
}

/** The code a teacher or a newsroom pastes into a page to show the embedded view, with the optional resize script. */
export function iframeSnippet({ src, title, heightPx, resizeScript }: IframeSnippetInput): string {
  const iframe = `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.ceil(heightPx)}" loading="lazy" style="border:0"></iframe>`;
  if (!resizeScript) return iframe;
  return `${iframe}\n<script src="${escapeXml(resizeScript)}" async></script>`;
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
