// Mentions: the composer shows "@Ada Lovelace", the API stores "<@user-id>" (names may change, ids
// do not). Pure functions, tested on their own.
export interface Person {
  id: string;
  name: string;
}

export type Part = { text: string } | { mention: Person };

const TOKEN = /<@([0-9a-f-]{36})>/gi;

/** A stored body as text and mention parts; an unknown id reads "former member". */
export function bodyParts(body: string, mentions: readonly Person[]): Part[] {
  const names = new Map(mentions.map((m) => [m.id.toLowerCase(), m]));
  const parts: Part[] = [];
  let last = 0;
  for (const m of body.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: body.slice(last, at) });
    const id = (m[1] ?? '').toLowerCase();
    parts.push({ mention: names.get(id) ?? { id, name: 'former member' } });
    last = at + m[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}

/** The composer's text with each picked "@Name" written as its id token (longest names first). */
export function toStored(text: string, picked: readonly Person[]): string {
  let out = text;
  for (const p of [...picked].sort((a, b) => b.name.length - a.name.length)) out = out.split(`@${p.name}`).join(`<@${p.id}>`);
  return out;
}

/** A stored body back in the composer's words ("<@id>" → "@Name"), for editing. */
export function toEditable(body: string, mentions: readonly Person[]): string {
  return bodyParts(body, mentions)
    .map((p) => ('text' in p ? p.text : `@${p.mention.name}`))
    .join('');
}

/** The "@query" being typed just before the caret, or null ("@ad" → "ad"). */
export function mentionQuery(text: string, caret: number): { query: string; start: number } | null {
  const m = /(^|\s)@([\p{L}\p{N}._-]*)$/u.exec(text.slice(0, caret));
  return m ? { query: m[2] ?? '', start: caret - (m[2] ?? '').length - 1 } : null;
}

/** Members matching a query by any word of their name, at most `limit`. */
export function suggestions(people: readonly Person[], query: string, limit = 6): Person[] {
  const q = query.toLowerCase();
  return people.filter((p) => p.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(q)) || p.name.toLowerCase().startsWith(q)).slice(0, limit);
}
