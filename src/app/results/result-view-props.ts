// The props of a view that shows one scenario's results (budget lens, calculus, summary); the language and `t` come from the app context.
import type { ModelResults } from '../model.ts';

export interface ResultViewProps {
  results: ModelResults;
}
