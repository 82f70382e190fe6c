/**
 * The chat operations the suite judges, one folder each: the registry. Adding an operation is adding
 * its folder and its line here. Everything else reads the suite assembled from them.
 */
import { assemble } from '../helpers/scenarios/suite.ts';
import { accept } from './accept/index.ts';

export const SUITE = assemble([accept]);
