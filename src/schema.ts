// The record zhfin writes, declared once. Types, `zhfin schema`, the CSV
// columns and docs/record.md are all derived from the declarations below.
import {
  array, boolean, describe, integer, literal, nullable, number, object, optional, string,
  type Infer, type JsonSchema,
} from './schema-builder.js';

export const SCHEMA_VERSION = 1;

const spanFields = {
  text: string('The item as it appears in the clean simplified text.'),
  start: integer('Offset of the first character in `text` (UTF-16 code units, inclusive).'),
  end: integer('Offset after the last character in `text` (exclusive).'),
};

export const DATE_PARTS = [
  'start', 'end', 'first-half', 'second-half', 'early', 'mid', 'late', 'q1', 'q2', 'q3', 'q4', 'q1-q3',
] as const;

export const dateItem = object({
  ...spanFields,
  value: string('ISO 8601 at the precision the text gives: 2019, 2019-11, 2019-11-28, 2021-06-22T06:03:00+08:00; --07-04 when a yearless date has nothing to resolve against.'),
  precision: literal(['year', 'month', 'day', 'minute', 'second'], 'How much of the value the text (or its resolution) gives.'),
  part: optional(literal(DATE_PARTS, 'Which part of the month or year: 初/底/上半年/中旬/一季度 ...')),
  resolved: optional(literal(['relative'], 'Present when the year (or the whole date) came from context: 今年, 当年, a yearless 7月4日.')),
  range: optional(literal(['from', 'to'], 'Present on the two ends of a range such as 2019年至2021年.')),
}, 'A calendar reference in the text.');

export const FIGURE_KINDS = ['money', 'percent', 'count', 'multiple', 'duration', 'quantity'] as const;
export const QUALIFIERS = ['exact', 'approx', 'over', 'under', 'range'] as const;

export const figureItem = object({
  ...spanFields,
  kind: literal(FIGURE_KINDS, 'What the number measures.'),
  value: optional(number('The number in base units (85.8亿元 -> 8580000000). Absent for a range.')),
  min: optional(number('Lower end of a range (五六千 -> 5000).')),
  max: optional(number('Upper end of a range (五六千 -> 6000).')),
  unit: string('ISO 4217 code for money (CNY, USD ...), % or pp for percentages, the measure word for counts, 倍, the time unit of a duration, or the unit of a quantity as written (千瓦, 平米, 岁).'),
  per: optional(string('The denominator of a rate as written: 8500元/平方米 and 每兆瓦时280元 are money per 平方米, per 兆瓦时.')),
  qualifier: literal(QUALIFIERS, 'exact, approx (近 约 左右), over (多 余 超 逾 以上), under (不到 不足 以下), range.'),
  subject: string('Best effort: the noun phrase the figure measures in its clause. Empty rather than wrong.'),
  inferred: optional(boolean('True when the unit was inferred from context (an amount without 元 in a money context).')),
  context: optional(string('The sentence the figure sits in (with --context); the CSV tables carry it for every item as `sentence`.')),
}, 'A money amount, percentage, count, multiple, duration or physical quantity.');

const mentionItem = object({
  ...spanFields,
}, 'One place where the entity is named.');

export const platformItem = object({
  name: string('Canonical name.'),
  kind: string('lending, payment, credit, consumer-finance, fintech, ... as the gazetteer says; discovered for names found by pattern only.'),
  status: optional(string('Last recorded status of a P2P platform from the 网贷之家/网贷天眼 lists (跑路, 经侦介入, 停业 ...), comma-separated; absent when normal or unknown.')),
  mentions: array(string('A surface form.'), 'Every distinct surface form, in order of first appearance.'),
  count: integer('How many times it is mentioned.'),
  spans: array(mentionItem, 'Each mention with its offsets.'),
}, 'A lending, payment, credit or fintech platform or company.');

export const AGENCY_LEVELS = ['central', 'provincial', 'municipal', 'district', 'association', 'foreign'] as const;

