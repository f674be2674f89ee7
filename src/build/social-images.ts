/**
 * `npm run images`: the pre-build step of `npm run build`, `npm start`,
 * `npm run dev` and every test build (test/helpers/astro-build.ts). Draws the
 * social images the content needs into the render cache (only those whose
 * inputs changed), and leaves this build's images and manifest in
 * SOCIAL_IMAGE_DIR for `astro build` to read and copy. CONTENT_DIR and AS_OF
 * work as for the build. Exits 0 when the content does not validate, so that
 * `astro build` runs and reports every problem in its own words.
 */
import { asOfDate, contentDir, socialImageCache, socialImageDir } from '../lib/build-env';
import { generateSocialImages } from '../lib/social-image/generate';

const started = performance.now();
const result = await generateSocialImages({ contentDir: contentDir(), asOf: asOfDate(), outDir: socialImageDir(), cacheDir: socialImageCache() });
const ms = Math.round(performance.now() - started);
if (result.skipped) console.log(`social images: none made, ${result.skipped}`);
else console.log(`social images: ${result.images} (${result.rendered} rendered, ${result.images - result.rendered} unchanged) in ${ms} ms`);
for (const m of result.missing) console.warn(`social images: ${m.image} has characters the bundled fonts lack, drawn as �: ${m.characters.join(' ')} (see src/assets/fonts/README.md)`);
