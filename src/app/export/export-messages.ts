// Gives the export views (downloads, embedding) their strings: the catalogues' export part, loaded with these views.
import '../../i18n/register-export-messages.ts';
import type { ExportMessageKey } from '../../i18n/en/export.ts';
import { translator } from '../../i18n/translate.ts';
import type { Language } from '../../link/view-params.ts';

export type { ExportMessageKey };

/** A message in `lang` (English when missing) with its {placeholders} filled. */
export function exportText(lang: Language, key: ExportMessageKey, values?: Record<string, string | number>): string {
  return translator(lang)(key, values);
}
