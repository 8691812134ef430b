'use strict';
// `npm test` runs each statistical suite at a size that still shows its guarantee;
// `npm run test:soak` (GINEE_SOAK=1) runs the same suites at full size before a release.
const SOAK = process.env.GINEE_SOAK === '1';

/** The size of a statistical run: `everyRun` in `npm test`, `soak` in `npm run test:soak`. */
function runSize(everyRun, soak) {
	return SOAK ? soak : everyRun;
}

module.exports = { SOAK, runSize };
