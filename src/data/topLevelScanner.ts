/**
 * The top level of a JSON object read as it arrives, a piece at a time: each
 * member's value, and each element of one list member (a dataset's "events"),
 * is told by its offsets in the whole text once it is complete, so that the
 * dataset worker can parse and check a dataset's events while the rest of it
 * downloads (`load/streamedDataset.ts`). The scanner checks the structure only
 * where it splits the text (the top object, the list and the commas between
 * them); what it hands over, JSON.parse checks. Any other shape (a top-level
 * array, a key with an escape, a stray character) stops it for good
 * (`failed`): the caller then reads the whole text as before.
 */

export interface TopLevelParts {
  /** A member's value other than the list's, `[start, end)` in the whole text. */
  member(key: string, start: number, end: number): void;
  /** The list member's `[` has been read. */
  listStart(): void;
  /** One element of the list, `[start, end)`. */
  element(start: number, end: number): void;
  /** The list's `]` has been read. */
  listEnd(): void;
}

// Where the scanner is between values.
const BEFORE_TOP = 0; // before the top object's `{` (a byte order mark and white space may come first)
const FIRST_KEY = 1; // after `{`: a key, or `}`
const KEY = 2; // after a member's `,`: a key
const IN_KEY = 3;
const COLON = 4;
const MEMBER_VALUE = 5;
const AFTER_MEMBER = 6; // `,` or `}`
const FIRST_ELEMENT = 7; // after the list's `[`: an element, or `]`
const ELEMENT = 8; // after an element's `,`
const AFTER_ELEMENT = 9; // `,` or `]`
const DONE = 10; // after the top object: white space only
const FAILED = 11;

