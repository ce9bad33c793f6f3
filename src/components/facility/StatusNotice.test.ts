import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import StatusNotice from './StatusNotice.astro';

// No bundled facility is closed or flagged yet; these states are tested here.
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (facility: object) => container.renderToString(StatusNotice, { props: { facility } });

describe('StatusNotice', () => {
  it('says a closed facility is closed', async () => {
    expect(await render({ status: 'closed' })).toContain('This facility is closed');
  });

  it('tells people to call a temporarily closed facility', async () => {
    const html = await render({ status: 'temporarily-closed' });
    expect(html).toContain('temporarily closed');
    expect(html).not.toContain('This facility is closed');
  });

  it('shows why a listing is under review, and since when', async () => {
    const html = await render({
      status: 'active',
      review: { reason: 'Not in the SAMHSA 2025 directories; confirm whether it is still open.', since: '2026-11-01' },
    });
    expect(html).toContain('This listing is being checked');
    expect(html).toContain('Not in the SAMHSA 2025 directories');
    expect(html).toMatch(/2026/);
  });

  it('says nothing for an active listing', async () => {
    expect((await render({ status: 'active' })).trim()).toBe('');
  });
});
