import { isRouteErrorResponse, type HydrationState } from 'react-router-dom';

// Loader data travels to the browser in a non-executable <script type="application/json">
// (id: hydrationScriptId in src/lib/hydration.ts), so a Content-Security-Policy never needs to
// allow inline script.

/** Errors are turned into plain objects the way react-router's own serializer marks them. */
export function serializeHydrationData(state: HydrationState): string {
  const errors = state.errors
    ? Object.fromEntries(
        Object.entries(state.errors).map(([id, error]: [string, unknown]) => [
          id,
          isRouteErrorResponse(error)
            ? { ...error, __type: 'RouteErrorResponse' }
            : { message: error instanceof Error ? error.message : String(error), __type: 'Error' },
        ]),
      )
    : null;
  // "<" is escaped so no content can close the script element early.
  return JSON.stringify({
    loaderData: state.loaderData,
    actionData: state.actionData ?? null,
    errors,
  }).replace(/</g, '\\u003c');
}
