import { readProvince } from '../text/province';
import type { ObservedEntry } from './observed-response';

/**
 * 保存页面用于反馈: one HTML file of a page as the content script saw it — the DOM, its inline JSON, and the
 * responses the observer saw embedded as `<script type="application/json" data-duibiao-observed>` — with
 * buyer identity, phone numbers, addresses, e-mail, cookies and tokens removed, so a seller can send it and
 * `npm run analyze` can replay it. Buyers are replaced by stable pseudonyms (买家1, 买家2 …) so that orders of
 * the same buyer still group together.
 */

/**
 * Keys whose values identify a buyer or a receiver, reach them, or carry a credential. Deliberately narrow:
 * a shop's `nick`, a seller's ids and a ship-from address (`deliveryFromAddr`) are what the parsers read.
 */
const SECRET_KEY =
  /^(?:buyer\w*|receiver\w*|consignee\w*|toFullName|realName|idCard\w*|\w*(?:phone|mobile|telephone)\w*|tel|\w*address|\w*email\w*|sign|_?token|\w*Token|csrf\w*|cookie\w*|sessionId|sid|_m_h5_tk\w*|_tb_token_)$/i;
/** Inside a buyer's block (or as a key of its own), the keys that name the buyer: replaced by a pseudonym. */
const BUYER_NAME_KEY = /^(?:nick|nickName|loginId|name|buyerNick|buyerLoginId|buyerName)$/i;
/** Mainland mobile numbers and landlines in free text. */
const PHONE = /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?!\d)/g;
/** A `"key": value` pair inside an inline script (JSON or a JS literal with quoted keys). */
const SCRIPT_PAIR = /"([A-Za-z_$][\w$]*)"(\s*:\s*)("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g;
/** Token-looking assignments in inline scripts: _tb_token_ = 'x', csrfToken: 'x' … */
const SCRIPT_SECRET = /((?:_tb_token_|_m_h5_tk\w*|csrf\w*|\w*[Tt]oken)["']?\s*[:=]\s*["'])[^"']*(["'])/g;
/** Redacted values keep the field so that a parser still sees its shape. */
const REDACTED = '已去除';

export interface PageReportInput {
  /** The document as it is now (it is cloned, never changed). */
  doc: Document;
  url: string;
  observed: readonly ObservedEntry[];
  /** What Duibiao made of the page: kept in a comment for whoever reads the report. */
  outcome: string;
  now: Date;
}

export function buildPageReport(input: PageReportInput): string {
  const names = new Map<string, string>();
  const root = input.doc.documentElement.cloneNode(true) as Element;
  // External scripts, frames' documents, styles sheets and media carry nothing a parser reads.
  for (const el of root.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"], noscript, iframe, video, audio'))
    el.remove();
  for (const el of root.querySelectorAll('script:not([src])')) {
    el.textContent = sanitiseScript(el.textContent ?? '', names);
  }
  for (const el of root.querySelectorAll('input, textarea')) {
    el.removeAttribute('value');
    el.textContent = '';
  }
  for (const el of root.querySelectorAll('meta[name*="token" i], meta[name*="csrf" i]')) el.remove();
  scrubText(root);
  const head = root.querySelector('head') ?? root;
  for (const entry of input.observed) {
    const script = input.doc.createElement('script');
    script.setAttribute('type', 'application/json');
    script.setAttribute('data-duibiao-observed', '');
    script.setAttribute('data-request-url', stripQuerySecrets(entry.requestUrl));
    script.textContent = safeJson(sanitiseJson(entry.json, names));
    head.append(script);
  }
  const url = stripQuerySecrets(input.url);
  return [
    '<!DOCTYPE html>',
    `<!-- saved from url=(${url.length})${url} -->`,
    `<!-- 对标 Duibiao 页面反馈 · ${input.now.toISOString()} · ${input.outcome.replace(/--/g, '—')} · 买家身份、手机号、地址、cookie 和 token 已去除 -->`,
    root.outerHTML,
  ].join('\n');
}

/** 对标页面反馈_s.taobao.com_20261125-1830.html */
export function reportFileName(host: string, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `对标页面反馈_${host.replace(/[^\w.-]/g, '_')}_${stamp}.html`;
}

/** The observed responses saved in a report, for the CLI to replay. */
export function readReportObserved(doc: ParentNode): ObservedEntry[] {
  const pageUrl = '';
  return [...doc.querySelectorAll('script[type="application/json"][data-duibiao-observed]')].flatMap((script) => {
    try {
      return [
        { pageUrl, requestUrl: script.getAttribute('data-request-url') ?? '', json: JSON.parse(script.textContent ?? '') as unknown },
      ];
    } catch {
      return [];
    }
  });
}

/** Replaces secrets in any JSON value; a string that is itself JSON (1688 order lists) is cleaned inside. */
export function sanitiseJson(value: unknown, names: Map<string, string> = new Map()): unknown {
  if (Array.isArray(value)) return value.map((v) => sanitiseJson(v, names));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (SECRET_KEY.test(key)) out[key] = redact(v, names, key);
      else out[key] = sanitiseJson(v, names);
    }
    return out;
  }
  if (typeof value === 'string') {
    if (/^\s*[[{]/.test(value)) {
      try {
        return JSON.stringify(sanitiseJson(JSON.parse(value) as unknown, names));
      } catch {
        /* not JSON after all */
      }
    }
    return value.replace(PHONE, REDACTED);
  }
  return value;
}

/**
 * A secret value: objects keep their keys (shape) with every leaf redacted, names become pseudonyms, and an
 * area or address keeps its province only (浙江省 杭州市 西湖区 → 浙江省), which is what the customer
 * analysis reads and identifies nobody.
 */
function redact(value: unknown, names: Map<string, string>, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => redact(v, names, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, names, k)]));
  if (value === null || value === undefined) return value;
  if (typeof value === 'string' && BUYER_NAME_KEY.test(key)) return pseudonym(value, names);
  if (typeof value === 'string' && /area|addr|province/i.test(key)) return readProvince(value) ?? REDACTED;
  return REDACTED;
}

function pseudonym(name: string, names: Map<string, string>): string {
  let alias = names.get(name);
  if (!alias) {
    alias = `买家${names.size + 1}`;
    names.set(name, alias);
  }
  return alias;
}

/** Inline scripts: secret `"key": value` pairs, token assignments and phone numbers; everything else as it was. */
function sanitiseScript(text: string, names: Map<string, string>): string {
  return text
    .replace(SCRIPT_PAIR, (pair: string, key: string, colon: string, raw: string) => {
      if (!SECRET_KEY.test(key) && !BUYER_NAME_KEY.test(key)) return pair;
      if (BUYER_NAME_KEY.test(key) && !/^buyer/i.test(key)) return pair; // a bare nick outside a buyer block is a shop's
      const value = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
      const replaced = /Nick|LoginId|Name$/i.test(key) ? pseudonym(value, names) : REDACTED;
      return `"${key}"${colon}${JSON.stringify(replaced)}`;
    })
    .replace(SCRIPT_SECRET, `$1${REDACTED}$2`)
    .replace(PHONE, REDACTED)
    .replace(/<\/script/gi, '<\\/script');
}

/** Phone numbers in the page's own text (order lists show receivers). */
function scrubText(root: Element): void {
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        const cleaned = text.replace(PHONE, REDACTED);
        if (cleaned !== text) child.textContent = cleaned;
      } else if (child.nodeType === 1 && (child as Element).tagName !== 'SCRIPT') walk(child);
    }
  };
  walk(root);
}

/** JSON inside a <script>: nothing in it may close the element. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Tokens and signatures in request URLs (mtop `sign`, `_m_h5_tk`, `t`) say nothing about the page. */
function stripQuerySecrets(raw: string): string {
  try {
    const url = new URL(raw);
    for (const key of url.searchParams.keys())
      if (/^(sign|token|_m_h5_tk\w*|_tb_token_|csrf\w*|sid|session\w*)$/i.test(key)) url.searchParams.set(key, REDACTED);
    return url.href;
  } catch {
    return raw;
  }
}
