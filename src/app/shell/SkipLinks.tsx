import { focusTarget } from '../../lib/focusTarget';
import type { SkipTarget } from './skipTargets';

const links: { target: SkipTarget; label: string }[] = [
  { target: 'maincontent', label: 'Skip to content' },
  { target: 'navigation', label: 'Skip to site navigation' },
  { target: 'search', label: 'Skip to search' },
];

/** First in the tab order on every page; visible when focused. */
export function SkipLinks() {
  return (
    <ul className="skip-links">
      {links.map(({ target, label }) => (
        <li key={target}>
          <a className="skip-link" href={`#${target}`} onClick={(e) => focusTarget(e, target)}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
