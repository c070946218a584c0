import { formatDate } from '../lib/formatDate';
import { site } from '../content/site';

interface Props {
  iso: string;
  className?: string;
}

/** A date the reader sees, with the machine-readable instant in `datetime`. */
export function DateTime({ iso, className }: Props) {
  return (
    <time dateTime={iso} className={className}>
      {formatDate(iso, site.language, site.timeZone)}
    </time>
  );
}