const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class TopLevelScanner {
  private state = BEFORE_TOP;
  /** The offset of the next piece's first character in the whole text. */
  private offset = 0;
  private pieces: string[] = [];
  /** The first piece not forgotten, and its offset in the whole text. */
  private head = 0;
  private piecesFrom = 0;
  private keyStart = 0;
  private key = "";
  private inList = false;
  // Inside a value: its start, its nesting, a string and a backslash still open, a bare literal.
  private valueStart = -1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private literal = false;

  constructor(
    /** The member whose elements are told one by one. */
    private readonly listKey: string,
    private readonly parts: TopLevelParts,
  ) {}

  /** Stopped: the text is not a top-level object the scanner can split (or the caller stopped it). */
  get failed(): boolean {
    return this.state === FAILED;
  }

  /** The top object has closed, with nothing after it so far but white space. */
  get done(): boolean {
    return this.state === DONE;
  }

  /** Stops the scanner; the caller reads the whole text instead. */
  fail(): void {
    this.state = FAILED;
    this.pieces = [];
    this.head = 0;
  }

  /** The text `[start, end)`, from pieces not yet forgotten. */
  text(start: number, end: number): string {
    let out = "";
    let at = this.piecesFrom;
    for (let p = this.head; p < this.pieces.length; p++) {
      const piece = this.pieces[p] as string;
      const next = at + piece.length;
      if (next > start && at < end) out += piece.slice(Math.max(0, start - at), end - at);
      if (next >= end) break;
      at = next;
    }
    return out;
  }

  /** The caller needs no text before `offset` again. */
  forget(offset: number): void {
    const { pieces } = this;
    while (this.head < pieces.length - 1) {
      const first = pieces[this.head] as string;
      if (this.piecesFrom + first.length > offset) break;
      this.piecesFrom += first.length;
      this.head++;
    }
    // Forgotten pieces go in bulk: one at a time, a list of many small pieces cost n² moves.
    if (this.head > 1024 && this.head * 2 > pieces.length) {
      this.pieces = pieces.slice(this.head);
      this.head = 0;
    }
  }

  /** The next piece of the text; parts are told as they complete. */
  push(piece: string): void {
    if (this.state === FAILED || piece.length === 0) return;
    const base = this.offset;
    this.pieces.push(piece);
    this.offset += piece.length;
    const n = piece.length;
    let i = 0;
    while (i < n && this.state !== FAILED) {
      if (this.valueStart >= 0) {
        i = this.inValue(piece, i, base);
        continue;
      }
      const c = piece.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      switch (this.state) {
        case BEFORE_TOP:
          if (c === 0xfeff && base + i === 0) break;
          if (c === 123) this.state = FIRST_KEY;
          else this.fail();
          break;
        case FIRST_KEY:
        case KEY:
          if (c === QUOTE) {
            this.state = IN_KEY;
            this.keyStart = base + i + 1;
          } else if (c === 125 && this.state === FIRST_KEY) this.state = DONE;
          else this.fail();
          break;
        case IN_KEY: {
          // A key is short and plain: one with an escape is left to the whole text's reading.
          const end = piece.indexOf('"', i);
          const slash = piece.indexOf("\\", i);
          if (slash >= 0 && (end < 0 || slash < end)) {
            this.fail();
            break;
          }
          if (end < 0) {
            i = n;
            continue;
          }
          this.key = this.text(this.keyStart, base + end);
          this.state = COLON;
          i = end;
          break;
        }
        case COLON:
          if (c === 58) this.state = MEMBER_VALUE;
          else this.fail();
          break;
        case MEMBER_VALUE:
          if (this.key === this.listKey) {
            if (c !== 91) {
              this.fail();
              break;
            }
            this.inList = true;
            this.state = FIRST_ELEMENT;
            this.parts.listStart();
            break;
          }
          this.startValue(c, base + i);
          break;
        case FIRST_ELEMENT:
          if (c === 93) {
            this.endList();
            break;
          }
          this.startValue(c, base + i);
          break;
        case ELEMENT:
          this.startValue(c, base + i);
          break;
        case AFTER_MEMBER:
          if (c === 44) this.state = KEY;
          else if (c === 125) this.state = DONE;
          else this.fail();
          break;
        case AFTER_ELEMENT:
          if (c === 44) this.state = ELEMENT;
          else if (c === 93) this.endList();
          else this.fail();
          break;
        default:
          // DONE: only white space may follow the top object.
          this.fail();
      }
      i++;
    }
  }

  private endList(): void {
    this.inList = false;
    this.state = AFTER_MEMBER;
    this.parts.listEnd();
  }

  /** A value begins with `c` at `at`: an object, a list, a string or a bare literal. */
  private startValue(c: number, at: number): void {
    this.valueStart = at;
    this.depth = 0;
    if (c === 123 || c === 91) this.depth = 1;
    else if (c === QUOTE) this.inString = true;
    else if (c === 125 || c === 93 || c === 44 || c === 58) this.fail();
    else this.literal = true;
  }

  /** Scans a value's inside from `i`; where to go on from (its end told when reached). */
  private inValue(piece: string, from: number, base: number): number {
    const n = piece.length;
    let i = from;
    /** Where the characters not yet read begin (after one a backslash escaped). */
    let fresh = from;
    if (this.literal) {
      for (; i < n; i++) {
        const c = piece.charCodeAt(i);
        if (c === 44 || c === 125 || c === 93 || isSpace(c)) {
          this.literal = false;
          this.endValue(base + i);
          return i;
        }
      }
      return n;
    }
    for (;;) {
      if (this.inString) {
        if (this.escaped) {
          // The character a backslash at the end of the last piece escaped.
          this.escaped = false;
          i++;
          fresh = i;
          if (i >= n) return n;
        }
        const quote = piece.indexOf('"', i);
        if (quote < 0) {
          this.escaped = oddBackslashesBefore(piece, n, i);
          return n;
        }
        i = quote + 1;
        // A quote after an odd run of backslashes (not counting an escaped one) is in the string.
        if (oddBackslashesBefore(piece, quote, fresh)) continue;
        this.inString = false;
        if (this.depth === 0) {
          this.endValue(base + i);
          return i;
        }
      }
      for (; i < n; i++) {
        const c = piece.charCodeAt(i);
        if (c === QUOTE) break;
        if (c === 123 || c === 91) this.depth++;
        else if (c === 125 || c === 93) {
          if (--this.depth === 0) {
            this.endValue(base + i + 1);
            return i + 1;
          }
        }
      }
      if (i >= n) return n;
      this.inString = true;
      i++;
    }
  }

  private endValue(end: number): void {
    const start = this.valueStart;
    this.valueStart = -1;
    if (this.inList) {
      this.state = AFTER_ELEMENT;
      this.parts.element(start, end);
    } else {
      this.state = AFTER_MEMBER;
      this.parts.member(this.key, start, end);
    }
  }
}

/** Whether an odd run of backslashes ends just before `end`, counting back no further than `from`. */
function oddBackslashesBefore(piece: string, end: number, from: number): boolean {
  let run = 0;
  for (let j = end - 1; j >= from && piece.charCodeAt(j) === BACKSLASH; j--) run++;
  return run % 2 === 1;
}
