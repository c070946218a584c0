import { compileContent } from '../src/content/compile';
import { readContent } from '../src/content/read';
import { ContentError } from '../src/content/validate';

export async function devPayload(
  path: string,
): Promise<{ status: number; type: string; body: string }> {
  try {
    const payload = compileContent(await readContent()).get(path);
    if (payload === undefined) return { status: 404, type: 'application/json', body: 'null' };
    return { status: 200, type: 'application/json', body: JSON.stringify(payload) };
  } catch (error) {
    // A content mistake shows in the browser and the terminal with its file and field.
    const body = error instanceof ContentError ? error.message : String(error);
    console.error(body);
    return { status: 500, type: 'text/plain; charset=utf-8', body };
  }
}