export const agencyItem = object({
  name: string('Canonical full name (银保监会 -> 中国银行保险监督管理委员会).'),
  level: literal(AGENCY_LEVELS, 'Administrative level; `foreign` for regulators, central banks and governments of other countries (美联储, 美国证券交易委员会).'),
  validTo: optional(string('When the body stopped existing under this name (YYYY or YYYY-MM), from the gazetteer: 银监会 -> 2018-04.')),
  successor: optional(string('Canonical name of the body that took over (银监会 -> 中国银行保险监督管理委员会).')),
  mentions: array(string('A surface form.'), 'Every distinct surface form, in order of first appearance.'),
  count: integer('How many times it is mentioned.'),
  spans: array(mentionItem, 'Each mention with its offsets.'),
}, 'A government body, regulator, court, police body or official association.');

export const EVENT_TYPES = [
  'investigation', 'detention', 'prosecution', 'verdict', 'penalty', 'summons',
  'closure', 'exit', 'default', 'abscond', 'repayment', 'regulation', 'warning',
] as const;

export const eventItem = object({
  type: literal(EVENT_TYPES, 'What happened: investigation (立案), detention (拘留 抓获), prosecution (起诉), verdict (判处), penalty (罚款), summons (约谈), closure (取缔 倒闭), exit (清退 退出), default (逾期 提现困难 爆雷), abscond (跑路 失联), repayment (兑付 退赔), regulation (a rule issued), warning (风险提示).'),
  trigger: string('The words that say it, as they appear in `text`.'),
  start: integer('Offset of the trigger\'s first character in `text`.'),
  end: integer('Offset after the trigger\'s last character in `text`.'),
  actor: nullable(string('Canonical name of the agency, court or police body that acts (an item of `agencies`); null for what a platform does by itself, or when the clause and its sentence do not say.')),
  target: nullable(string('Canonical name of the platform or company the event is about (an item of `platforms`); for regulation and warning, the title of the rule or notice; null when the clause and its sentence do not say.')),
  date: nullable(string('The value of the date item in the event\'s clause, else in the clause before it, else the only one in its sentence.')),
  amount: nullable(object({
    value: number('The amount in base units.'),
    unit: string('ISO 4217 code.'),
  }, 'A money figure in the same clause (a fine, a sum owed or repaid).')),
  planned: boolean('True when the text says it is still to come (拟, 将, 计划).'),
}, 'One action the article reports: who did what to which platform, when, for how much.');

/**
 * Every warning a record can carry, with its one text. A stage adds one with
 * warning(code, detail); the detail (an encoding name, a count) follows the text.
 */
export const WARNINGS = {
  'no-article': 'no article text found on this page (a list page, a login wall or an empty shell?)',
  'truncated': 'the page ends early, or goes past a limit; the record is made from what was read',
  'encoding-guessed': 'the encoding was detected',
  'encoding-repaired': 'mostly valid UTF-8: the bytes that are not were read as U+FFFD',
  'mis-decoded': 'the page was handed over as text that looks decoded with the wrong charset; pass the raw bytes instead ({ bytes } in the library, the file itself on the command line) so zhfin can find the encoding',
  'too-many-items': 'more items of one kind than a page may give; the first are kept',
} as const;
export type WarningCode = keyof typeof WARNINGS;
export const WARNING_CODES = Object.keys(WARNINGS) as WarningCode[];

export const warningItem = object({
  code: literal(WARNING_CODES, 'Stable code; docs/record.md lists each with its meaning.'),
  message: string('What happened, for a person.'),
}, 'Something worth knowing about how this record was made.');

/** A warning with its code's one text, and what this page adds to it. */
export function warning(code: WarningCode, detail?: string): { code: WarningCode; message: string } {
  return { code, message: detail ? `${WARNINGS[code]} (${detail})` : WARNINGS[code] };
}

