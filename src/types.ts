// The data that flows between the stages of the pipeline (see docs/ARCHITECTURE.md).
// Every span is a pair of offsets into RawDoc.text (JavaScript string indices), so any
// fact can be highlighted in the stored source. Objects are plain and treated as frozen.

/** A character span [start, end) of a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------- read

export type MediaType = 'text/plain' | 'text/markdown' | 'text/html';

/** A document as read: `text` is what every offset refers to. */
export interface RawDoc {
  /** Stable name: the file's base name (what the extraction contract prints as `doc`). */
  readonly name: string;
  /** Where it came from: an absolute path or a URL. */
  readonly origin: string;
  readonly mediaType: MediaType;
  /** The bytes as decoded (UTF-8, BOM removed). For HTML this is the markup. */
  readonly raw: string;
  /** The document text: `raw` for plain text and Markdown, the main text for HTML. */
  readonly text: string;
  /** sha256 hex of `raw`: the identity of a document's content. */
  readonly hash: string;
  /** Metadata found by the reader (HTML title, date, canonical URL). */
  readonly meta: {
    readonly title?: string;
    readonly date?: string;
    readonly url?: string;
    readonly site?: string;
    /** The file's modification day (YYYY-MM-DD): a reference for a dateline that omits the year. */
    readonly modified?: string;
  };
}

// ---------------------------------------------------------------- normalize

/**
 * Text folded for matching, with an exact map back to the document text.
 * `text[i]` comes from document offset `toRaw[i]`; `toRaw[text.length]` is the text's length.
 */
export interface NormText {
  /** Look-alikes, quotes, dashes, spaces unified; diacritics removed; case kept. */
  readonly text: string;
  /** `text` lower-cased with the same length (for case-insensitive matching). */
  readonly lower: string;
  readonly toRaw: Int32Array;
}

// ---------------------------------------------------------------- segment

export type BlockKind =
  | 'title'
  | 'dateline'
  | 'series'
  | 'heading'
  | 'paragraph'
  | 'bullet'
  | 'caption'
  | 'footnote'
  | 'separator';

/** A reference like [7] in running text, pointing at footnote `n`. */
export interface FootnoteRef extends Span {
  readonly n: number;
}

/** One unit of layout: a line or paragraph of the document with its role. */
export interface Block extends Span {
  readonly index: number;
  readonly kind: BlockKind;
  readonly refs: readonly FootnoteRef[];
  /** For captions: the "(Source: ...)" credit inside it. */
  readonly credit?: SourceCredit;
}

/** An outlet credited for a passage: from a footnote or a "(Source: ...)" credit. */
export interface SourceCredit extends Span {
  readonly outlet: string;
  readonly country?: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when the credit gives one. */
  readonly date?: string;
  readonly url?: string;
  /** The credit names the speaker's own release ("X statement", "Prime Minister's Office"), no outlet. */
  readonly ownRelease?: boolean;
}

export interface Footnote extends SourceCredit {
  readonly n: number;
}

export interface Segmented {
  readonly blocks: readonly Block[];
  readonly footnotes: readonly Footnote[];
  readonly title?: Span;
  /** ISO date of publication when the document states it. */
  readonly published?: string;
  /**
   * The date to resolve partial dates against: `published`, else the latest full date the
   * document mentions (a report without a dateline still dates itself by its sources).
   */
  readonly refDate?: string;
  /**
   * True when `published` comes from a news dateline ("RENHOLLOW, May 3 (Quillpost) -"): the
   * story reports that day's news, so an undated quote in it is of that day.
   */
  readonly newsDateline?: boolean;
  /** "Special Dispatch", "Inquiry & Analysis Series"... */
  readonly series?: string;
  /** "10870" */
  readonly number?: string;
}

// ---------------------------------------------------------------- quotes

export interface Quote extends Span {
  readonly id: number;
  /** Index of the enclosing quote when nested. */
  readonly parent?: number;
  /** Indexes of the blocks the passage runs over. */
  readonly blocks: readonly number[];
  /** Translator's insertions in square brackets, inside the span. */
  readonly insertions: readonly Span[];
  /** The quote sits in a heading (usually repeating a body quote). */
  readonly inHeading: boolean;
}

// ---------------------------------------------------------------- mentions and entities

export type ActorType =
  | 'person'
  | 'organization'
  | 'state'
  | 'outlet'
  | 'group'
  | 'place'
  | 'event'
  | 'collective';

