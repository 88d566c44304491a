// The board pack's "Reference check" section (issue 22): figures far outside the reference library,
// each with the entry it is held against (value, source, date); a scenario without any says so in
// one sentence, and a pack where no scenario has any has no such page.
import { ALL_CLEAR, subjectChecks } from '../referenceChecks';
import { heading, newPage, type Layout } from './layout';
import { INK, INK_2 } from './palette';
import { cellText, paragraph } from './text';

/** Checks shown per scenario: the rules give at most a handful, this bounds the page. */
const MAX_CHECKS = 8;

/** A page only when some scenario has a figure to flag: an all-clear pack stays as long as it was. */
export function referenceCheckPage(l: Layout): void {
  const { doc } = l;
  const all = l.context.subjects.map((subject) => ({ subject, checks: subjectChecks(subject) }));
  if (all.every((s) => s.checks.length === 0)) return;
  newPage(l);
  let y = heading(l, 'Reference check', 'Figures far outside the cited reference library, each with the reference beside it');
  const body = { maxLines: 3, lineGap: 1.5 };
  for (const { subject, checks } of all) {
    if (y > l.bottom - 60) break;
    if (l.context.subjects.length > 1) {
      doc.font('Inter-SemiBold').fontSize(10).fillColor(INK);
      cellText(doc, subject.scenario.name, l.left, y, l.width);
      y += 16;
    }
    doc.font('Inter').fontSize(9).fillColor(INK_2);
    if (checks.length === 0) {
      y = paragraph(doc, ALL_CLEAR, l.left, y, l.width, body) + 12;
      continue;
    }
    for (const c of checks.slice(0, MAX_CHECKS)) {
      if (y > l.bottom - 40) break;
      doc.font('Inter-SemiBold').fontSize(9).fillColor(INK);
      y = paragraph(doc, c.message, l.left, y, l.width, body) + 2;
      if (c.reference) {
        const r = c.reference;
        doc.font('Inter').fontSize(8).fillColor(INK_2);
        y = paragraph(doc, `Reference: ${r.subject}, ${r.value} ${r.unit} (${r.source.publisher}, ${r.asOf}) ${r.source.url}`, l.left, y, l.width, { maxLines: 2, lineGap: 1 }) + 8;
      }
    }
  }
}
