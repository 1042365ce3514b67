import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, pageWeights } from '../../scripts/size-report';

describe('the built kit', () => {
  it.each(pageWeights(inject('distDir')))('keeps $page JavaScript within its gzip budget', ({ page, gzipBytes }) => {
    expect(gzipBytes).toBeGreaterThan(1000);
    expect(gzipBytes).toBeLessThanOrEqual(BUDGETS[page]!);
  });
});
