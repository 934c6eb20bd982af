// The teachers' table of link keys, generated from the model's parameter declarations and the link and view keys, so it cannot drift.
import { startMonths } from '../../analysis/month-start.ts';
import { modelUnitSymbol } from '../../i18n/format.ts';
import { bundle } from '../model-bundle.ts';
import { ANSWERS_PARAM } from '../../classroom/answers-link.ts';
import type { LocalText, ModelDeclaration } from '../../engine/types.ts';
import { LINK_FORMAT_VERSION, PINNED_PREFIX, REMIX_KEY } from '../../link/link-format.ts';
import { formatForLink } from '../../link/sanitize-value.ts';
import {
  DEFAULT_LESSON,
  DEFAULT_VIEW,
  EMBED_CHARTS,
  LANGUAGES,
  LESSON_KEYS,
  LESSON_LINK_KEYS,
  LESSON_MODES,
  LINK_VIEW_PARAMETERS,
  PANELS,
} from '../../link/view-params.ts';

export type LinkKeyKind = 'format' | 'parameter' | 'view' | 'lesson';

export interface LinkParameterRow {
  /** As written in a link; `<key>` stands for any parameter key. */
  key: string;
  kind: LinkKeyKind;
  meaning: LocalText;
  /** Unit symbol; empty for keys without one. */
  unit: LocalText;
  /** Allowed values, e.g. "0 to 2.5 (step 0.01)". */
  range: LocalText;
  /** Default as a link writes it; '' when the key is simply absent by default. */
  default: string;
}

const text = (en: string, zh: string): LocalText => ({ en, 'zh-Hant': zh });
const NONE = text('', '');
const same = (value: string): LocalText => text(value, value);

/** Described keys that are not scenario parameters; `<key>` rows repeat for every parameter. */
interface KeyText {
  meaning: LocalText;
  range?: LocalText;
}

const VIEW_TEXT: Readonly<Record<string, KeyText>> = {
  lang: {
    meaning: text('language of the page (zh and zh-TW also give zh-Hant)', '頁面語言（zh與zh-TW也會開啟zh-Hant）'),
    range: same(LANGUAGES.join(', ')),
  },
  panel: {
    meaning: text(
      'a panel the link opens (assumptions: the Assumptions section)',
      '連結開啟的面板（assumptions：「假設」區）',
    ),
    range: same(PANELS.join(', ')),
  },
  from: {
    meaning: text(
      'the month the scenario starts from: its observed drivers replace the mid-2025 defaults and the other values apply on top; absent = mid-2025',
      '情境的起始月份：以該月的實際驅動因素取代2025年中的預設值，其他數值再疊加其上；未設定即為2025年中',
    ),
    range: same(startMonths().join(', ')),
  },
  embed: {
    meaning: text(
      'embed=1 shows the compact view for an iframe: the headline, one chart and the sliders the link names',
      'embed=1顯示供iframe使用的精簡畫面：標題句、一張圖表及連結中指定的滑桿',
    ),
    range: same('1'),
  },
  chart: {
    meaning: text('the chart the embedded view shows', '精簡畫面顯示的圖表'),
    range: same(EMBED_CHARTS.join(', ')),
  },
  present: {
    meaning: text(
      'present=1 shows the presenter view for a projector: the lesson’s questions in large type, then the class’s predictions, then the model’s answer, each revealed by the teacher',
      'present=1顯示供投影使用的簡報畫面：以大字顯示課堂題目，再由教師依序揭曉全班的預測與模型的答案',
    ),
    range: same('1'),
  },
};

/**
 * Lesson keys (classroom mode), described here for the teachers' table; which keys exist comes from
 * LESSON_LINK_KEYS and ANSWERS_PARAM, and the test fails when one has no description.
 */
export const LESSON_KEY_TEXT: Readonly<Record<string, KeyText>> = {
  mode: {
    meaning: text(
      'how much of the page students see: basic shows the main sliders only, without Assumptions',
      '學生看到多少頁面：basic只顯示主要滑桿，不含「假設」',
    ),
    range: same(LESSON_MODES.join(', ')),
  },
  lock: {
    meaning: text(
      'settings shown but not movable, e.g. lock=india,china',
      '顯示但不能移動的設定，例如lock=india,china',
    ),
    range: text('parameter keys, comma-separated', '參數鍵，以逗號分隔'),
  },
  hide: {
    meaning: text('settings not shown at all, e.g. hide=rub', '完全不顯示的設定，例如hide=rub'),
    range: text('parameter keys, comma-separated', '參數鍵，以逗號分隔'),
  },
  'r.<key>': {
    meaning: text(
      'a narrower slider range for one setting, written min_max, e.g. r.drop=0_20',
      '某項設定較窄的滑桿範圍，寫成min_max，例如r.drop=0_20',
    ),
    range: text('inside the declared range, on its step', '在宣告範圍內，並符合間距'),
  },
  ex: {
    meaning: text('the exercise the lesson asks: predict, then reveal', '課堂要作答的練習：先預測，再揭曉'),
    range: text('exercise id', '練習代號'),
  },
  [ANSWERS_PARAM]: {
    meaning: text(
      "a student's answers, added when the student sends the link back, with the model version they were made under",
      '學生的答案，由學生回傳連結時加上，並註明作答時的模型版本',
    ),
    range: text('made by the app', '由程式產生'),
  },
};

