// Picks the model a link is about: the standard one, or the edited model it carries in `x=`.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Address } from '../link/address.ts';
import { REMIX_KEY, linkParam } from '../link/link-format.ts';
import { applyRemix } from './apply-remix.ts';
import { type Remix, decodeRemix } from './remix-format.ts';

export interface LinkModel {
  model: CompiledModel;
  /** The edit the link carries, when it could be read and passed the checks. */
  remix: Remix | null;
  /** Why the link's edited model was not used (the standard model runs instead). */
  remixProblem: string | null;
}

export function modelForLink(standard: CompiledModel, input: string | Address): LinkModel {
  const encoded = linkParam(input, REMIX_KEY);
  if (encoded === null || encoded === '') return { model: standard, remix: null, remixProblem: null };
  const decoded = decodeRemix(encoded);
  if (!decoded.ok) return { model: standard, remix: null, remixProblem: decoded.message };
  const applied = applyRemix(standard.declaration, decoded.remix);
  if (!applied.ok) return { model: standard, remix: null, remixProblem: applied.problems.join('; ') };
  return { model: applied.model, remix: decoded.remix, remixProblem: null };
}
