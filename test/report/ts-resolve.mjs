// Lets Node run src/lib directly: its imports omit the ".ts" that Node's type
// stripping needs (Vite and Astro resolve them). Registered by run.ts's launcher.
export async function resolve(specifier, context, next) {
  if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$|\.json$/.test(specifier)) {
    try {
      return await next(`${specifier}.ts`, context);
    } catch {
      // Not a TypeScript module: fall through to the default resolution.
    }
  }
  return next(specifier, context);
}
