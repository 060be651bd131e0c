import { normalise } from './analyzer.js';
import type { Concept } from './analyzer.js';
import type { CourseDocument, EngineHit } from './documents.js';

/** A course for the catalogue's `q=`, with how much of the question its own text shows (0..1). */
export interface CourseEvidence {
  id: string;
  score: number;
}

/**
 * Lexical evidence for the catalogue list, which has no re-ranker behind the engine. The engine
 * finds candidates generously (prefixes of compound parts, a single word of a synonym phrase,
 * near-spellings): right for trainers, whom the re-ranker orders, wrong for a list that shows a
 * count. So each candidate is scored here by the question's concepts that its own text shows:
 * a concept counts when one of its forms is a word of the course (or that word with an
 * inflection of at most three letters, the head of a compound such as inzage*verzoeken*, or one
 * letter off in a word of six or more letters), and a synonym phrase counts only whole.
 * Concepts weigh by how rare they are among the candidates (ln(1 + candidates / with concept)),
 * so a course that only shares the question's commonest word scores low. The score is the share
 * of the question's weight the course carries; the catalogue applies its floor to it.
 */
export function courseEvidence(hits: EngineHit<CourseDocument>[], concepts: Concept[]): CourseEvidence[] {
  if (!hits.length || !concepts.length) return hits.map((h) => ({ id: h.document.id, score: 0 }));
  const forms = concepts.map((c) => [...new Set([c.term, ...c.variants].map(normalise).filter(Boolean))]);
  const matched = hits.map((h) => {
    const text = ` ${courseText(h.document)} `;
    const words = new Set(text.split(/[\s-]+/).filter(Boolean));
    for (const w of text.split(/\s+/)) if (w.includes('-')) words.add(w.replaceAll('-', ''));
    return forms.map((fs) => fs.some((f) => shows(f, text, words)));
  });
  const weights = forms.map((_, i) => {
    const with_ = matched.filter((m) => m[i]).length;
    return with_ ? Math.log(1 + hits.length / with_) : 0;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return hits.map((h, k) => ({
    id: h.document.id,
    score: total ? matched[k].reduce((s, m, i) => s + (m ? weights[i] : 0), 0) / total : 0,
  }));
}

function courseText(d: CourseDocument): string {
  return normalise([d.title, d.summary, d.description, ...d.learningGoals, ...d.topics].join(' \n '));
}

function shows(form: string, text: string, words: Set<string>): boolean {
  if (form.includes(' ')) return text.includes(` ${form} `) || text.includes(` ${form}-`);
  if (words.has(form)) return true;
  for (const w of words) {
    if (w.length <= form.length) {
      if (form.length >= 6 && form.length - w.length <= 1 && oneEditApart(form, w)) return true;
      continue;
    }
    if (w.startsWith(form) && w.length - form.length <= 3) return true;
    if (form.length >= 5 && w.endsWith(form)) return true;
    if (form.length >= 6 && w.length - form.length === 1 && oneEditApart(form, w)) return true;
  }
  return false;
}

/** At most one insertion, deletion or substitution apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
