// The main text of a saved web page: boilerplate (navigation, headers, footers, sidebars,
// scripts, cookie banners) dropped, one block per paragraph, with title, date and URL from
// the page's metadata.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export interface HtmlMain {
  readonly text: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly site?: string;
}

const DROP =
  'script, style, noscript, template, svg, iframe, form, nav, body > header, header:has(nav), footer, aside, button, select, ' +
  '[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], ' +
  '[class*=cookie], [id*=cookie], [class*=banner], [class*=sidebar], [id*=sidebar], [class*=share], ' +
  '[class*=newsletter], [class*=related], [class*=menu], [class*=advert], [class*=promo], [class*=social], ' +
  '[class*=breadcrumb], [class*=comments]';
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'dt', 'dd', 'td', 'th']);

function meta($: cheerio.CheerioAPI, ...selectors: string[]): string | undefined {
  for (const s of selectors) {
    const v = $(s).attr('content') ?? $(s).attr('href') ?? $(s).attr('datetime');
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** Picks the element that holds the article: <article>, <main>, or the one with most paragraph text. */
function mainElement($: cheerio.CheerioAPI): cheerio.Cheerio<AnyNode> {
  const article = $('article').toArray();
  if (article.length) {
    const longest = article.sort((a, b) => $(b).text().length - $(a).text().length)[0]!;
    return $(longest);
  }
  const main = $('main, [role=main], #content, .content, .article, .post, .entry-content').first();
  if (main.length) return main;
  let best: Element | null = null;
  let bestLen = 0;
  $('div, section').each((_, el) => {
    const len = $(el).children('p').text().length;
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  });
  return best ? $(best) : $('body');
}

function squash(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}

const HEADINGS = /^h[1-6]$/;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi;

/** Writes `s` into `out` from `at`, never past `end`. */
function put(out: string[], at: number, end: number, s: string): void {
  for (let k = 0; k < s.length && at + k < end; k++) out[at + k] = s[k]!;
}

/**
 * Extracts the main text of an HTML page **at the page's own offsets**: the result has the
 * same length as the markup, with every character of markup and boilerplate blanked to a
 * space, blocks separated by line breaks written over their tags, and entities decoded in
 * place ("&amp;" becomes "&" and four spaces). So an offset into the text is an offset into
 * the file as read from disk, and evidence highlights in the original page.
 */
export function htmlMainText(html: string): HtmlMain {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const title = meta($, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (squash($('title').first().text()) || undefined);
  const dateRaw = meta(
    $,
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  );
  const date = dateRaw && /^\d{4}-\d{2}-\d{2}/.test(dateRaw) ? dateRaw.slice(0, 10) : undefined;
  const url = meta($, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const site = meta($, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const root = mainElement($);
  root.find(DROP).remove();
  const out: string[] = new Array<string>(html.length).fill(' ');
  let kept = 0;
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      const loc = node.sourceCodeLocation;
      if (!loc) return;
      const raw = html.slice(loc.startOffset, loc.endOffset);
      let i = 0;
      ENTITY.lastIndex = 0;
      for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
        for (; i < m.index; i++) out[loc.startOffset + i] = /\s/.test(raw[i]!) ? ' ' : raw[i]!;
        const decoded = cheerio.load(m[0]).text() || m[0];
        put(out, loc.startOffset + m.index, loc.startOffset + m.index + m[0].length, decoded.replace(/\u00a0/g, ' '));
        i = m.index + m[0].length;
      }
      for (; i < raw.length; i++) out[loc.startOffset + i] = /\s/.test(raw[i]!) ? ' ' : raw[i]!;
      if (raw.trim()) kept++;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    const loc = el.sourceCodeLocation;
    if (tag === 'br' && loc) put(out, loc.startOffset, loc.endOffset, '\n');
    const block = BLOCKS.has(tag) || tag === 'div' || tag === 'section' || tag === 'article' || tag === 'header';
    if (block && loc?.startTag) {
      const marker = HEADINGS.test(tag) ? '\n\n# ' : tag === 'li' ? '\n\n- ' : '\n\n';
      put(out, loc.startTag.startOffset, loc.startTag.endOffset, marker);
    }
    for (const c of el.children) walk(c);
    if (block && loc?.endTag) put(out, loc.endTag.startOffset, loc.endTag.endOffset, '\n\n');
  };
  walk(root[0]!);
  return {
    text: kept ? out.join('') : '',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(site ? { site } : {}),
  };
}
