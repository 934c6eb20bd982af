// Prints the worksheet: snapshots the charts as images first, so the paper shows what the screen shows.
export interface ChartImage {
  title: string;
  src: string;
  alt: string;
}

/** Every chart card on the page as an image with its title and its takeaway as the alternative text. */
export function snapshotCharts(root: ParentNode = document): ChartImage[] {
  return [...root.querySelectorAll<HTMLElement>('.chart-card')].flatMap((card) => {
    const canvas = card.querySelector('canvas');
    if (!canvas || canvas.width === 0) return [];
    try {
      return [
        {
          title: card.querySelector('h2')?.textContent ?? '',
          src: canvas.toDataURL('image/png'),
          alt: card.querySelector('.summary')?.textContent ?? '',
        },
      ];
    } catch {
      return [];
    }
  });
}
