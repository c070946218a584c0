import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../src/content/api';
import { SearchResults } from '../../../src/features/search/SearchResults';

const hit = (id: number) => ({
  id,
  url: `/world/story-${String(id)}`,
  section: 'World',
  published: '2012-11-08T06:00:00Z',
  headline: [{ text: `Story ${String(id)}`, match: false }],
  snippet: [{ text: 'A snippet.', match: false }],
});

describe('SearchResults', () => {
  it('writes a large count the way the site language groups it', () => {
    const outcome: SearchOutcome = {
      total: 12345,
      page: 1001,
      pageCount: 1235,
      pageSize: 10,
      hits: Array.from({ length: 10 }, (_, i) => hit(i)),
      suggestions: [],
      empty: false,
    };
    render(
      <MemoryRouter>
        <SearchResults query="market" outcome={outcome} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '10,001–10,010 of 12,345 stories for “market”.',
    );
  });
});