/** Why an input gave no record; each code is named on the error line. */
export const ERROR_CODES = [
  'not-found', 'unreadable', 'empty', 'binary', 'too-large', 'undecodable', 'bad-json-line', 'bad-warc-record', 'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const SCRIPTS = ['simplified', 'traditional', 'mixed', 'none'] as const;
export const FORMATS = ['html', 'text', 'warc'] as const;

export const sourceItem = object({
  path: optional(string('File path as given (or inside the folder walked).')),
  url: optional(string('URL from a JSON Lines input line or a WARC record.')),
  bytes: integer('Size of the input in bytes.'),
  encoding: string('Encoding used to decode it (utf-8, gb18030, big5, utf-16le ...).'),
  format: literal(FORMATS, 'What the input was read as.'),
  script: literal(SCRIPTS, 'Script of the page before conversion to simplified.'),
}, 'Where the record came from.');

export const commentItem = object({
  text: string('A reader comment, kept apart from the article.'),
}, 'A reader comment found under the article.');

export const articleRecord = object({
  id: string('Stable hash of the clean text (sha1, 16 hex digits), for de-duplication.'),
  source: sourceItem,
  title: nullable(string('Title of the article.')),
  publishedAt: nullable(string('Publish time, ISO 8601 with the +08:00 offset when the page gives a time.')),
  author: nullable(string('Author as the page shows it.')),
  siteName: nullable(string('Site name when the page shows it.')),
  text: optional(string('The clean simplified article body, paragraphs separated by \\n (left out with --no-text).')),
  dates: array(dateItem, 'Calendar references.'),
  figures: array(figureItem, 'Money, percentages, counts, multiples, durations.'),
  platforms: array(platformItem, 'Platforms and companies.'),
  agencies: array(agencyItem, 'Government agencies and official associations.'),
  events: array(eventItem, 'Actions linking an agency, a platform, a date and an amount.'),
  comments: optional(array(commentItem, 'Reader comments, when kept (--comments).')),
  warnings: array(warningItem, 'What went less than right.'),
}, 'One page, as zhfin extracts it.');

export const errorRecord = object({
  source: object({
    path: optional(string('File path.')),
    url: optional(string('URL or id from the input line.')),
    line: optional(integer('Line number in a JSON Lines input.')),
  }, 'The input that failed.'),
  error: object({
    code: literal(ERROR_CODES, 'Stable error code.'),
    message: string('What went wrong and what to do.'),
  }, 'Why no record could be made.'),
}, 'Written in place of a record in mapper mode, so lines stay aligned.');

export type DateItem = Infer<typeof dateItem>;
export type DatePart = (typeof DATE_PARTS)[number];
export type FigureItem = Infer<typeof figureItem>;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type PlatformItem = Infer<typeof platformItem>;
export type AgencyItem = Infer<typeof agencyItem>;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export type Mention = Infer<typeof mentionItem>;
export type EventItem = Infer<typeof eventItem>;
export type EventType = (typeof EVENT_TYPES)[number];
export type WarningItem = Infer<typeof warningItem>;
export type Source = Infer<typeof sourceItem>;
export type Script = (typeof SCRIPTS)[number];
export type ArticleRecord = Infer<typeof articleRecord>;
export type ErrorRecord = Infer<typeof errorRecord>;

// ---- Shapes the stages and the extractors share (not on the record) ----

/** A word from the segmenter with its part-of-speech tag and offsets into the text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A word the segmenter must keep whole, with the tag it should get. */
export interface UserWord {
  word: string;
  tag: string;
}

/** The JSON Schema that `zhfin schema` prints. */
export function recordJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://zhfin.invalid/record/v${SCHEMA_VERSION}`,
    title: 'zhfin record',
    ...articleRecord.json,
  };
}

/** Markdown reference of every field, for docs/record.md. */
export function recordMarkdown(): string {
  const sections: [string, Record<string, { json: JsonSchema; optional: boolean }>][] = [
    ['record', articleRecord.shape],
    ['source', sourceItem.shape],
    ['dates[]', dateItem.shape],
    ['figures[]', figureItem.shape],
    ['platforms[]', platformItem.shape],
    ['agencies[]', agencyItem.shape],
    ['events[]', eventItem.shape],
    ['warnings[]', warningItem.shape],
    ['error record (mapper mode)', errorRecord.shape],
  ];
  const out = ['# The zhfin record', '', 'Generated by `zhfin schema --markdown` from `src/schema.ts`; do not edit by hand.', ''];
  for (const [name, shape] of sections) {
    out.push(`## ${name}`, '', '| field | type | description |', '|---|---|---|');
    for (const f of describe(shape)) {
      out.push(`| \`${f.name}\`${f.optional ? ' (optional)' : ''} | ${f.type.replace(/\|/g, '\\|')} | ${f.description.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  out.push('## warning codes', '', '| code | text |', '|---|---|');
  for (const [code, text] of Object.entries(WARNINGS)) out.push(`| \`${code}\` | ${text} |`);
  out.push('', '## error codes', '', ERROR_CODES.map((c) => `\`${c}\``).join(', '), '');
  return out.join('\n');
}
