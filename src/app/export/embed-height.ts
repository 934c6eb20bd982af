// Tells the page around an embed (embed=1) how tall the embedded view is, so its optional resize script can fit the iframe.

/** The message the embed posts to its parent page; public/embed-resize.js reads exactly this shape. */
export const EMBED_HEIGHT_MESSAGE = 'crude-leverage:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** The view's full height in CSS pixels, rounded up. */
  height: number;
}

/** The height the iframe needs: down to the bottom of the view, not the (possibly taller) iframe itself. */
export function contentHeightPx(view: HTMLElement): number {
  return Math.ceil(view.offsetTop + view.getBoundingClientRect().height);
}

/**
 * Posts the view's height to the parent window now and whenever it changes. The message carries only a
 * number, so any origin may read it ('*'): the page that embeds this view is not known in advance.
 * Does nothing outside an iframe. Returns a function that stops the reports.
 */
export function reportEmbedHeight(view: HTMLElement, win: Window = window): () => void {
  if (win.parent === win || typeof ResizeObserver === 'undefined') return () => {};
  let last = -1;
  const post = () => {
    const height = contentHeightPx(view);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height };
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(view);
  post();
  return () => observer.disconnect();
}
