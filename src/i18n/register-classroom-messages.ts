// Makes the classroom tools' strings (exercises, lessons, worksheet, For teachers) available: English comes in this chunk, each other language in use loads its own through the registry.
import { messages } from './en/classroom.ts';
import { ensurePart } from './translate.ts';

await ensurePart('classroom', messages);
