// Page weight of the article on a first visit, from the built files (deterministic per build).
import { pageWeight, type PageWeight } from '../pageWeight';
import { dist } from './dist';
import { figure, kilobytes } from './output';
import { articlePath, pageFile } from './site';

export const articleWeight = (): Promise<PageWeight> => pageWeight(dist, pageFile(articlePath));

export function printWeight(weight: PageWeight): void {
  figure('weight.js.total', kilobytes(weight.framework + weight.app), 'KB gzip');
  figure('weight.js.framework', kilobytes(weight.framework), 'KB gzip');
  figure('weight.js.app', kilobytes(weight.app), 'KB gzip');
  figure('weight.css', kilobytes(weight.css), 'KB gzip');
  figure('weight.html', kilobytes(weight.html), 'KB gzip');
}
