/** Shared by the /data/ endpoints. */

/** A response with the given type; text files are served as UTF-8. */
export function fileResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
