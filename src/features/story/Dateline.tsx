import { DateTime } from '../../components/DateTime';

interface Props {
  published: string;
  updated?: string;
}

export function Dateline({ published, updated }: Props) {
  return (
    <p className="dateline">
      <DateTime iso={published} />
      {updated && (
        <>
          {' · Updated '}
          <DateTime iso={updated} />
        </>
      )}
    </p>
  );
}