/** How a mention was found; 'seat' is a capital written for its state ("commanded from Istrenne"). */
export type MentionSource = 'pack' | 'titled' | 'role' | 'short' | 'pronoun' | 'collective' | 'seat';

/** A name in the text that refers to an actor. */
export interface Mention extends Span {
  /** The text as written. */
  readonly surface: string;
  readonly type: ActorType;
  /** Entity key this mention resolves to (pack id or a derived key for unknown names). */
  readonly key: string;
  readonly source: MentionSource;
  /** A title or role phrase written before the name ("Hamas political bureau head"). */
  readonly role?: Span;
}

/** One real-world actor as resolved within a document (and, by key, across documents). */
export interface Entity {
  /** Stable resolution key: the pack id, or `x:` + the folded name of an actor in no pack. */
  readonly key: string;
  readonly name: string;
  readonly type: ActorType;
  /** Every spelling seen or known. */
  readonly aliases: readonly string[];
  /** The spellings this document itself uses, when the entity comes from one document. */
  readonly written?: readonly string[];
}

// ---------------------------------------------------------------- statements

export type Medium =
  | 'speech'
  | 'post'
  | 'statement'
  | 'letter'
  | 'call'
  | 'interview'
  | 'article'
  | 'broadcast'
  | 'meeting'
  | 'poster'
  | 'chant'
  | 'other';

/** A quote attributed to its speaker, with when, how and from which outlet. */
export interface Statement {
  readonly quote: Quote;
  /** Entity key of the speaker, or null when none could be found. */
  readonly speaker: string | null;
  /** The words that name the speaker for this quote (may be far before it). */
  readonly speakerSpan?: Span;
  /** The attribution cue ("stated", "he added", a heading). */
  readonly cue?: Span;
  readonly date?: string;
  readonly medium?: Medium;
  readonly addressee?: string;
  /** Occasion or venue ("At the conclusion of an October 10, 2023 ceremony ..."). */
  readonly occasion?: Span;
  /** Entity key of the outlet cited for the passage. */
  readonly cited?: string;
  readonly citedSpan?: Span;
}

// ---------------------------------------------------------------- claims

export type Predicate =
  | 'funds'
  | 'arms'
  | 'trains'
  | 'directs'
  | 'founded'
  | 'supports'
  | 'part_of'
  | 'leads'
  | 'praises'
  | 'thanks'
  | 'threatens'
  | 'calls_on'
  | 'meets'
  | 'contacts'
  | 'attacks';

export type Polarity = 'asserted' | 'denied';

/** Admiralty grade: source reliability A-F and information credibility 1-6. */
export interface Grade {
  readonly reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  readonly credibility: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface Claim {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly polarity: Polarity;
  /** Innermost claimant (entity key). */
  readonly claimant: string;
  /** Links of attribution from the document inwards: publisher, outlet, sources... */
  readonly chain: readonly string[];
  /** Hedge words kept as written ("allegedly", "reports by Arab sources"). */
  readonly hedge?: string;
  readonly evidence: Span;
  readonly date?: string;
  /** Admiralty grade, defaulted from the pack's grade of the claimant or cited outlet. */
  readonly grade?: Grade;
}

/** A theme tag on a statement with the words that triggered it. */
export interface ThemeTag {
  readonly theme: string;
  readonly trigger: Span;
}

// ---------------------------------------------------------------- the whole document

/** Everything the pipeline finds in one document. */
/** A city a document shows to be a state's seat ("Istrenne" for Velonhar), for the other documents of a run. */
export interface Seat {
  readonly city: string;
  /** The state's entity key. */
  readonly state: string;
}

/** What earlier runs left in a store for the next: the seats documents showed and how many documents each publisher published. */
export interface RunMemory {
  readonly seats: readonly Seat[];
  readonly publishers: readonly { readonly key: string; readonly name: string; readonly n: number }[];
}

export interface DocResult {
  readonly doc: RawDoc;
  readonly seg: Segmented;
  /** Key of the document's publisher entity (the author of its own narration). */
  readonly publisher: string;
  readonly quotes: readonly Quote[];
  readonly mentions: readonly Mention[];
  readonly statements: readonly Statement[];
  readonly claims: readonly Claim[];
  readonly themes: readonly { readonly quote: number; readonly tags: readonly ThemeTag[] }[];
  /** Entities referred to in this document, keyed by Entity.key. */
  readonly entities: readonly Entity[];
  /** The capitals this document shows to be states' seats (read by the run, not stored). */
  readonly seats?: readonly Seat[];
}
