// Makes the strings of the parts that load on demand (why it changed, inside the model, sources) available: English comes in this chunk, each other language in use loads its own through the registry.
import { messages } from './en/details.ts';
import { ensurePart } from './translate.ts';

await ensurePart('details', messages);
