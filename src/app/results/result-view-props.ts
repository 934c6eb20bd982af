// The props of a view that shows one scenario's results in the reader's language (budget lens, calculus, summary).
import type { ModelResults } from '../model.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Language } from '../../link/view-params.ts';

export interface ResultViewProps {
  results: ModelResults;
  lang: Language;
  t: Translate;
}
