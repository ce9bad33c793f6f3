import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { Program } from '../../lib/schema';
import Programs from './Programs.astro';

// The bundled SAMHSA data has no staff-curated programs yet, so the facility
// page's program section is tested here on synthetic programs.
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (programs: unknown[]) =>
  container.renderToString(Programs, { props: { programs: programs.map((p) => Program.parse(p)) } });

describe('Programs', () => {
  it('shows the schedule, the derived tracks, hours, length, format and ages', async () => {
    const html = await render([
      {
        name: 'Adult Evening IOP (synthetic)',
        levelOfCare: 'intensive-outpatient',
        format: 'hybrid',
        schedule: [
          { days: ['mon', 'wed', 'thu'], start: '18:00', end: '21:00' },
          { days: ['sat'], start: '09:00', end: '12:00' },
        ],
        lengthWeeks: 8,
        minAge: 18,
      },
    ]);
    expect(html).toContain('<h3>Adult Evening IOP (synthetic)</h3>');
    expect(html).toContain('Intensive outpatient (IOP)');
    expect(html).toMatch(/<dt>Track<\/dt><dd>[^<]*Evening[^<]*Weekend[^<]*<\/dd>/);
    expect(html).toContain('Mon, Wed, Thu · 6 pm to 9 pm');
    expect(html).toContain('12 hours a week');
    expect(html).toContain('About 8 weeks');
    expect(html).toContain('In person or telehealth');
    expect(html).toContain('18 and older');
  });

  it('prefers the stated hours per week over the timetable', async () => {
    const html = await render([
      {
        name: 'Morning PHP (synthetic)',
        levelOfCare: 'partial-hospitalization',
        format: 'in-person',
        schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:30', end: '14:30' }],
        hoursPerWeek: 25,
      },
    ]);
    expect(html).toContain('25 hours a week');
    expect(html).toMatch(/<dt>Track<\/dt><dd>Morning/);
  });

  it('escapes program text instead of rendering it as HTML', async () => {
    const html = await render([
      { name: '<img src=x onerror=alert(1)>', levelOfCare: 'outpatient', format: 'in-person', notes: '<b>hi</b>' },
    ]);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders nothing when there are no programs', async () => {
    expect((await render([])).trim()).toBe('');
  });
});
