import { Form } from 'react-router-dom';
import { searchPath } from '../../lib/urls';

interface Props {
  id: string;
  defaultQuery?: string;
  label?: string;
  /** The search landmark's name: distinct where a page has two search forms. */
  name?: string;
}

/** A real GET form: it lands on /search?q=… with or without JavaScript. */
export function SearchForm({
  id,
  defaultQuery,
  label = 'Search stories',
  name = 'Site search',
}: Props) {
  return (
    <Form role="search" aria-label={name} method="get" action={searchPath} className="search-form">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" name="q" defaultValue={defaultQuery} required />
      <button type="submit">Search</button>
    </Form>
  );
}
