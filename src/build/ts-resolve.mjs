// Lets Node run src/lib directly: its imports omit the ".ts" that Node's type
// stripping needs (Vite and Astro resolve them). Registered by register.mjs,
// which every Node entry point outside Astro and Vitest is started with
// (`node --import ./src/build/register.mjs …`: the content report, the
// social-image pre-build step and its worker threads).
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
