// Lines that credit, caption or label the article instead of telling it:
// `图为…`, `（图片来源：…）`, `人民视觉`, `来源：X`, `编辑：X`, `本文来自微信公众号…`,
// `头图来自…`, an author's address line `（某大学，北京 100038）`, `7 分钟`, `广告`.
// They score as stamps (score.ts): never output, they neither end the article
// nor start one, and a byline among them is still read for the author.
// Words are data in chrome.json; rules in README.md.
import { charSet } from './chars.js';
import { chrome } from './chrome.js';
import { Keywords } from './keywords.js';

const CAPTION_OPENERS = new Keywords(chrome.captionOpeners);
const CREDIT_OPENERS = new Keywords(chrome.creditOpeners);
const CREDIT_ENDS = chrome.creditEnds;
const LABEL_LINES = new Set(chrome.labelLines);
const CREDIT_LABEL = new RegExp(`^(?:${[...chrome.creditLabels].sort((a, b) => b.length - a.length).join('|')})\\s*[:：/／|｜丨]`);

/** What wraps a whole credit line: `（图片来源：…）`, `【编辑：…】`. */
const WRAP = /^[（(【\[]\s*|\s*[）)】\]]$/g;
const OPENS = charSet('（(【['), CLOSES = charSet('）)】]');

/** The line inside its wrapping marks. Most lines neither open nor close with one, and WRAP's
 * end alternative would be tried at every character of them: two lookups say so first. */
function unwrap(t: string): string {
  return OPENS[t.charCodeAt(0)] || CLOSES[t.charCodeAt(t.length - 1)] ? t.replace(WRAP, '') : t;
}
// `7 分钟`, `阅读时间：5分钟`, `约3分钟读完`: a reading-time label.
const READING_TIME = /^(?:(?:预计)?阅读(?:时间|时长|需要|需)?\s*[:：]?\s*)?(?:约\s*)?\d{1,3}\s*(?:分钟|min)(?:\s*(?:读完|阅读|read))?$/i;
// `（某大学经济学院，北京 100871）`: an author's affiliation and postcode under the byline.
const ADDRESS = /^[（(][^（）()]{2,60}\s\d{6}\s*[)）]$|^[（(][^（）()]{2,60}[，,]\s*\S{2,6}\s*\d{6}\s*[)）]$/;

// `…。（图／示例社）`, `（记者X摄）`: a photo credit closing a caption.
const PHOTO_CREDIT_TAIL = /[（(]\s*(?:图|图片|照片|摄影|资料照|翻摄|图文)\s*[／/:：|][^（）()]{1,30}[)）]$|[（(][^（）()]{1,20}摄[)）]$/;

/** A photo caption or credit: `图为…`, `（图片来源：…）`, `… 人民视觉`, `记者 X 摄`, `▲…（图／X）`. */
export function isCaption(line: string): boolean {
  const t = line.trim();
  if (t.length > 80) return false;
  // The tail pattern closes with a bracket: most lines do not, and need not be searched.
  if ((t.endsWith(')') || t.endsWith('）')) && PHOTO_CREDIT_TAIL.test(t)) return true;
  const inner = unwrap(t);
  if (CAPTION_OPENERS.starts(inner)) return !/[。！？].+/.test(inner) || t.length <= 50;
  return t.length <= 40 && CREDIT_ENDS.some((e) => inner.endsWith(e)) && !/[。！？]/.test(inner);
}

/** A source or byline line (`来源：X`, `编辑：X`, `本文来自微信公众号…`), short. */
export function isCreditLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 80) return false;
  const inner = unwrap(t);
  if (CREDIT_OPENERS.starts(inner)) return true;
  // `记者：请问…？` in an interview is a question, not a credit: a credit names, it does not say.
  return t.length <= 60 && CREDIT_LABEL.test(inner) && !/[，,。！？?!；;]/.test(inner);
}

/** A label standing alone (`广告`, `7 分钟`) or an author's address line. */
export function isLabelLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 70 && (LABEL_LINES.has(t) || READING_TIME.test(t) || ADDRESS.test(t));
}

/** Any of the three: a line that is about the article, not of it. */
export function isCredit(line: string): boolean {
  return isLabelLine(line) || isCaption(line) || isCreditLine(line);
}
