import { joinBase } from './paths';

/** A link to a page of this site that works whatever base path the site is served under. */
export const href = (path = '') => joinBase(import.meta.env.BASE_URL, path);
