// Options every chart on the page shares: the locale, no animation (charts redraw while dragging), sized by its box.
export function commonOptions(locale: string) {
  return { locale, animation: false, responsive: true, maintainAspectRatio: false } as const;
}

export const bottomLegend = { legend: { display: true, position: 'bottom' } } as const;
