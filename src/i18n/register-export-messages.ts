// Makes the strings of downloads, embedding and the offline edition available: English comes in this chunk, each other language in use loads its own through the registry.
import { messages } from './en/export.ts';
import { ensurePart } from './translate.ts';

await ensurePart('export', messages);
