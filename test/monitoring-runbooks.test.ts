import * as fs from 'fs';
import * as path from 'path';
import { environment, ENV_NAMES, REPO_ROOT } from './support/synth';
import { alertNames, alertRules, cnpgUnitTestEnv } from './promtool/harness';

// docs/runbooks.md has one section per alert, headed by the alert name, with Meaning, Impact,
// Diagnosis and Fix; every section has an alert, and every runbook_url lands on its section.

const RUNBOOKS = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'runbooks.md'), 'utf8');
const SUBSECTIONS = ['Meaning', 'Impact', 'Diagnosis', 'Fix'];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');

interface Section {
  title: string;
  subsections: { title: string; body: string }[];
}

function sections(markdown: string): Section[] {
  // Headings inside fenced code blocks are not headings.
  const text = markdown.replace(/```[\s\S]*?```/g, (block) => block.replace(/^#/gm, ' #'));
  return text
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [title, ...rest] = chunk.split('\n');
      const subsections = rest
        .join('\n')
        .split(/^### /m)
        .slice(1)
        .map((s) => {
          const [sub, ...body] = s.split('\n');
          return { title: sub.trim(), body: body.join('\n').trim() };
        });
      return { title: title.trim(), subsections };
    });
}

const doc = sections(RUNBOOKS);
// every environment, and prod in cloudnative-pg mode with its Pooler (every alert of that engine)
const alerts = [...new Set([...ENV_NAMES.map(environment), cnpgUnitTestEnv()].flatMap((e) => alertNames(e)))].sort();

describe('docs/runbooks.md', () => {
  test('every alert has a section and every section has an alert', () => {
    expect(doc.map((s) => s.title).sort()).toEqual(alerts);
  });

  test.each(alerts)('%s: Meaning, Impact, Diagnosis and Fix, with commands to run', (alert) => {
    const section = doc.find((s) => s.title === alert)!;
    expect(section.subsections.map((s) => s.title)).toEqual(SUBSECTIONS);
    for (const s of section.subsections) expect({ alert, subsection: s.title, empty: s.body.length < 40 }).toEqual({ alert, subsection: s.title, empty: false });
    // Diagnosis: commands (kubectl, psql), or a link to the section that has them
    const diagnosis = section.subsections.find((s) => s.title === 'Diagnosis')!.body;
    expect(diagnosis).toMatch(/```sh\n[\s\S]*\b(k|kubectl|pg|psql)\b[\s\S]*```|\]\(#[a-z]+\)/);
  });

  test.each(ENV_NAMES)('%s: every runbook_url points at its section', (name) => {
    const anchors = new Set(doc.map((s) => anchor(s.title)));
    for (const r of alertRules(environment(name))) {
      const [url, fragment] = r.annotations!.runbook_url.split('#');
      expect(url).toMatch(/\/docs\/runbooks\.md$/);
      expect(anchors.has(fragment)).toBe(true);
      expect(fragment).toBe(anchor(r.alert!));
    }
  });

  test('links between sections land on a section', () => {
    const anchors = new Set(doc.map((s) => anchor(s.title)));
    const links = [...RUNBOOKS.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });
});
