// Vite plugin: generates the compiled model (src/generated/model.ts) before dev, build and tests resolve anything.
import type { Plugin } from 'vite';
import { writeGeneratedModel } from './generate-model.ts';

/**
 * A broken declaration stops dev, build and tests here, with its problems listed. The declaration is
 * imported by vite.config.ts through this plugin, so an edit under models/ restarts the dev server
 * (Vite watches its config's dependencies), which generates again.
 */
export function generatedModel(): Plugin {
  return {
    name: 'crude-leverage:generated-model',
    configResolved() {
      writeGeneratedModel();
    },
  };
}
