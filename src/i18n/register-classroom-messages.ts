// Registers the classroom tools' strings in both languages; imported by the classroom chunk, so they load with it.
import { classroomEn } from './classroom-en.ts';
import { classroomZhHant } from './classroom-zh-hant.ts';
import { registerMessages } from './translate.ts';

registerMessages('en', classroomEn);
registerMessages('zh-Hant', classroomZhHant);
