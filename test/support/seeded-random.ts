/** The seeded generator the index draws faults with, for reproducible test corpora and histories. */
export { seededRandom } from '../../packages/local-index/index.js';
