// Tests which presets a lesson can offer: a preset applies only as declared, never clamped into a lesson's range.
import { describe, expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import { applyToFree } from '../../src/classroom/lesson.ts';
import { presetConflict } from '../../src/classroom/preset-fit.ts';
import { defaultLesson, type Lesson } from '../../src/link/view-params.ts';

const { parameters, presets } = model.declaration;
const values = (id: string) => presets.find((preset) => preset.id === id)!.values;
const lesson = (change: Partial<Lesson>): Lesson => ({ ...defaultLesson(), ...change });
const conflict = (id: string, under: Lesson, current: Record<string, number> = model.defaults) =>
  presetConflict(parameters, under, current, values(id));

describe('presetConflict', () => {
  it('lets every preset apply without a lesson', () => {
    for (const preset of presets) expect(conflict(preset.id, defaultLesson())).toBeNull();
  });

  it('refuses the 500% preset when the lesson narrows the tariff to 0–100% (instead of setting 100%)', () => {
    const under = lesson({ ranges: { 'tariff-india': [0, 100] } });
    expect(conflict('sanctions-act', under)).toMatchObject({
      key: 'tariff-india',
      reason: 'outside-range',
      wanted: 500,
      range: [0, 100],
    });
    // What applying it anyway would have done: the silent clamp this rule prevents.
    expect(applyToFree(parameters, under, model.defaults, values('sanctions-act'))['tariff-india']).toBe(100);
    expect(conflict('ten-lower', under)).toBeNull();
  });

  it('refuses a preset that would move a locked or hidden setting, but not one that leaves it alone', () => {
    const locked = lesson({ locked: ['india'] });
    expect(conflict('india-stops', locked)).toMatchObject({ key: 'india', reason: 'locked', wanted: 0 });
    expect(conflict('china-tariff', locked)).toBeNull();
    const hidden = lesson({ hidden: ['reroute-share'] });
    expect(conflict('china-absorbs', hidden)).toMatchObject({ key: 'reroute-share', reason: 'hidden', wanted: 100 });
    expect(conflict('india-stops', hidden)).toBeNull();
  });

  it('accepts a preset whose value for a locked setting is the one the lesson holds', () => {
    const lockedAtTen = lesson({ locked: ['drop'] });
    expect(conflict('ten-lower', lockedAtTen, { ...model.defaults, drop: 10 })).toBeNull();
    expect(conflict('ten-lower', lockedAtTen, { ...model.defaults, drop: 5 })).toMatchObject({
      reason: 'locked',
      current: 5,
    });
  });

  it('refuses a preset whose unnamed default lies outside the lesson range (it would be clamped too)', () => {
    const dropFiveToFifteen = lesson({ ranges: { drop: [5, 15] } });
    expect(conflict('status-quo', dropFiveToFifteen)).toMatchObject({
      key: 'drop',
      reason: 'outside-range',
      wanted: 0,
    });
    expect(conflict('ten-lower', dropFiveToFifteen)).toBeNull();
  });
});
