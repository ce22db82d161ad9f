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
  'script, style, noscript, template, svg, iframe, form, nav, header, footer, aside, button, select, ' +
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

/** Extracts the main text of an HTML page. */
export function htmlMainText(html: string): HtmlMain {
  const $ = cheerio.load(html);
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
  const parts: string[] = [];
  const walk = (nodes: cheerio.Cheerio<AnyNode>): void => {
    nodes.each((_, el) => {
      if (el.type !== 'tag') return;
      const tag = el.tagName.toLowerCase();
      if (BLOCKS.has(tag)) {
        const t = squash($(el).text());
        // Headings keep their level as Markdown markers so segment knows them.
        if (t) parts.push(/^h[1-6]$/.test(tag) ? `${'#'.repeat(Number(tag[1]))} ${t}` : t);
      } else {
        walk($(el).children());
      }
    });
  };
  walk(root.children());
  if (!parts.length) {
    const t = squash(root.text());
    if (t) parts.push(t);
  }
  return { text: parts.join('\n\n') + '\n', ...(title ? { title } : {}), ...(date ? { date } : {}), ...(url ? { url } : {}), ...(site ? { site } : {}) };
}