export interface TableOptions {
  /** Lesson keys as the table writes them; by default the link format's, then the students' answers. */
  lessonKeys?: readonly string[];
  /** Exercise ids `ex` accepts. */
  exerciseIds?: readonly string[];
}

/** Every key a link may carry: format keys, each parameter, the pinned scenario, an edited model, the view and the lesson. */
export function linkParameterTable(
  declaration: ModelDeclaration,
  {
    lessonKeys = [...LESSON_LINK_KEYS, ANSWERS_PARAM],
    exerciseIds = bundle.exercises.map((exercise) => exercise.id),
  }: TableOptions = {},
): LinkParameterRow[] {
  // Link values stay in the model's unit, so a unit Chinese shows scaled (億) is named as the link counts it: 10億美元.
  const units = new Map(
    declaration.units.map((unit): [string, LocalText] => [
      unit.id,
      { en: modelUnitSymbol(unit, 'en'), 'zh-Hant': modelUnitSymbol(unit, 'zh-Hant') },
    ]),
  );
  const row = (
    key: string,
    kind: LinkKeyKind,
    meaning: LocalText,
    range: LocalText = NONE,
    value = '',
    unit: LocalText = NONE,
  ): LinkParameterRow => ({
    key,
    kind,
    meaning,
    unit,
    range,
    default: value,
  });
  const version = String(declaration.version);
  const rows: LinkParameterRow[] = [
    row(
      'v',
      'format',
      text('link format version', '連結格式版本'),
      same(String(LINK_FORMAT_VERSION)),
      String(LINK_FORMAT_VERSION),
    ),
    row(
      'm',
      'format',
      text(
        'model version the link was made with (older links are brought up to date)',
        '製作連結時的模型版本（舊連結會自動更新）',
      ),
      same(declaration.version === 1 ? '1' : `1–${version}`),
      version,
    ),
    row(
      'a',
      'format',
      text(
        'pins comparison scenario A; a=1 alone pins the mid-2025 baseline',
        '釘選比較情境A；單獨a=1即釘選2025年中基準',
      ),
      same('1'),
    ),
    row(
      `${PINNED_PREFIX}<key>`,
      'format',
      text('a setting of pinned scenario A, e.g. a.drop=10', '釘選情境A的一項設定，例如a.drop=10'),
      text('as for <key>', '同<key>'),
    ),
    row(
      REMIX_KEY,
      'format',
      text(
        'an edited model (Remix), compressed; made by the app, not by hand; a refused edit falls back to the standard model with a notice',
        '經修改的模型（改編），已壓縮；由程式產生，不需手寫；無法使用的修改會改用標準模型並加以說明',
      ),
      text('text', '文字'),
    ),
  ];
  for (const parameter of declaration.parameters) {
    const [min, max, step] = [parameter.min, parameter.max, parameter.step].map((value) =>
      formatForLink(parameter, value),
    );
    const range = text(`${min} to ${max} (step ${step})`, `${min}至${max}（間距${step}）`);
    rows.push(
      row(
        parameter.key,
        'parameter',
        parameter.label,
        range,
        formatForLink(parameter, parameter.default),
        units.get(parameter.unit) ?? NONE,
      ),
    );
  }
  for (const parameter of LINK_VIEW_PARAMETERS) {
    const described = VIEW_TEXT[parameter.key];
    const fallback = (DEFAULT_VIEW as unknown as Record<string, unknown>)[parameter.key];
    rows.push(
      row(
        parameter.key,
        'view',
        described?.meaning ?? same(parameter.key),
        described?.range,
        typeof fallback === 'string' ? fallback : '',
      ),
    );
  }
  for (const key of lessonKeys) {
    if (rows.some((existing) => existing.key === key)) continue;
    const described = LESSON_KEY_TEXT[key];
    const range =
      key === LESSON_KEYS.exercise && exerciseIds.length > 0 ? same(exerciseIds.join(', ')) : described?.range;
    rows.push(
      row(key, 'lesson', described?.meaning ?? same(key), range, key === LESSON_KEYS.mode ? DEFAULT_LESSON.mode : ''),
    );
  }
  return rows;
}
