export function Byline({ byline }: { byline: string }) {
  return <p className="byline">{byline}</p>;
}
