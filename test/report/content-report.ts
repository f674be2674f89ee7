/**
 * `npm run content:report`: the editor's report, from content/ alone (no
 * build). AS_OF and CONTENT_DIR work as for the build.
 */
import { asOfDate, contentDir } from '../../src/lib/build-env.ts';
import { loadContentSet } from '../../src/lib/content-set.ts';
import { contentReport, formatReport } from '../../src/lib/content-report.ts';

const asOf = asOfDate();
const content = loadContentSet(contentDir());
if (content.problems.length > 0) {
  console.error(`Content does not validate:\n${content.problems.join('\n')}`);
  process.exit(1);
}
console.log(formatReport(contentReport(content, asOf), asOf));
