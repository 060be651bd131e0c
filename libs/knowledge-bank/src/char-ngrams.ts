/**
 * Character n-gram similarity (3- to 5-grams of each word, TF-IDF, cosine). Word matching misses
 * what n-grams catch: split or joined compounds ("omgevings vergunning"), inflections and typos,
 * all graded by how rare the shared fragment is. The re-ranker blends it with concept coverage.
 *
 * It runs for every question over every candidate, so it avoids strings and Maps per n-gram: an
 * n-gram of at most five characters from an alphabet of under 41 is encoded exactly as an integer,
 * each gets a slot in one open-addressing table of typed arrays (document frequency, counters,
 * the question's weights), and a document becomes a sequence of slots. Texts must be normalise()d.
 */
const MIN_N = 3;
const MAX_N = 5;
const BASE = 41;

/**
 * a-z → 1..26, 0-9 → 27..36, '+' 37, '-' 38, the word boundary 39. No code is 0, so n-grams of
 * different lengths never share an integer.
 */
function code(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return c === 43 ? 37 : c === 45 ? 38 : 39;
}

let codes = new Int32Array(64);
let sequence = new Int32Array(1 << 16);
let sequenceLength = 0;

/**
 * Appends the table slot of every n-gram of every word of `text` (each word padded with a
 * boundary) to `sequence`, and counts document frequencies for document `doc` (-1: none).
 * One plain loop without callbacks: this is the hot path of the re-ranker.
 */
function collect(text: string, doc: number): void {
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c !== 32) {
      if (len + 2 >= codes.length) {
        const grown = new Int32Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      if (len === 0) codes[len++] = 39;
      codes[len++] = code(c);
      continue;
    }
    if (len === 0) continue;
    codes[len++] = 39;
    if (sequenceLength + 3 * len >= sequence.length) {
      const grown = new Int32Array(Math.max(sequence.length * 2, sequenceLength + 3 * len + 1));
      grown.set(sequence.subarray(0, sequenceLength));
      sequence = grown;
    }
    for (let start = 0; start < len; start++) {
      let key = 0;
      for (let n = 1; n <= MAX_N && start + n <= len; n++) {
        key = key * BASE + codes[start + n - 1];
        if (n < MIN_N) continue;
        const s = table.slot(key);
        sequence[sequenceLength++] = s;
        if (doc >= 0 && table.lastDoc[s] !== doc) {
          table.lastDoc[s] = doc;
          table.df[s]++;
        }
      }
    }
    len = 0;
  }
}

/**
 * key → slot, open addressing with linear probing. One table is reused by every call (JavaScript
 * is single-threaded here) and only the slots a call touched are cleared afterwards: allocating
 * and zeroing megabytes per question would cost more than the scoring.
 */
class KeyTable {
  keys = new Int32Array(0);
  /** Per slot: documents containing the key; after toIdf(), its idf. */
  df = new Float32Array(0);
  /** Per slot: the last document that counted it, and a scratch counter. */
  lastDoc = new Int32Array(0);
  counter = new Uint16Array(0);
  /** Per slot: the question's weight for the key. */
  question = new Float32Array(0);
  private mask = 0;
  private shift = 32;
  private readonly used: number[] = [];

  /** Room for `capacity` distinct keys at a load of at most one half (the table only grows). */
  reserve(capacity: number): void {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    if (size <= this.keys.length) return;
    this.keys = new Int32Array(size).fill(-1);
    this.df = new Float32Array(size);
    this.lastDoc = new Int32Array(size).fill(-1);
    this.counter = new Uint16Array(size);
    this.question = new Float32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  /** The key's slot, claimed for it if new; throws TABLE_FULL past a load of 0.7 (the caller retries bigger). */
  slot(key: number): number {
    // Fibonacci hashing: the high bits of the product spread neighbouring keys.
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[s] !== -1 && this.keys[s] !== key) s = (s + 1) & this.mask;
    if (this.keys[s] === -1) {
      if (this.used.length > 0.7 * this.keys.length) throw TABLE_FULL;
      this.keys[s] = key;
      this.used.push(s);
    }
    return s;
  }

  /** Turns every used slot's document frequency into its inverse document frequency. */
  toIdf(idf: (df: number) => number): void {
    for (const s of this.used) this.df[s] = idf(this.df[s]);
  }

  clear(): void {
    for (const s of this.used) {
      this.keys[s] = -1;
      this.df[s] = 0;
      this.lastDoc[s] = -1;
      this.counter[s] = 0;
      this.question[s] = 0;
    }
    this.used.length = 0;
  }
}
const table = new KeyTable();
const TABLE_FULL = new Error('n-gram table full');

/** 1 + ln(tf) for small counts, looked up. */
const LOG_TF = Float64Array.from({ length: 64 }, (_, tf) => (tf ? 1 + Math.log(tf) : 0));
const logTf = (tf: number) => (tf < 64 ? LOG_TF[tf] : 1 + Math.log(tf));

/**
 * Cosine similarity of the question with each document, with inverse document frequencies taken
 * over these documents (the candidates): what distinguishes candidates from each other is what
 * ranks them.
 */
export function ngramSimilarities(question: string, documents: string[]): number[] {
  // A small table stays in the processor's cache, and that is most of the speed. Distinct n-grams
  // run at about one per character of text; when there are more, the table doubles and we retry.
  let capacity = documents.reduce((sum, d) => sum + d.length + 2, question.length + 2);
  for (;;) {
    table.reserve(capacity);
    try {
      return similarities(question, documents);
    } catch (e) {
      if (e !== TABLE_FULL) throw e;
      capacity *= 2;
    } finally {
      table.clear();
    }
  }
}

function similarities(question: string, documents: string[]): number[] {
  // Pass 1: all documents as one sequence of slots (with offsets), document frequencies; then the question.
  sequenceLength = 0;
  const ends: number[] = [];
  for (let doc = 0; doc < documents.length; doc++) {
    collect(documents[doc], doc);
    ends.push(sequenceLength);
  }
  const docsEnd = sequenceLength;
  collect(question, -1);
  const length = sequenceLength;
  // Document frequency → inverse document frequency, once per distinct n-gram.
  table.toIdf((df) => Math.log((1 + documents.length) / (1 + df)) + 1);
  let qNorm = 0;
  for (let i = docsEnd; i < length; i++) table.counter[sequence[i]]++;
  for (let i = docsEnd; i < length; i++) {
    const s = sequence[i];
    if (!table.counter[s]) continue;
    const w = logTf(table.counter[s]) * table.df[s];
    table.counter[s] = 0;
    table.question[s] = w;
    qNorm += w * w;
  }
  qNorm = Math.sqrt(qNorm) || 1;
  // Pass 2: per document, term frequencies by counting its slots, then the norm and the dot product.
  const out: number[] = [];
  let start = 0;
  for (const end of ends) {
    for (let i = start; i < end; i++) table.counter[sequence[i]]++;
    let norm = 0;
    let dot = 0;
    for (let i = start; i < end; i++) {
      const s = sequence[i];
      const tf = table.counter[s];
      if (!tf) continue;
      table.counter[s] = 0;
      const w = logTf(tf) * table.df[s];
      norm += w * w;
      dot += w * table.question[s];
    }
    out.push(norm ? dot / (qNorm * Math.sqrt(norm)) : 0);
    start = end;
  }
  return out;
}
